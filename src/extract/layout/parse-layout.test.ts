import { describe, it, expect } from "vitest";
import { parseLayout } from "./parse-layout.js";

const bodyOf = (text: string): string[] =>
  parseLayout(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe("parseLayout", () => {
  it("drops navigation, repeated headlines and posted lines, and reads the title and date", () => {
    const text =
      "Skip to content\n\nKenya, Ethiopia sign port deal\n\nKenya, Ethiopia sign port deal\n\nPosted March. 3, 2024 08:00\n\nKenya and Ethiopia signed a port agreement on Sunday after talks in Nairobi.\n";
    const layout = parseLayout(text);
    expect(layout.title).toBe("Kenya, Ethiopia sign port deal");
    expect(layout.publishedAt).toBe("2024-03-03");
    expect(bodyOf(text)).toEqual([
      "Kenya and Ethiopia signed a port agreement on Sunday after talks in Nairobi.",
    ]);
  });
  it("keeps a live page's key points as body, without their bullets", () => {
    const text =
      "THE LAKESIDE GAZETTE\n\nLIVE\n\nAndean summit live: leaders meet in Lima\n\nBy Ana Ruiz in Lima\nLast updated: Monday 4 May 2026, 18:20\n\nKey points\n- Peruvian President Rosa Tello opens the summit\n- Chile and Bolivia agree to talk\n\n18:20 - That's a wrap\n\nWe are closing the blog for today, after a long day of talks in the capital.\n";
    expect(bodyOf(text)).toEqual([
      "Peruvian President Rosa Tello opens the summit",
      "Chile and Bolivia agree to talk",
      "We are closing the blog for today, after a long day of talks in the capital.",
    ]);
  });
  it("takes a headline printed twice as the title, not the masthead and section links above it", () => {
    const layout = parseLayout(
      "Lakeside Gazette\n\nNews | Region | Sport | Opinion\n\nChile and Peru reopen border\n\nChile and Peru reopen border\n\nBy Ana Ruiz | ana@lakeside.test\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n",
    );
    expect(layout.title).toBe("Chile and Peru reopen border");
    expect(layout.author).toBe("Ana Ruiz");
  });
  it("reads a parenthesised wire credit line as the author", () => {
    const text =
      "Chile and Peru reopen border\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n\n(Reporting by Ana Ruiz; editing by Tomas Vidal)\n";
    expect(parseLayout(text).author).toBe("Ana Ruiz");
    expect(bodyOf(text)).toEqual([
      "Peru and Chile agreed on Monday to reopen the border crossing near Tacna.",
    ]);
  });
  it("takes a name in capitals above a shorter headline for the masthead, and a section for no author", () => {
    const layout = parseLayout(
      "MINISTRY OF FOREIGN AFFAIRS OF JAPAN\n\nPress Releases\n\nJapan-Philippines Foreign Ministers' Meeting\n\nSeptember 30, 2025\n\nOn September 29, the two ministers held a meeting in Manila.\n",
    );
    expect([layout.title, layout.author, layout.publisher]).toEqual([
      "Japan-Philippines Foreign Ministers' Meeting",
      undefined,
      "Ministry of Foreign Affairs of Japan",
    ]);
  });
  it("reads a 'Posted by' byline, and a posted line with no name as furniture", () => {
    const layout = parseLayout(
      "Carney and von der Leyen hold call on steel\n\nPosted by Julie Tremblay\n2026-05-12 14:05 ET\n\nPrime Minister Mark Carney spoke with Ursula von der Leyen on Monday about steel.\n",
    );
    expect([layout.author, layout.publishedAt]).toEqual(["Julie Tremblay", "2026-05-12"]);
  });
  it("reads a 'By' byline and a bare byline with a place", () => {
    expect(
      parseLayout(
        "Headline here\n\nBy Ana Ruiz in Lima\n\nPeru and Chile agreed on Monday to reopen the border crossing.\n",
      ).author,
    ).toBe("Ana Ruiz");
    expect(
      parseLayout(
        "Headline here\n\nAna Ruiz in Lima\nMon 6 Oct 2025 09.10 CEST\n\nPeru and Chile agreed on Monday to reopen the border crossing.\n",
      ).author,
    ).toBe("Ana Ruiz");
    expect(
      parseLayout(
        "Lula and Petro call for Amazon pact\n\nCarlos Medina, Belém\nThursday, 14 August 2025\n\nBrazil and Colombia agreed on Wednesday to reopen the border crossing.\n",
      ).author,
    ).toBe("Carlos Medina");
    // A headline that opens with a place and a comma is no byline.
    expect(
      parseLayout(
        "In Bodø, Nordic ministers and Britain plan for a colder High North\n\nBy Ingrid Solheim\n\nThe ministers met on Tuesday.\n",
      ).title,
    ).toBe("In Bodø, Nordic ministers and Britain plan for a colder High North");
  });
  it("reads the author and publisher from a trailing e-mail signature", () => {
    const layout = parseLayout(
      "Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\nKim Min-ji mjkim@koreaherald.com\n",
    );
    expect(layout.author).toBe("Kim Min-ji");
    expect(layout.publisher).toBe("The Korea Herald");
    expect(layout.paragraphs).toHaveLength(1);
  });
  it("cuts a wire dateline off the body and takes its agency as publisher", () => {
    const text =
      "TOKYO, May 2 (Kyodo) -- Japan and India agreed to expand defense ties on Thursday.\n\n(END)\n";
    const layout = parseLayout(text);
    expect(layout.publisher).toBe("Kyodo News");
    expect(bodyOf(text)).toEqual(["Japan and India agreed to expand defense ties on Thursday."]);
  });
  it("reads a credit line as the author and leaves it out of the body", () => {
    const text =
      "Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\nReporting by Ana Ruiz; editing by Tom Poe\n";
    expect(parseLayout(text).author).toBe("Ana Ruiz");
    expect(bodyOf(text)).toHaveLength(1);
  });
  it("drops a wire tag before the headline", () => {
    expect(
      parseLayout(
        "(LEAD) Peru, Chile reopen border\n\nPeru and Chile agreed on Monday to reopen the border crossing, officials said.\n",
      ).title,
    ).toBe("Peru, Chile reopen border");
  });
  it("falls back to a posted line after the body for the date", () => {
    expect(
      parseLayout(
        "Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\nUpdated June 4, 2024\n",
      ).publishedAt,
    ).toBe("2024-06-04");
  });
  it("reads a masthead as the publisher, and the headline below its navigation and section", () => {
    const layout = parseLayout(
      "THE LAKESIDE GAZETTE\nHome | News | Region | Sport\n\nMonday, March 2, 2026\n\nREGION\n\nChile and Peru agree to reopen the border crossing near Tacna after a two-year closure\n\nBy ANA RUIZ in Lima\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n",
    );
    expect(layout.publisher).toBe("The Lakeside Gazette");
    expect(layout.title).toBe(
      "Chile and Peru agree to reopen the border crossing near Tacna after a two-year closure",
    );
    expect(layout.author).toBe("Ana Ruiz");
    expect(layout.publishedAt).toBe("2026-03-02");
    expect(layout.paragraphs).toHaveLength(1);
  });
  it("name-cases a masthead with a dotted capital I", () => {
    const layout = parseLayout(
      "REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nPress Release Regarding the Visit of the Minister to Saudi Arabia\n\nThe minister was received in Riyadh on Monday.\n",
    );
    expect(layout.publisher).toBe("Republic of Türkiye");
  });
  it("drops navigation set with wide gaps and an edition strip", () => {
    const text =
      "Lakeside Gazette\nNews   Politics   Business   Sign in\nLima · English edition\n\nChile and Peru reopen border\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n";
    const layout = parseLayout(text);
    expect(layout.publisher).toBe("Lakeside Gazette");
    expect(layout.title).toBe("Chile and Peru reopen border");
  });
  it("does not take a short headline above a byline for a masthead", () => {
    const layout = parseLayout(
      "Chile, Peru Reopen Border\nAna Ruiz in Lima\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n",
    );
    expect(layout.title).toBe("Chile, Peru Reopen Border");
    expect(layout.publisher).toBeUndefined();
  });
  it("reads signatures with a dash, a bureau or an address in parentheses", () => {
    const body =
      "Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\n";
    expect(parseLayout(body + "Ana Ruiz — aruiz@lakeside.test\n").author).toBe("Ana Ruiz");
    const signed = parseLayout(body + "— Ana Ruiz, Lima bureau (aruiz@lakeside.test)\n");
    expect(signed.author).toBe("Ana Ruiz");
    expect(signed.paragraphs).toHaveLength(1);
  });
  it("leaves a list of links to other stories out of the body, up to the next prose line", () => {
    const text =
      "Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\nMORE FROM REGION\nBolivia hosts Andean transport ministers\n- Ecuador exports climb for third quarter\n\nAna Ruiz is the Gazette's Andes correspondent and writes from Lima.\n";
    expect(bodyOf(text)).toEqual([
      "Peru and Chile agreed on Monday to reopen the border crossing, officials said.",
      "Ana Ruiz is the Gazette's Andes correspondent and writes from Lima.",
    ]);
  });
  it("leaves bulleted links out even where they read as prose, under more kinds of label", () => {
    for (const label of ["Related", "Also in Region", "Related releases"]) {
      const text = `Peru and Chile agreed on Monday to reopen the border crossing, officials said.\n\n${label}\n- Explainer: what is the Andean corridor and who will run it?\n- Bolivia's ruling party marks a year of its freeze\n\nAna Ruiz is the Gazette's Andes correspondent and writes from Lima.\n`;
      expect(bodyOf(text)).toEqual([
        "Peru and Chile agreed on Monday to reopen the border crossing, officials said.",
        "Ana Ruiz is the Gazette's Andes correspondent and writes from Lima.",
      ]);
    }
  });
  it("keeps a standfirst above the byline out of the body, and reads the byline", () => {
    const text =
      "Chile and Peru reopen border\n\nThe two neighbours met in Tacna to end a two-year closure of the crossing.\n\nBy Ana Ruiz\n2 March 2026\n\nTACNA, Peru — Peru and Chile agreed on Monday to reopen the border crossing near Tacna.\n";
    const layout = parseLayout(text);
    expect(layout.author).toBe("Ana Ruiz");
    expect(bodyOf(text)).toEqual([
      "Peru and Chile agreed on Monday to reopen the border crossing near Tacna.",
    ]);
  });
  it("takes the headline, not a tagline or a section in title case, as the title", () => {
    const layout = parseLayout(
      "LAKESIDE GAZETTE\nPeru's independent daily since 1998\nWorld | Region | Sport\n\nAsia Pacific\n\nChile and Peru agree to reopen their border crossing near Tacna\n\nBy Ana Ruiz\n\nPeru and Chile agreed on Monday to reopen the border crossing near Tacna.\n",
    );
    expect(layout.title).toBe("Chile and Peru agree to reopen their border crossing near Tacna");
    expect(layout.publisher).toBe("Lakeside Gazette");
  });
});
