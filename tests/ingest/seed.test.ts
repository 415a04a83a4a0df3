import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { projectPath } from "../../src/lib/paths.js";
import { datesOverlap, nameKey, positionTuples, setKey, textKey } from "../helpers/facts.js";
import { openTestGraph, resetGraph } from "../helpers/graph.js";

interface GoldMeeting {
  kind: string;
  status: string;
  date?: string;
  countries: string[];
  participants: string[];
  jointStatement?: boolean;
}
const gold = JSON.parse(
  readFileSync(projectPath("tests/fixtures/seed/01-donga-lee-takaichi-summit.facts.json"), "utf8"),
) as {
  article: Record<string, string>;
  countries: string[];
  leaders: { name: string; country: string; title: string }[];
  meetings: GoldMeeting[];
  positions: { holders: string[]; stance: string; topic: { kind: string; args: string[] } }[];
  quotes: { speaker: string; text: string }[];
};

// The answer key of the seed article, checked against the graph that seeding builds.
describe("the seeded graph", () => {
  let graph: OpenGraph;
  let stored: Record<string, unknown>;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph.executor);
    const summary = await ingestFiles({ executor: graph.executor, paths: [projectPath("seeds")] });
    expect(summary.rejected).toBe(0);
    const articleId = summary.files.find((f) => f.source.endsWith(".record.json"))?.articleId;
    [stored] = (await graph.executor.read("export/article-facts", { articleId })) as [
      Record<string, unknown>,
    ];
  });
  afterAll(() => graph.close());

  it("holds the article's metadata", () => {
    expect(stored.article).toMatchObject({ ...gold.article });
  });

  it("holds the five states", () => {
    expect(setKey(stored.countries as string[])).toBe(setKey(gold.countries));
  });

  it("holds both leaders with their offices", () => {
    const leaders = stored.leaders as { name: string; country: string; title: string }[];
    for (const leader of gold.leaders) {
      expect(leaders).toContainEqual({
        name: leader.name,
        country: leader.country,
        title: leader.title,
      });
    }
  });

  it("holds the four events with kind, status, date, participants and joint statement", () => {
    const meetings = stored.meetings as (GoldMeeting & { datePrecision?: string })[];
    expect(meetings).toHaveLength(gold.meetings.length);
    for (const want of gold.meetings) {
      const found = meetings.find(
        (m) =>
          setKey(m.countries) === setKey(want.countries) &&
          datesOverlap(m.date ?? undefined, want.date),
      );
      expect(found, `meeting ${want.kind} ${want.countries.join("-")}`).toBeDefined();
      expect(found).toMatchObject({
        kind: want.kind,
        status: want.status,
        date: want.date ?? null,
      });
      expect(setKey(found!.participants.map(nameKey))).toBe(setKey(want.participants.map(nameKey)));
      expect(found!.jointStatement ?? undefined).toBe(want.jointStatement);
    }
  });

  it("holds every stated position", () => {
    const have = positionTuples(stored.positions as typeof gold.positions);
    for (const tuple of positionTuples(gold.positions)) expect(have).toContain(tuple);
  });

  it("holds every quote with its speaker", () => {
    const quotes = (stored.quotes as { speaker: string; text: string }[]).map(
      (q) => `${nameKey(q.speaker)}|${textKey(q.text)}`,
    );
    for (const q of gold.quotes)
      expect(quotes).toContain(`${nameKey(q.speaker)}|${textKey(q.text)}`);
    expect(quotes).toHaveLength(gold.quotes.length);
  });
});
