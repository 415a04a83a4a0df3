import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";
import {
  answeredParts,
  meetingsWith,
  projectedParts,
  waysToMeetingParts,
} from "./meeting-parts.js";

interface QuoteAnswer {
  text: string;
  evidence: { sentence: string } | null;
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
    meetingsWithQuotes = await meetingsWith(h, "quotes");
  });
  afterAll(() => h.close());

  it("reads the evidence of the quotes only with quoteEvidence", async () => {
    expect(meetingsWithQuotes.length).toBeGreaterThan(0);
    const quotes = (quoteEvidence: boolean) =>
      projectedParts(h, meetingsWithQuotes, { quotes: true, quoteEvidence }, "quotes");
    const without = await quotes(false);
    const withEvidence = await quotes(true);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((q) => q.evidence == null)).toBe(true);
    expect(withEvidence).toHaveLength(without.length);
    expect(withEvidence.every((q) => (q.evidence?.sentence ?? "").length > 0)).toBe(true);
  });

  it.each(waysToMeetingParts(`quotes { text evidence { sentence } }`))(
    "answers it through %s",
    async (_name, query, statements) => {
      const quotes = await answeredParts<QuoteAnswer>(
        h,
        query(meetingsWithQuotes[0]!),
        statements,
        "quotes",
      );
      for (const quote of quotes) expect(quote.evidence?.sentence, quote.text).toBeTruthy();
    },
  );
});
