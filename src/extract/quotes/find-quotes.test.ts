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
  it("attributes a quotation to the name after a description, not to one whose office spoke", () => {
    expect(
      quotes(
        `${INTRO}\n\n"We signed a peace agreement, not a lease," the government spokesman, Pablo Mora, told reporters.`,
      ),
    ).toEqual([["Pablo Mora", "We signed a peace agreement, not a lease,"]]);
    expect(
      quotes(
        `${INTRO}\n\nThe two "agreed to stay in close contact" in the months ahead, Vidal's office said.`,
      ),
    ).toEqual([]);
  });
  it("attributes a quotation to the name after 'according to'", () => {
    expect(
      quotes(
        `${INTRO}\n\nThe deal "papers over a real split, but on the coast the two governments need each other," according to Sofia Brizuela, a researcher in Montevideo.`,
      ),
    ).toEqual([
      [
        "Sofia Brizuela",
        "papers over a real split, but on the coast the two governments need each other,",
      ],
    ]);
  });
  it("attributes a quotation to a name whose long apposition stands before the verb", () => {
    expect(
      quotes(
        `${INTRO}\n\n"Summits are where you collect the dividend, not where you invest," Ines Caro, a former Chilean ambassador to Lima, told me this week.`,
      ),
    ).toEqual([["Ines Caro", "Summits are where you collect the dividend, not where you invest,"]]);
  });
  it("takes someone 'who researches' a subject as a source, and her 'she said' after", () => {
    expect(
      quotes(
        `${INTRO}\n\nLina Paz, who researches Andean relations at a Lima institute, said the meeting mattered.\n\n"Both capitals need this port more than they admit," she said.`,
      ),
    ).toEqual([["Lina Paz", "Both capitals need this port more than they admit,"]]);
  });
  it("takes someone 'who follows' a subject as a source, not the official named before her", () => {
    expect(
      quotes(
        `${INTRO}\n\nNamibian President Netumbo Nandi-Ndaitwah attended.\n\nGorata Mmusi, who follows regional security at a Gaborone institute, said the communique was cautious.\n\n"The bloc has little money left for peacekeeping," she said.`,
      ),
    ).toEqual([["Gorata Mmusi", "The bloc has little money left for peacekeeping,"]]);
  });
  it("attributes a quotation to a specialist or a scientist named after 'said'", () => {
    expect(
      quotes(
        `${INTRO}\n\n"Lima likes to keep its options open," said Megan Talbot, a Pacific specialist at a Washington institute.\n\n"Both want a deal," said Dr. Laith Obeidat, a political scientist at the University of Jordan.`,
      ),
    ).toEqual([
      ["Megan Talbot", "Lima likes to keep its options open,"],
      ["Laith Obeidat", "Both want a deal,"],
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
  it("attributes to the person of a 'who said' clause and of a participle of speech", () => {
    expect(
      quotes(
        `${INTRO}\n\nRuiz was met at the airport by Vidal, who said the visit "shows that the bond between our ports is strong."\n\nIn Lima, Ruiz welcomed the deal, telling reporters on Monday that "peace is becoming an everyday reality."`,
      ),
    ).toEqual([
      ["Tomas Vidal", "shows that the bond between our ports is strong."],
      ["Ana Ruiz", "peace is becoming an everyday reality."],
    ]);
  });
  it("gives words quoted inside a sentence to its one subject, not to a person said about", () => {
    expect(
      quotes(
        `${INTRO}\n\nIn a post on social media she called for a "legally binding agreement on the border", saying it was the only way.\n\nThe ministry said in a statement that Vidal had "underscored Chile's commitment to a stable relationship".`,
      ),
    ).toEqual([["Ana Ruiz", "legally binding agreement on the border"]]);
  });
  it("keeps one quotation when a heading repeats part of it", () => {
    expect(
      quotes(
        `${INTRO}\n\n17:10 — Vidal: 'front line of a crisis we did not cause'\n\n"The Pacific is on the front line of a crisis we did not cause," Vidal told reporters.`,
      ).map(([s, t]) => `${s}: ${t}`),
    ).toEqual(["Tomas Vidal: The Pacific is on the front line of a crisis we did not cause,"]);
  });
  it("resolves a capitalised title ('the King') to the official who holds it", () => {
    expect(
      quotes(
        `King Charles III opened the meeting.\n\n"The smallest voice here carries as much weight as the largest," the King said.`,
      ),
    ).toEqual([["Charles III", "The smallest voice here carries as much weight as the largest,"]]);
  });
  it("leaves a quotation that ends its sentence to the speaker before, not the next sentence's subject", () => {
    expect(
      quotes(
        `${INTRO} Ruiz said peace would only come when "foreign troops leave our coast." Vidal said Chile would honour its commitments.`,
      ),
    ).toEqual([["Ana Ruiz", "foreign troops leave our coast."]]);
  });
});
