import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../lib/paths.js";
import { runCli } from "../test-support.js";

describe("diplograph schema emit", { timeout: 60_000 }, () => {
  it("writes both schemas into --out-dir and lists them with --json", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "diplograph-schema-")), "out");
    const run = await runCli(["schema", "emit", "--json", "--out-dir", dir]);
    expect(run.code).toBe(0);
    const files = [join(dir, "record.schema.json"), join(dir, "schema.graphql")];
    expect(JSON.parse(run.stdout)).toEqual({ wrote: files });
    // What it wrote is what schema/ holds (the drift tests compare the code with it too).
    for (const file of ["record.schema.json", "schema.graphql"]) {
      expect(readFileSync(join(dir, file), "utf8")).toBe(
        readFileSync(projectPath("schema", file), "utf8"),
      );
    }
  });
});
