import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { buildRecord } from "../helpers/records.js";

const SEED_TEXT = projectPath("seeds/01-donga-lee-takaichi-summit.txt");
const HOSTILE = `'}) DETACH DELETE n // "\`}) MATCH (m) DETACH DELETE m RETURN 1 //`;

/** Each bad article, written as `NAME.txt` (and its sidecar), with the problem it must report. */
const BAD_ARTICLES: { name: string; text: string | Uint8Array; meta?: string; problem: RegExp }[] =
  [
    { name: "empty", text: "", problem: /is empty/ },
    { name: "blank", text: " \n\t\n  ", problem: /only white space/ },
    { name: "binary", text: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), problem: /binary/ },
    {
      name: "latin1",
      text: new Uint8Array([0x53, 0xe9, 0x6f, 0x75, 0x6c, 0xff]),
      problem: /UTF-8/,
    },
    {
      name: "html",
      text: `<!DOCTYPE html><html><head><title>Summit</title></head><body><p>Lee met Takaichi.</p></body></html>`,
      problem: /HTML/,
    },
    { name: "huge", text: "Lee met Takaichi. ".repeat(1_200_000), problem: /5 MB|over the limit/ },
    {
      name: "undated",
      text: "President Lee Jae-myung met Prime Minister Sanae Takaichi in Nara.\n",
      problem: /no publication date/,
    },
    {
      name: "bad-sidecar-date",
      text: "President Lee Jae-myung met Prime Minister Sanae Takaichi in Nara.\n",
      meta: JSON.stringify({ publishedAt: "2026-13-45" }),
      problem: /sidecar .*publishedAt/,
    },
  ];

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());
beforeEach(() => resetGraph(graph.executor));

function articleDir(): string {
  return mkdtempSync(join(tmpdir(), "diplograph-bad-articles-"));
}

describe("bad article files", () => {
  it.each(BAD_ARTICLES.map((c) => [c.name, c] as const))(
    "rejects the %s article by name, writes nothing, and loads the next file",
    async (_name, bad) => {
      const dir = articleDir();
      const file = join(dir, `a-${bad.name}.txt`);
      writeFileSync(file, bad.text);
      if (bad.meta !== undefined) writeFileSync(join(dir, `a-${bad.name}.meta.json`), bad.meta);
      writeFileSync(
        join(dir, "b-good.json"),
        JSON.stringify(
          buildRecord({ meetings: [{ date: "2026-02-01", countries: ["IND", "JPN"] }] }),
        ),
      );
      const summary = await ingestFiles({ executor: graph.executor, paths: [dir] });
      const report = summary.files.find((f) => f.source === file);
      expect(report?.outcome).toBe("rejected");
      expect(report?.error).toContain(file);
      expect(report?.error).toMatch(bad.problem);
      expect(summary.loaded).toBe(1);
      const articles = (await dumpGraph(graph.executor)).filter((l) =>
        l.startsWith(`N ["Article"]`),
      );
      expect(articles).toHaveLength(1);
    },
  );

  it("rejects a JSON record nested a million deep by name", async () => {
    const dir = articleDir();
    const file = join(dir, "a-deep.json");
    writeFileSync(file, "[".repeat(1_000_000) + "]".repeat(1_000_000));
    const summary = await ingestFiles({ executor: graph.executor, paths: [file] });
    expect(summary.files[0]?.outcome).toBe("rejected");
    expect(summary.files[0]?.error).toContain(file);
    expect(await dumpGraph(graph.executor)).toEqual([]);
  });

  it("stores a record of hostile strings as data and leaves the rest of the graph alone", async () => {
    const dir = articleDir();
    const first = join(dir, "a-first.json");
    writeFileSync(
      first,
      JSON.stringify(
        buildRecord({ meetings: [{ date: "2026-02-01", countries: ["IND", "JPN"] }] }),
      ),
    );
    await ingestFiles({ executor: graph.executor, paths: [first] });
    const before = await dumpGraph(graph.executor);
    const record = buildRecord({ meetings: [{ date: "2026-02-02", countries: ["KOR", "USA"] }] });
    const hostileRecord = {
      ...record,
      article: {
        ...record.article,
        title: HOSTILE,
        publisher: HOSTILE,
        url: "https://x.example/'})",
      },
    };
    const file = join(dir, "b-hostile.json");
    writeFileSync(file, JSON.stringify(hostileRecord));
    const summary = await ingestFiles({ executor: graph.executor, paths: [file] });
    expect(summary.loaded).toBe(1);
    const after = await dumpGraph(graph.executor);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    expect(after.some((line) => line.includes(JSON.stringify(HOSTILE).slice(1, -1)))).toBe(true);
  });

  it("exits 1 from the command line, naming each bad file, and still loads the good one", async () => {
    const dir = articleDir();
    for (const bad of BAD_ARTICLES.filter((b) => b.name !== "huge")) {
      writeFileSync(join(dir, `a-${bad.name}.txt`), bad.text);
      if (bad.meta !== undefined) writeFileSync(join(dir, `a-${bad.name}.meta.json`), bad.meta);
    }
    copyFileSync(SEED_TEXT, join(dir, "z-good.txt"));
    const neo4j = inject("neo4j");
    const child = spawn(process.execPath, [projectPath("bin/diplograph.js"), "ingest", dir], {
      cwd: projectPath(),
      env: {
        PATH: process.env.PATH,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
    expect(code, output).toBe(1);
    for (const bad of BAD_ARTICLES.filter((b) => b.name !== "huge")) {
      expect(output).toContain(`rejected: ${join(dir, `a-${bad.name}.txt`)}`);
    }
    expect(output).toMatch(/loaded 1,/);
  });
});
