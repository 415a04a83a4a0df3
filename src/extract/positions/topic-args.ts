import { type Analysis } from "../analyze.js";
import { compoundBefore, type Range, unique } from "../analysis-view.js";
import { type PlaceMention } from "../mentions/find-places.js";

const LIST_GAP = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:the\s+)?$/;

/** The hyphenated groups that modify a topic word: "South Korea-Japan and South Korea-U.S.-Japan cooperation". */
export function compoundsBefore(
  analysis: Analysis,
  places: readonly PlaceMention[],
  at: number,
): string[][] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const out: string[][] = [];
  let end = at;
  for (;;) {
    let found: string[] = [];
    for (let slack = 1; slack <= 2 && found.length === 0; slack++)
      found = compoundBefore(places, analysis.text, end, slack);
    if (found.length < 2) break;
    out.push(found);
    const start = chainStart(analysis, sorted, end);
    const joiner = /(?:\s+and\s+|,\s*)$/.exec(analysis.text.slice(Math.max(0, start - 6), start));
    if (!joiner) break;
    end = start - joiner[0].length + 1;
  }
  return out;
}

function chainStart(analysis: Analysis, sorted: readonly PlaceMention[], end: number): number {
  let i = sorted.findIndex((p) => end - p.end >= 0 && end - p.end <= 2);
  while (
    i > 0 &&
    /^[-–]$/.test(analysis.text.slice(sorted[i - 1]?.end ?? 0, sorted[i]?.start ?? 0))
  )
    i--;
  return sorted[i]?.start ?? end;
}

/** "between X and Y (or between X and Z)", "among X, Y and Z", "with X", "of X", "in X" right after a topic word. */
export function listsAfter(
  analysis: Analysis,
  places: readonly PlaceMention[],
  from: number,
  scope: Range,
): { codes: string[]; via: string }[] {
  const out: { codes: string[]; via: string }[] = [];
  let cursor = from;
  for (;;) {
    const rest = analysis.text.slice(cursor, scope.end);
    const found = placesAfterPreposition(analysis, places, cursor, rest);
    if (!found) break;
    const { via, list } = found;
    out.push({
      codes: unique(list.flatMap((p) => [...p.codes, ...(p.region ? [p.region] : [])])),
      via,
    });
    cursor = list.at(-1)?.end ?? cursor;
    if (!/^\s+or\s+between\b/.test(analysis.text.slice(cursor, cursor + 20))) break;
  }
  return out;
}

// "access to southern Syria": a part of a state named by its compass point is the state's;
// "in North and South Kivu", two provinces named as one.
const PART = String.raw`(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+|(?:North|South|East|West)\s+and\s+)?`;
const PREPOSITION_LEAD = new RegExp(
  String.raw`^\s*(?:or\s+|and\s+)?(?:\w+\s+){0,2}?(between|among|amongst|with|of|in|on|to|toward|towards|against|across|for)\s+(?:the\s+|their\s+)?${PART}`,
);
// "access to civilians in Sudan": a preposition may lead to a short noun phrase and the
// place after the next one.
const FURTHER_PREPOSITION = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){1,4}?(between|among|in|of|to|across)\s+(?:the\s+|their\s+)?${PART}`,
  "u",
);

function placesAfterPreposition(
  analysis: Analysis,
  places: readonly PlaceMention[],
  cursor: number,
  rest: string,
): { via: string; list: PlaceMention[] } | undefined {
  const lead = PREPOSITION_LEAD.exec(rest);
  if (!lead) return undefined;
  const list = placesFrom(analysis, places, cursor + lead[0].length);
  if (list.length > 0) return { via: lead[1] ?? "", list };
  const further = FURTHER_PREPOSITION.exec(rest.slice(lead[0].length));
  if (!further) return undefined;
  const at = cursor + lead[0].length + further[0].length;
  const furtherList = placesFrom(analysis, places, at);
  return furtherList.length > 0 ? { via: further[1] ?? "", list: furtherList } : undefined;
}

function placesFrom(
  analysis: Analysis,
  places: readonly PlaceMention[],
  at: number,
): PlaceMention[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const first = sorted.find((p) => p.start === at);
  // "a ceasefire after talks in Doha": a city that only hosts is no place of the topic.
  if (!first || (first.locative && first.form === "capital")) return [];
  const list = [first];
  for (const next of sorted.filter((p) => p.start > first.start)) {
    const prev = list.at(-1);
    if (
      !prev ||
      next.form === "demonym" ||
      !LIST_GAP.test(analysis.text.slice(prev.end, next.start))
    )
      break;
    if (/^\s+or\s+between/.test(analysis.text.slice(prev.end, prev.end + 12))) break;
    list.push(next);
  }
  return list;
}

/** States named near a topic word, within the scope: "China's ban on imports of Japanese seafood". */
export function statesNear(places: readonly PlaceMention[], match: Range, scope: Range): string[] {
  return unique(
    places
      .filter(
        (p) =>
          p.codes.length === 1 &&
          !p.locative &&
          p.start >= Math.max(scope.start, match.start - 40) &&
          p.end <= Math.min(scope.end, match.end + 40),
      )
      .flatMap((p) => [...p.codes]),
  );
}
