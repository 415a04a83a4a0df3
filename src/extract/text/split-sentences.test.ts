import { describe, it, expect } from "vitest";
import { splitSentences } from "./split-sentences.js";

function split(text: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text);
}

describe("splitSentences", () => {
  it("splits at periods followed by a capital", () => {
    expect(split("Kenya signed the deal. Ethiopia did not.")).toEqual([
      "Kenya signed the deal.",
      "Ethiopia did not.",
    ]);
  });
  it("does not split after abbreviations, initials and U.S.", () => {
    expect(split("Mr. A. Okoye met U.S. envoys on Feb. 3 in Lagos. They talked.")).toEqual([
      "Mr. A. Okoye met U.S. envoys on Feb. 3 in Lagos.",
      "They talked.",
    ]);
  });
  it("does not split after initials run together", () => {
    expect(
      split("In February, Foreign Minister D.N. Dhungyel travelled to Beijing. He met Wang."),
    ).toEqual([
      "In February, Foreign Minister D.N. Dhungyel travelled to Beijing.",
      "He met Wang.",
    ]);
  });
  it("ends a sentence at 'Jr.' when a sentence opener follows, and not otherwise", () => {
    expect(split("He called on President Juan Soto Jr. The two ministers met later.")).toEqual([
      "He called on President Juan Soto Jr.",
      "The two ministers met later.",
    ]);
    expect(split("President Juan Soto Jr. Smith met them.")).toHaveLength(1);
  });
  it("keeps closing quotation marks with the sentence they close", () => {
    expect(split("“We will act.” She left.")).toEqual(["“We will act.”", "She left."]);
  });
  it("keeps a quotation and its attribution together", () => {
    expect(split("“Trade matters,” the minister said. Talks resumed.")).toHaveLength(2);
  });
  it("records offsets into the raw text across paragraphs", () => {
    const text = "First one.\n\nSecond one. Third.";
    const sentences = splitSentences(text, [
      { start: 0, end: 10 },
      { start: 12, end: text.length },
    ]);
    expect(sentences.map((s) => [s.start, s.end, s.paragraph])).toEqual([
      [0, 10, 0],
      [12, 23, 1],
      [24, 30, 1],
    ]);
  });
});
