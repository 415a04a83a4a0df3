import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { type CliRun, runCli as diplograph } from "../helpers/cli.js";
import { countGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());
beforeEach(() => resetGraph(graph.executor));

describe("diplograph ingest", () => {
  it("loads a record from standard input and reports it as JSON", async () => {
    const record = JSON.stringify(
      buildRecord({ meetings: [{ date: "2026-06-01", countries: ["KEN", "ETH"] }] }),
    );
    const run = await diplograph(["ingest", "--json", "-"], record);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ loaded: 1, rejected: 0 });
    expect((await countGraph(graph.executor)).nodes).toBeGreaterThan(0);
  });

  it("validates without writing on --dry-run", async () => {
    const run = await diplograph(["ingest", "--dry-run", projectPath("seeds")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("validated 1 (dry run)");
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("exits 1 and names the file when one file is rejected, loading the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-cli-"));
    writeFileSync(
      join(dir, "good.json"),
      JSON.stringify(
        buildRecord({ meetings: [{ date: "2026-06-02", countries: ["KEN", "UGA"] }] }),
      ),
    );
    writeFileSync(join(dir, "bad.json"), "{");
    const run = await diplograph(["ingest", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`rejected: ${join(dir, "bad.json")}`);
    expect(run.stdout).toMatch(/loaded 1, .* rejected 1/);
  });

  it("loads a directory in batches, each file reported in the order given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-cli-"));
    const names = ["a", "b", "c", "d", "e"];
    names.forEach((name, i) =>
      writeFileSync(
        join(dir, `${name}.json`),
        JSON.stringify(
          buildRecord({ meetings: [{ date: `2026-06-0${i + 1}`, countries: ["KEN", "UGA"] }] }),
        ),
      ),
    );
    writeFileSync(join(dir, "c2.json"), "{");
    const run = await diplograph(["ingest", "--json", "--batch-size", "2", dir]);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as { files: { source: string; outcome: string }[] };
    expect(summary.files.map((f) => [f.source.slice(dir.length + 1), f.outcome])).toEqual([
      ["a.json", "loaded"],
      ["b.json", "loaded"],
      ["c.json", "loaded"],
      ["c2.json", "rejected"],
      ["d.json", "loaded"],
      ["e.json", "loaded"],
    ]);
    const dump = await graph.executor.read("admin/dump-nodes");
    expect(dump.filter((n) => (n.labels as string[]).includes("Article"))).toHaveLength(5);
  });

  it("refuses a batch size that is not a whole number from 1 to 10000", async () => {
    const run = await diplograph(["ingest", "--batch-size", "0", projectPath("seeds")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--batch-size");
  });

  it("exits 2 with the problem on a bad configuration", async () => {
    const child = await new Promise<CliRun>((resolve) => {
      const p = spawn(process.execPath, [projectPath("bin/diplograph.js"), "ingest", "x"], {
        env: { ...process.env, NEO4J_URI: "http://nope", NEO4J_PASSWORD: "x" },
      });
      const err: Buffer[] = [];
      p.stderr.on("data", (c: Buffer) => err.push(c));
      p.on("close", (code) => resolve({ code, stdout: "", stderr: Buffer.concat(err).toString() }));
    });
    expect(child.code).toBe(2);
    expect(child.stderr).toContain("NEO4J_URI");
  });
});
