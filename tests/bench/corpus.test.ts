import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../src/domain/validate-record.js";
import {
  benchmarkStates,
  buildWorld,
  corpusJsonl,
  DEFAULT_SEED,
  generateCorpus,
} from "../../bench/corpus/index.js";

const MEETINGS = 3_000;

function digest(seed: number): string {
  const hash = createHash("sha256");
  for (const line of corpusJsonl({ seed, meetings: MEETINGS })) hash.update(line);
  return hash.digest("hex");
}

describe("the synthetic corpus", () => {
  it("is byte-identical for the same seed and different for another", () => {
    const first = digest(DEFAULT_SEED);
    expect(digest(DEFAULT_SEED)).toBe(first);
    expect(digest(DEFAULT_SEED + 1)).not.toBe(first);
  });

  it("has 200 states, about 2,000 leaders and 50 topics", () => {
    const world = buildWorld(DEFAULT_SEED);
    expect(world.countries).toHaveLength(200);
    expect(world.leaders.length).toBeGreaterThan(1_700);
    expect(world.leaders.length).toBeLessThan(2_300);
    expect(world.topics).toHaveLength(50);
  });

  it("writes valid canonical records with skewed, rising activity", () => {
    const world = buildWorld(DEFAULT_SEED);
    const { busy, rare } = benchmarkStates(world);
    const distinct = new Map<string, { countries: string[]; year: number }>();
    let articles = 0;
    for (const record of generateCorpus({ seed: DEFAULT_SEED, meetings: MEETINGS })) {
      const parsed = parseRecord(record);
      articles += 1;
      expect(parsed.meetings.length).toBeGreaterThanOrEqual(1);
      expect(parsed.meetings.length).toBeLessThanOrEqual(3);
      for (const m of parsed.meetings) {
        const key = `${m.kind}|${[...m.countries].sort().join(",")}|${m.date}`;
        distinct.set(key, { countries: m.countries, year: Number(m.date?.slice(0, 4)) });
      }
    }
    const meetings = [...distinct.values()];
    expect(meetings).toHaveLength(MEETINGS);
    expect(articles).toBeLessThan(MEETINGS);

    const bilateral = meetings.filter((m) => m.countries.length === 2).length;
    const large = meetings.filter((m) => m.countries.length >= 10).length;
    expect(bilateral / MEETINGS).toBeGreaterThan(0.75);
    expect(large).toBeGreaterThan(0);
    expect(Math.max(...meetings.map((m) => m.countries.length))).toBeLessThanOrEqual(40);

    const of = (code: string): number => meetings.filter((m) => m.countries.includes(code)).length;
    expect(of(busy) / MEETINGS).toBeGreaterThan(0.15);
    expect(of(busy)).toBeGreaterThan(20 * Math.max(1, of(rare)));

    const inYears = (from: number, to: number): number =>
      meetings.filter((m) => m.year >= from && m.year <= to).length;
    expect(inYears(2016, 2025)).toBeGreaterThan(2 * inYears(1986, 1995));
  });
});
