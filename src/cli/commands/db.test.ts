import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../graph/local-neo4j/index.js";
import { runCli } from "../test-support.js";

/** `db status --json` for a local Neo4j of this home and port. */
async function status(homeDir: string, port: number): Promise<Record<string, unknown>> {
  const run = await runCli(["db", "status", "--json"], {
    env: { DIPLOGRAPH_LOCAL_NEO4J_HOME: homeDir, DIPLOGRAPH_LOCAL_NEO4J_PORT: String(port) },
  });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("diplograph db status", { timeout: 60_000 }, () => {
  it("reports nothing running for a fresh home and a free port, as JSON and as a sentence", async () => {
    const home = mkdtempSync(join(tmpdir(), "diplograph-db-"));
    const port = await findFreePort();
    expect(await status(home, port)).toEqual({
      uri: `bolt://127.0.0.1:${port}`,
      listening: false,
      pid: null,
      homeDir: home,
    });
    const text = await runCli(["db", "status"], {
      env: { DIPLOGRAPH_LOCAL_NEO4J_HOME: home, DIPLOGRAPH_LOCAL_NEO4J_PORT: String(port) },
    });
    expect(text.stdout).toBe(
      `no local Neo4j is running (nothing answers at bolt://127.0.0.1:${port})\n`,
    );
  });

  it("sees a listener on the port, and ignores a pid file whose process is not the launcher", async () => {
    const home = mkdtempSync(join(tmpdir(), "diplograph-db-"));
    // This test's own pid: alive, but no local Neo4j.
    writeFileSync(join(home, "neo4j.pid"), `${process.pid}\n`);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await status(home, port)).toMatchObject({ listening: true, pid: null });
    } finally {
      server.close();
    }
  });
});
