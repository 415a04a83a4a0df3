import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type RecordInput } from "./record.js";
import { parseRecord, RecordValidationError } from "./validate-record.js";

const text = "Japan and Korea met. They agreed.";
function minimal(): RecordInput {
  return {
    version: 1,
    article: { text, publishedAt: "2026-01-14" },
    sentences: [
      { id: "s1", start: 0, end: 20 },
      { id: "s2", start: 21, end: 33 },
    ],
    countries: [
      { id: "jp", code: "JPN", name: "Japan" },
      { id: "kr", code: "KOR", name: "South Korea" },
    ],
    meetings: [
      {
        id: "m1",
        kind: "summit",
        status: "held",
        date: "2026-01",
        datePrecision: "month",
        countries: ["jp", "kr"],
        evidence: ["s1"],
      },
    ],
    positions: [
      {
        id: "p1",
        stance: "support",
        topic: { kind: "cooperation", args: ["JPN", "KOR"] },
        holders: ["jp", "kr"],
        meeting: "m1",
        evidence: ["s2"],
      },
    ],
  };
}

function problemsOf(input: unknown): string[] {
  try {
    parseRecord(input);
  } catch (error) {
    if (error instanceof RecordValidationError)
      return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("parseRecord", () => {
  it("accepts a minimal valid record and fills defaults", () => {
    const record = parseRecord(minimal());
    expect(record.persons).toEqual([]);
    expect(record.article.language).toBe("en");
  });

  it("accepts the reviewed seed record", () => {
    const seed = JSON.parse(
      readFileSync(
        new URL("../../seeds/01-donga-lee-takaichi-summit.record.json", import.meta.url),
        "utf8",
      ),
    );
    expect(parseRecord(seed).meetings).toHaveLength(4);
  });

  it("names dangling local ids with their path", () => {
    const input = minimal();
    input.positions![0]!.holders = ["jp", "xx"];
    input.meetings![0]!.evidence = ["s9"];
    expect(problemsOf(input)).toEqual([
      'meetings[0].evidence[0]: no sentence has the local id "s9"',
      'positions[0].holders[1]: no country has the local id "xx"',
    ]);
  });

  it("rejects unknown enum values and unknown fields", () => {
    const input = minimal() as unknown as { meetings: { kind: string; colour?: string }[] };
    input.meetings[0]!.kind = "party";
    input.meetings[0]!.colour = "red";
    const problems = problemsOf(input);
    expect(problems.some((p) => p.startsWith("meetings[0].kind"))).toBe(true);
    expect(problems.some((p) => p.includes("colour"))).toBe(true);
  });

  it("rejects a precision that does not fit the date and sentences outside the text", () => {
    const input = minimal();
    input.meetings![0]!.datePrecision = "day";
    input.sentences![1]!.end = 999;
    const problems = problemsOf(input);
    expect(problems.some((p) => p.includes("datePrecision does not match"))).toBe(true);
  });

  it("rejects duplicate local ids", () => {
    const input = minimal();
    input.countries!.push({ id: "jp", code: "CHN", name: "China" });
    expect(problemsOf(input)).toContain('countries[2].id: duplicate country id "jp"');
  });
});
