import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { toFacts } from "../domain/facts.js";
import { extractRecord } from "./index.js";

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/extract");

function fixture(name: string): { text: string; meta: Record<string, string> } {
  const text = readFileSync(join(FIXTURES, `${name}.txt`), "utf8");
  const sidecar = join(FIXTURES, `${name}.meta.json`);
  const meta = existsSync(sidecar)
    ? (JSON.parse(readFileSync(sidecar, "utf8")) as Record<string, string>)
    : {};
  if (meta.publishedAt) meta.publishedAt = meta.publishedAt.slice(0, 10);
  return { text, meta };
}

const SHORT =
  "Posted May 2, 2024\n\nKenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi on Tuesday.\n";

describe("extractRecord", () => {
  it("keeps the raw text and indexes sentences into it", () => {
    const record = extractRecord({ text: SHORT, meta: {}, source: "short.txt" });
    expect(record.article.text).toBe(SHORT);
    const first = record.sentences[0];
    expect(first && SHORT.slice(first.start, first.end)).toMatch(/^Kenyan President William Ruto/);
  });
  it("makes a valid record of a text without prose", () => {
    const record = extractRecord({
      text: "Posted May 2, 2024\n\nShort headline\n",
      meta: {},
      source: "brief.txt",
    });
    expect(record.sentences.length).toBeGreaterThan(0);
    expect(record.article.publishedAt).toBe("2024-05-02");
  });
  it("keeps the European Union in the record but out of the facts view's states", () => {
    const text =
      "Posted Nov 19, 2025\n\nEU foreign policy chief Kaja Kallas met Serbian President Aleksandar Vučić in Brussels on Tuesday and called for dialogue with Kosovo.\n";
    const record = extractRecord({ text, meta: {}, source: "eu.txt" });
    expect(record.countries.map((c) => c.code)).toContain("EUU");
    const facts = toFacts(record);
    expect(facts.countries).not.toContain("EUU");
    expect(facts.leaders.map((l) => l.country)).not.toContain("EUU");
    expect(facts.meetings.flatMap((m) => m.countries)).not.toContain("EUU");
  });
  it("is deterministic", () => {
    const a = extractRecord({ text: SHORT, meta: {}, source: "short.txt" });
    const b = extractRecord({ text: SHORT, meta: {}, source: "short.txt" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  it("prefers the sidecar's metadata to what the page says", () => {
    const record = extractRecord({
      text: SHORT,
      meta: { publisher: "The Test Times", publishedAt: "2024-05-03" },
      source: "s.txt",
    });
    expect(record.article.publisher).toBe("The Test Times");
    expect(record.article.publishedAt).toBe("2024-05-03");
  });
  it("finds a summit of two leaders the gazetteer does not know", () => {
    const facts = toFacts(extractRecord({ text: SHORT, meta: {}, source: "short.txt" }));
    expect(facts.leaders.map((l) => [l.name, l.country])).toEqual([
      ["William Ruto", "KEN"],
      ["Abiy Ahmed", "ETH"],
    ]);
    expect(facts.meetings).toEqual([
      {
        kind: "summit",
        status: "held",
        date: "2024-04-30",
        precision: "day",
        countries: ["KEN", "ETH"],
        participants: ["William Ruto", "Abiy Ahmed"],
      },
    ]);
  });
  for (const name of readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))) {
    it(`matches the golden facts of ${name}`, () => {
      const golden: unknown = JSON.parse(
        readFileSync(join(FIXTURES, `${name}.facts.json`), "utf8"),
      );
      expect(toFacts(extractRecord({ ...fixture(name), source: name }))).toEqual(golden);
    });
  }
});
