/**
 * Matching of answer-key items against what the graph returns, with the conventions of
 * shared/eval/FORMAT.md: names compared without case, accents, hyphens or word order;
 * quotes without case, punctuation or white space; dates by overlapping intervals.
 */
import { dateInterval } from "../../src/domain/dates.js";

export const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
export const nameKey = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .sort()
    .join(" ");
export const textKey = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
export const setKey = (xs: readonly string[]): string => [...new Set(xs)].sort().join(",");

export function datesOverlap(a?: string, b?: string): boolean {
  if (!a || !b) return !a && !b;
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  return !!ia && !!ib && ia.start <= ib.end && ib.start <= ia.end;
}

/** (holder, kind, args, stance) tuples, as the scorer expands positions. */
export function positionTuples(
  positions: readonly {
    holders: string[];
    stance: string;
    topic: { kind: string; args: string[] };
  }[],
): Set<string> {
  return new Set(
    positions.flatMap((p) =>
      p.holders.map((h) => `${h}|${p.topic.kind}|${setKey(p.topic.args)}|${p.stance}`),
    ),
  );
}
