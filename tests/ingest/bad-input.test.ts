import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { countGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());
beforeEach(() => resetGraph(graph.executor));

const validRecord = (): string =>
  JSON.stringify(buildRecord({ meetings: [{ date: "2026-02-01", countries: ["IND", "JPN"] }] }));

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bad-"));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Ingests one bad file and checks it is rejected by name, with nothing written. */
async function expectRejected(file: string, problem: RegExp): Promise<void> {
  const before = await countGraph(graph.executor);
  const summary = await ingestFiles({ executor: graph.executor, paths: [file] });
  expect(summary.rejected).toBe(1);
  expect(summary.files[0]?.error).toContain(file);
  expect(summary.files[0]?.error).toMatch(problem);
  expect(await countGraph(graph.executor)).toEqual(before);
}

describe("ingesting bad input", () => {
  it("rejects a record that fails validation", async () => {
    const record = JSON.parse(validRecord());
    delete record.article.text;
    await expectRejected(tempFile("r.json", JSON.stringify(record)), /article\.text/);
  });

  it("rejects unknown enum values", async () => {
    const record = JSON.parse(validRecord());
    record.meetings[0].status = "rumoured";
    await expectRejected(tempFile("r.json", JSON.stringify(record)), /meetings\[0\]\.status/);
  });

  it("rejects dangling local ids", async () => {
    const record = JSON.parse(validRecord());
    record.meetings[0].countries.push("NOPE");
    await expectRejected(
      tempFile("r.json", JSON.stringify(record)),
      /no country has the local id "NOPE"/,
    );
  });

  it("rejects an empty file", async () => {
    await expectRejected(tempFile("empty.json", ""), /is empty/);
  });

  it("rejects a binary file", async () => {
    await expectRejected(
      tempFile("image.json", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /binary/,
    );
  });

  it("rejects a 20 MB file", async () => {
    await expectRejected(tempFile("huge.json", "x".repeat(20 * 1024 * 1024)), /over the limit/);
  });

  it("rejects invalid UTF-8", async () => {
    await expectRejected(
      tempFile("latin1.json", new Uint8Array([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d])),
      /not valid UTF-8/,
    );
  });

  it("rejects JSON that is not JSON and JSON nested a million deep", async () => {
    await expectRejected(tempFile("broken.json", "{ not json"), /not valid JSON/);
    await expectRejected(
      tempFile("deep.json", "[".repeat(1_000_000) + "]".repeat(1_000_000)),
      /nested too deeply|not a valid record/,
    );
  });

  it("loads the good files of a directory with one bad file among them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-mixed-"));
    writeFileSync(join(dir, "a.json"), validRecord());
    writeFileSync(join(dir, "b.json"), "{ broken");
    writeFileSync(join(dir, "c.json"), validRecord());
    const summary = await ingestFiles({ executor: graph.executor, paths: [dir] });
    expect({ loaded: summary.loaded, rejected: summary.rejected }).toEqual({
      loaded: 2,
      rejected: 1,
    });
    expect(summary.files.find((f) => f.outcome === "rejected")?.error).toContain(
      join(dir, "b.json"),
    );
  });

  it("takes the reviewed record of the seed article instead of extracting the text", async () => {
    const summary = await ingestFiles({ executor: graph.executor, paths: [projectPath("seeds")] });
    expect(summary.files.map((f) => f.source)).toEqual([
      projectPath("seeds/01-donga-lee-takaichi-summit.record.json"),
    ]);
    expect(readFileSync(projectPath("seeds/01-donga-lee-takaichi-summit.txt"), "utf8")).toContain(
      "Takaichi",
    );
  });
});
