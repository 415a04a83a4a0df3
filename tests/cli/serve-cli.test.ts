import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/test-support.js";
import { neo4jEnv } from "../helpers/cli.js";

describe("diplograph serve", () => {
  it("exits 2 naming the port when it is taken, with the driver closed rather than hanging", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = await runCli(["serve", "--no-seed"], {
        env: {
          ...neo4jEnv(),
          HOST: "127.0.0.1",
          PORT: String(port),
          LOG_LEVEL: "silent",
        },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `diplograph: cannot serve on 127.0.0.1:${port}: the port is in use (set PORT to another one)\n`,
      );
    } finally {
      taken.close();
    }
  });
});
