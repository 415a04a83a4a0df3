import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMeetingsByIds } from "../../src/api/meetings/meeting.service.js";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";

interface QuoteAnswer {
  text: string;
  evidence: { sentence: string } | null;
}
interface MeetingAnswer {
  id: string;
  quotes: QuoteAnswer[];
}

// A meeting's quotes (Q3, one meeting in full) carry their evidence, a sentence and an
// article read through two more hops per quote; the meeting statements project it only
// when a query selects it, and every way to a meeting's quotes still answers it then.
describe("the meeting statements project a quote's evidence only when asked", () => {
  let h: ApiHarness;
  let meetingsWithQuotes: string[];
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const result = await h.run(`{ meetings(first: 20) { edges { node { id quotes { id } } } } }`);
    const edges = (
      result.data?.meetings as { edges: { node: { id: string; quotes: unknown[] } }[] }
    ).edges;
    meetingsWithQuotes = edges.filter((e) => e.node.quotes.length > 0).map((e) => e.node.id);
  });
  afterAll(() => h.close());

  it("reads the evidence of the quotes only with quoteEvidence", async () => {
    expect(meetingsWithQuotes.length).toBeGreaterThan(0);
    const quotes = async (quoteEvidence: boolean) => {
      const meetings = await findMeetingsByIds(h.graph.executor, {
        keys: meetingsWithQuotes,
        include: { quotes: true, quoteEvidence },
        asOf: null,
      });
      return [...meetings.values()].flatMap((m) => m.quotes ?? []);
    };
    const without = await quotes(false);
    const withEvidence = await quotes(true);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((q) => q.evidence == null)).toBe(true);
    expect(withEvidence).toHaveLength(without.length);
    expect(withEvidence.every((q) => (q.evidence?.sentence ?? "").length > 0)).toBe(true);
  });

  const QUOTES = `quotes { text evidence { sentence } }`;
  it.each([
    ["a meeting by id", (id: string) => `{ meeting(id: "${id}") { id ${QUOTES} } }`, 1],
    ["a timeline page", () => `{ meetings(first: 20) { edges { node { id ${QUOTES} } } } }`, 1],
    [
      "a leader's meetings",
      () => `{ leader(id: "lee-jae-myung") { meetings { edges { node { id ${QUOTES} } } } } }`,
      1,
    ],
    // Not projected by the article statement: Meeting.quotes reads them on its own.
    [
      "an article's meetings",
      () => `{ articles(first: 5) { edges { node { meetings { id ${QUOTES} } } } } }`,
      2,
    ],
  ])("answers it through %s", async (_name, query, statements) => {
    const result = await h.run(query(meetingsWithQuotes[0]!));
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(statements);
    const found: MeetingAnswer[] = [];
    JSON.stringify(result.data, (_key, value: unknown) => {
      const meeting = value as Partial<MeetingAnswer> | null;
      if (meeting && typeof meeting === "object" && Array.isArray(meeting.quotes))
        found.push(meeting as MeetingAnswer);
      return value;
    });
    const quotes = found.flatMap((m) => m.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.evidence?.sentence, quote.text).toBeTruthy();
  });
});
