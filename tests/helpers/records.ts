import { randomUUID } from "node:crypto";
import { type RecordInput } from "../../src/domain/record.js";
import { countryName } from "../../src/domain/countries.js";

/** A meeting as tests describe it: codes and names instead of local ids. */
export interface TestMeeting {
  kind?: "summit" | "meeting" | "visit" | "call" | "interview" | "conference";
  status?: "held" | "planned" | "proposed";
  date?: string;
  countries: string[];
  participants?: string[];
  jointStatement?: boolean;
}

export interface TestPosition {
  holders: string[];
  stance?: "support" | "oppose" | "concern";
  topic: {
    kind: "cooperation" | "dialogue" | "denuclearization" | "trade" | "security";
    args: string[];
  };
  speakers?: string[];
  meeting?: number;
}

/**
 * Builds a small valid record: one sentence per fact, a unique text (so a fresh
 * Article) unless `text` is given, persons as leaders of the first meeting country.
 */
export function buildRecord(options: {
  publishedAt?: string;
  url?: string;
  publisher?: string;
  text?: string;
  meetings?: TestMeeting[];
  positions?: TestPosition[];
  quotes?: { speaker: string; text: string; meeting?: number }[];
  leaders?: { name: string; country: string; title: string }[];
}): RecordInput {
  const text = options.text ?? `Report ${randomUUID()}. Leaders met and said things.`;
  const codes = new Set<string>();
  options.meetings?.forEach((m) => m.countries.forEach((c) => codes.add(c)));
  options.positions?.forEach((p) => p.holders.forEach((c) => codes.add(c)));
  options.leaders?.forEach((l) => codes.add(l.country));
  const names = new Set<string>([
    ...(options.meetings ?? []).flatMap((m) => m.participants ?? []),
    ...(options.positions ?? []).flatMap((p) => p.speakers ?? []),
    ...(options.quotes ?? []).map((q) => q.speaker),
    ...(options.leaders ?? []).map((l) => l.name),
  ]);
  const personId = (name: string): string => name.toLowerCase().replace(/[^a-z]+/g, "-");
  return {
    version: 1,
    article: {
      text,
      publishedAt: options.publishedAt ?? "2026-01-14",
      ...(options.url ? { url: options.url } : {}),
      ...(options.publisher ? { publisher: options.publisher } : {}),
    },
    sentences: [{ id: "s1", start: 0, end: Math.min(text.length, 20) }],
    countries: [...codes].map((code) => ({ id: code, code, name: countryName(code) ?? code })),
    persons: [...names].map((name) => {
      const leader = options.leaders?.find((l) => l.name === name);
      return {
        id: personId(name),
        name,
        offices: leader ? [{ title: leader.title, country: leader.country, evidence: ["s1"] }] : [],
      };
    }),
    meetings: (options.meetings ?? []).map((m, i) => ({
      id: `m${i}`,
      kind: m.kind ?? "summit",
      status: m.status ?? "held",
      ...(m.date
        ? {
            date: m.date,
            datePrecision: m.date.length === 10 ? "day" : m.date.length === 7 ? "month" : "year",
          }
        : {}),
      countries: m.countries,
      participants: (m.participants ?? []).map((name) => ({ person: personId(name) })),
      ...(m.jointStatement !== undefined ? { jointStatement: m.jointStatement } : {}),
      evidence: ["s1"],
    })),
    positions: (options.positions ?? []).map((p, i) => ({
      id: `p${i}`,
      stance: p.stance ?? "support",
      topic: p.topic,
      holders: p.holders,
      speakers: (p.speakers ?? []).map(personId),
      ...(p.meeting !== undefined ? { meeting: `m${p.meeting}` } : {}),
      evidence: ["s1"],
    })),
    quotes: (options.quotes ?? []).map((q, i) => ({
      id: `q${i}`,
      text: q.text,
      speaker: personId(q.speaker),
      ...(q.meeting !== undefined ? { meeting: `m${q.meeting}` } : {}),
      start: 0,
      end: 5,
      evidence: ["s1"],
    })),
  };
}
