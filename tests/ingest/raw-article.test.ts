import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { dumpGraph, openTestGraph, resetGraph } from "../helpers/graph.js";
import { nameKey, positionTuples, setKey, textKey } from "../helpers/facts.js";

// The seed article's text alone, with no reviewed record beside it: what arrives from a
// crawler. It must reach the graph through the extractor, with evidence for each fact.
const gold = JSON.parse(
  readFileSync(projectPath("tests/fixtures/seed/01-donga-lee-takaichi-summit.facts.json"), "utf8"),
) as {
  countries: string[];
  meetings: { countries: string[]; kind: string }[];
  positions: { holders: string[]; stance: string; topic: { kind: string; args: string[] } }[];
  quotes: { speaker: string; text: string }[];
};

describe("ingesting a raw article", () => {
  let graph: OpenGraph;
  let stored: Record<string, unknown>;
  let dir: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph.executor);
    dir = mkdtempSync(join(tmpdir(), "diplograph-raw-"));
    copyFileSync(projectPath("seeds/01-donga-lee-takaichi-summit.txt"), join(dir, "article.txt"));
    const summary = await ingestFiles({ executor: graph.executor, paths: [dir] });
    expect(summary.files.map((f) => f.outcome)).toEqual(["loaded"]);
    const articleId = summary.files[0]?.articleId;
    [stored] = (await graph.executor.read("export/article-facts", { articleId })) as [
      Record<string, unknown>,
    ];
  });
  afterAll(() => graph.close());

  it("extracts the states, meetings, positions and quotes into the graph", () => {
    expect(setKey(stored.countries as string[])).toBe(setKey(gold.countries));
    const meetings = stored.meetings as { countries: string[]; kind: string }[];
    expect(new Set(meetings.map((m) => `${m.kind}:${setKey(m.countries)}`))).toEqual(
      new Set(gold.meetings.map((m) => `${m.kind}:${setKey(m.countries)}`)),
    );
    const have = positionTuples(stored.positions as typeof gold.positions);
    const wanted = [...positionTuples(gold.positions)];
    expect(wanted.filter((t) => have.has(t)).length / wanted.length).toBeGreaterThanOrEqual(0.9);
    const quotes = (stored.quotes as { speaker: string; text: string }[]).map(
      (q) => `${nameKey(q.speaker)}|${textKey(q.text)}`,
    );
    for (const q of gold.quotes)
      expect(quotes).toContain(`${nameKey(q.speaker)}|${textKey(q.text)}`);
  });

  it("links every meeting, position and quote to a sentence of the article", async () => {
    const dump = await dumpGraph(graph.executor);
    const facts = dump.filter((l) => /^N \["(Meeting|Position|Quote)"\]/.test(l)).length;
    const evidenced = new Set(
      dump
        .filter((l) => / EVIDENCED_BY Sentence:/.test(l) && /^R (Meeting|Position|Quote):/.test(l))
        .map((l) => l.split(" ")[1]),
    );
    expect(facts).toBeGreaterThan(10);
    expect(evidenced.size).toBe(facts);
  });

  it("changes nothing when the same text is ingested again", async () => {
    const before = await dumpGraph(graph.executor);
    const again = await ingestFiles({ executor: graph.executor, paths: [dir] });
    expect(again.unchanged).toBe(1);
    expect(await dumpGraph(graph.executor)).toEqual(before);
  });
});
