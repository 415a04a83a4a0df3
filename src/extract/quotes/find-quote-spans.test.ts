import { describe, it, expect } from "vitest";
import { findQuoteSpans } from "./find-quote-spans.js";

function quoted(text: string): string[] {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    paragraphs.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return findQuoteSpans(text, paragraphs).map((s) =>
    s.segments.map((g) => text.slice(g.start, g.end)).join(" "),
  );
}

describe("findQuoteSpans", () => {
  it("finds curly and straight double quotations", () => {
    expect(quoted('“We act now,” she said. He said, "Trade is up."')).toEqual([
      "We act now,",
      "Trade is up.",
    ]);
  });
  it("finds single quotations and ignores apostrophes", () => {
    expect(quoted("‘Kenya’s ports matter,’ the minister said of the ministers’ plan.")).toEqual([
      "Kenya’s ports matter,",
    ]);
  });
  it("continues a quotation over a paragraph break opened again", () => {
    expect(quoted("“First part.\n\n“Second part.” Then prose.")).toEqual([
      "First part. Second part.",
    ]);
  });
  it("drops a quotation left open at the end of a paragraph", () => {
    expect(quoted("“Never closed.\n\nPlain prose.")).toEqual([]);
  });
});
