import { isLeaderRole } from "./gazetteer/officials.js";
import { type Analysis } from "./analyze.js";
import { type PlaceMention } from "./mentions/find-places.js";
import { type PersonEntity } from "./persons/person-entity.js";
import { type PersonMention } from "./persons/resolve-mentions.js";
import { type Sentence } from "./text/split-sentences.js";

/** A character range of the article text. */
export interface Range {
  start: number;
  end: number;
}

/** Whether an offset lies inside a quotation (marks included). */
export function inQuote(analysis: Analysis, at: number): boolean {
  return analysis.quotes.some((q) => at >= q.outerStart && at < q.outerEnd);
}

/** The sentence an offset of the article text falls in. */
export function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  return analysis.sentences.find((s) => offset >= s.start && offset < s.end);
}

/**
 * The states an article names, most often first (ties by code): names, adjectives and
 * capitals that stand for a state, not a city named only as where something happens.
 */
export function statesByMentions(places: readonly PlaceMention[]): string[] {
  const counts = new Map<string, number>();
  for (const place of places) {
    const code = place.codes.length === 1 ? place.codes[0] : undefined;
    if (code && !place.locative) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code]) => code);
}

/** The people mentioned before `before`, outside quotations, the latest first, each once. */
export function recentPersons(analysis: Analysis, before: number): string[] {
  return unique(
    analysis.mentions
      .filter((m) => m.start < before && !m.inQuote)
      .map((m) => m.entity)
      .reverse(),
  );
}

/** The person mentions inside a range, outside quotations, in text order. */
export function personsIn(analysis: Analysis, range: Range): PersonMention[] {
  return analysis.mentions.filter(
    (m) => m.start >= range.start && m.end <= range.end && !m.inQuote,
  );
}

/** The place mentions of a sentence inside a range, outside quotations unless asked. */
export function placesIn(
  analysis: Analysis,
  sentence: number,
  range: Range,
  withQuotes = false,
): PlaceMention[] {
  return (analysis.places[sentence] ?? []).filter(
    (p) =>
      p.start >= range.start && p.end <= range.end && (withQuotes || !inQuote(analysis, p.start)),
  );
}

/**
 * The states of the first two places from `at` on when they stand as a pair ("between Russia
 * and Ukraine", ", Brazil and Colombia"): the words from `at` to the first end as `lead`
 * says, and only "and" stands between the two; [] otherwise.
 */
export function pairAfter(
  analysis: Analysis,
  places: readonly PlaceMention[],
  at: number,
  lead: RegExp,
): string[] {
  const [first, second] = places.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
  if (!first || !second) return [];
  if (!lead.test(analysis.text.slice(at, first.start))) return [];
  if (!/^\s+and\s+(?:the\s+)?$/.test(analysis.text.slice(first.end, second.start))) return [];
  return unique([...first.codes, ...second.codes]);
}

/**
 * The states of the places from `at` on when they stand as a list of two or more ("between
 * Russia and Ukraine", "of Kazakhstan, Uzbekistan and Kyrgyzstan"): the words from `at` to
 * the first end as `lead` says, commas join the places and "and" the last; [] otherwise.
 * A list that is a possessive ("of Japan and Korea's ministers") names whose people meet.
 */
export function listAfter(
  analysis: Analysis,
  places: readonly PlaceMention[],
  at: number,
  lead: RegExp,
): string[] {
  const after = places.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
  const [first] = after;
  if (!first || !lead.test(analysis.text.slice(at, first.start))) return [];
  const list = [first];
  for (const next of after.slice(1)) {
    const gap = analysis.text.slice(list.at(-1)!.end, next.start);
    if (/^,\s+$/.test(gap)) list.push(next);
    else if (/^,?\s+and\s+(?:the\s+)?$/.test(gap)) {
      list.push(next);
      const last = analysis.text.slice(next.end, next.end + 2);
      return /^['’]s/.test(last) ? [] : unique(list.flatMap((p) => p.codes));
    } else break;
  }
  return [];
}

/** The entity with a local id. */
export function entityOf(analysis: Analysis, id: string): PersonEntity | undefined {
  return analysis.entities.find((e) => e.id === id);
}

/** An official: someone with an office, not a source quoted for comment. */
export function isOfficial(entity: PersonEntity | undefined): entity is PersonEntity {
  return entity !== undefined && !entity.nonOfficial && entity.role !== undefined;
}

/** A head of state or government (a crown prince who governs counts). */
export function isHead(entity: PersonEntity | undefined): boolean {
  return isLeaderRole(entity?.role);
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * The states of a hyphenated group that ends at or just before `at`
 * ("South Korea-U.S.-Japan cooperation"): at least two places joined by hyphens.
 */
export function compoundBefore(
  places: readonly PlaceMention[],
  text: string,
  at: number,
  slack = 2,
): string[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  let i = sorted.findIndex((p) => at - p.end >= 0 && at - p.end <= slack);
  if (i < 0) return [];
  const group = [sorted[i]];
  while (i > 0) {
    const prev = sorted[i - 1];
    const current = sorted[i];
    if (!prev || !current || !/^[-–]$/.test(textBetween(text, prev.end, current.start))) break;
    group.unshift(prev);
    i--;
  }
  if (group.length < 2) return [];
  return unique(group.flatMap((p) => (p ? [...p.codes] : [])));
}

function textBetween(text: string, from: number, to: number): string {
  return text.slice(from, to);
}
