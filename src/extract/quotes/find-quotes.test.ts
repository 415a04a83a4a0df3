import { describe, it, expect } from "vitest";
import { analyzeBody, nameOf } from "../test-support.js";
import { findQuotes } from "./find-quotes.js";

function quotes(body: string): [string | undefined, string][] {
  const analysis = analyzeBody(body);
  return findQuotes(analysis).map((q) => [nameOf(analysis, q.speaker), q.text]);
}

const INTRO =
  "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vidal on Monday.";

describe("findQuotes", () => {
  it("attributes a quotation to the name after it", () => {
    expect(quotes(`${INTRO}\n\n“Our two peoples share one coast,” Vidal said.`)).toEqual([
      ["Tomas Vidal", "Our two peoples share one coast,"],
    ]);
  });
  it("attributes a quotation to the subject of the sentence that introduces it", () => {
    expect(quotes(`${INTRO}\n\nRuiz said, "We have agreed to open the border crossing."`)).toEqual([
      ["Ana Ruiz", "We have agreed to open the border crossing."],
    ]);
  });
  it("gives an unattributed quotation in the same paragraph to the previous speaker", () => {
    expect(
      quotes(
        `${INTRO}\n\n‘Trade will double by 2030,’ Ruiz said. ‘Ports come first in that plan.’`,
      ).map(([s]) => s),
    ).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
  it("joins a quotation continued over a paragraph break", () => {
    expect(
      quotes(
        `${INTRO}\n\n“Trade will double by 2030.\n\n“Ports come first in that plan,” Ruiz said.`,
      ),
    ).toEqual([["Ana Ruiz", "Trade will double by 2030. Ports come first in that plan,"]]);
  });
  it("resolves 'she said' and keeps an analyst's words under the analyst's name", () => {
    expect(
      quotes(
        `${INTRO}\n\nMara Lind, an analyst at a think tank in Lima, said the deal was modest.\n\n“It changes very little on the ground,” she said.`,
      ),
    ).toEqual([["Mara Lind", "It changes very little on the ground,"]]);
  });
  it("drops quotations of fewer than four words", () => {
    expect(quotes(`${INTRO} Ruiz called the talks "very productive" on Monday.`)).toEqual([]);
  });
  it("attributes a quotation to a name that follows a title", () => {
    expect(
      quotes(
        `${INTRO}\n\n"We will reopen the crossing soon," Chilean Foreign Minister Tomas Vidal said.`,
      ),
    ).toEqual([["Tomas Vidal", "We will reopen the crossing soon,"]]);
  });
  it("gives a fragment quoted inside a reported clause to that clause's speaker", () => {
    expect(
      quotes(
        `${INTRO}\n\n"Our ports are open to every ship," Vidal said.\n\nRuiz, speaking after a lunch, said the last customs issues could be solved "with patience on both sides".`,
      ),
    ).toEqual([
      ["Tomas Vidal", "Our ports are open to every ship,"],
      ["Ana Ruiz", "with patience on both sides"],
    ]);
  });
});
