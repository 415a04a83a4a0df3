import { type Analysis } from "../analyze.js";
import { inQuote, type Range } from "../analysis-view.js";
import {
  CLAUSE_BREAK,
  MEETING_CUES,
  type MeetingCue,
  NEGATED_BEFORE,
  NOT_MEETING,
} from "../data/meeting-cues.js";

/** One mention of an event in a sentence, with the clause it stands in. */
export interface CueMatch extends Range {
  kind: MeetingCue["kind"];
  word: string;
  clause: Range;
}

const cache = new WeakMap<Analysis, Map<number, readonly CueMatch[]>>();

/**
 * Finds the event words of a sentence outside quotations, one per span, in text order; an
 * event denied ("did not meet") is none. Found once per sentence: the walk over the
 * sentences, references back, visits and the implied meeting all ask for them.
 */
export function findCues(analysis: Analysis, sentence: number): readonly CueMatch[] {
  const memo = cache.get(analysis) ?? new Map<number, readonly CueMatch[]>();
  cache.set(analysis, memo);
  const known = memo.get(sentence);
  if (known) return known;
  const found = cuesOf(analysis, sentence);
  memo.set(sentence, found);
  return found;
}

function cuesOf(analysis: Analysis, sentence: number): CueMatch[] {
  const s = analysis.sentences[sentence];
  if (!s) return [];
  const blocked = [...s.text.matchAll(NOT_MEETING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const clauses = clausesOf(s.text);
  // Every cue's matches, in order of precedence; a relative clause with one of its own is
  // not joined to the clause before (withRelative).
  const matches = MEETING_CUES.flatMap((cue) =>
    [...s.text.matchAll(cue.pattern)].map((m) => ({ cue, m })),
  );
  const cueStarts = matches.map(({ m }) => m.index);
  const found: CueMatch[] = [];
  for (const { cue, m } of matches) {
    const start = m.index;
    const end = start + m[0].length;
    const overlaps = (r: Range): boolean => start < r.end && r.start < end;
    if (
      blocked.some(overlaps) ||
      found.some((f) => overlaps({ start: f.start - s.start, end: f.end - s.start }))
    )
      continue;
    if (
      inQuote(analysis, s.start + start) ||
      NEGATED_BEFORE.test(s.text.slice(Math.max(0, start - 60), start)) ||
      (/(?:summits|meetings|visits|calls|conferences)$/i.test(m[0]) &&
        !DAY_DATE_AFTER.test(s.text.slice(end)) &&
        !SEPARATE_BEFORE.test(s.text.slice(Math.max(0, start - 30), start)))
    )
      continue;
    const clause = withRelative(
      clauses,
      clauses.findIndex((c) => start >= c.start && start < c.end),
      s.text,
      cueStarts,
    );
    found.push({
      start: s.start + start,
      end: s.start + end,
      kind: cue.kind,
      word: m[0],
      clause: { start: s.start + clause.start, end: s.start + clause.end },
    });
  }
  // "held talks with Chile by video link", "held a summit by video conference": the talks
  // were the call.
  const manners = found.filter((c) => c.kind === "call" && /^(?:by|via|over)\b/i.test(c.word));
  return found
    .filter(
      (c) =>
        (c.kind !== "talks" && c.kind !== "summit") ||
        !manners.some(
          (m) =>
            m.start >= c.end &&
            m.start - c.end <= 60 &&
            !/[,;]/.test(analysis.text.slice(c.end, m.start)),
        ),
    )
    .sort((a, b) => a.start - b.start);
}

// "agreed to hold follow-up meetings in Istanbul on October 25": plural event words are
// habits ("regular meetings") unless a day follows or they are told as separate.
const DAY_DATE_AFTER =
  /^[^.;,]{0,40}?\bon\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

// "held separate bilateral meetings with Li and Kishida": one event with each.
const SEPARATE_BEFORE = /\bseparate\s+(?:[\w-]+\s+)?$/i;

/** Splits a sentence at the words that open a new clause. */
export function clausesOf(text: string): Range[] {
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // "between Serbia's president, Aleksandar Vučić, and Kosovo's prime minister": the
    // "and" that closes a "between" joins its two sides, not two clauses.
    const open = text.slice(cuts.at(-1) ?? 0, m.index);
    if (/^,\s+and\b/.test(m[0]) && /\bbetween\b(?![^]*\band\b)/.test(open)) continue;
    // "Pham Minh Chinh, Anutin Charnvirakul, and Hun Manet met": the serial comma's "and"
    // closes a list of names, not a clause.
    if (/^,\s+and\b/.test(m[0]) && closesNameList(open, text.slice(m.index + m[0].length)))
      continue;
    cuts.push(m.index);
  }
  cuts.push(text.length);
  return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1] ?? text.length }));
}

// A capitalised name, title or state, with the particles names carry ("Mohammed bin
// Salman", "the United States").
const NAME_ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|bin|bint|ibn|al|de|da|do|dos|van|von|der|la|le|the)\s+)*\p{Lu}[\p{L}'’.-]*)*`;
const NAME_LIST_SO_FAR = new RegExp(
  String.raw`(?:^|[^\p{L}\s]\s*|\b\p{Ll}+\s+)${NAME_ITEM}(?:,\s+${NAME_ITEM})+$`,
  "u",
);
const NAME_AFTER = /^\s+(?:the\s+)?\p{Lu}/u;
// "visited Tokyo, Osaka, and Takaichi said": a new clause's speaker.
const SPEAKER_AFTER = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:said|says|told|added)\b/u;

/** Whether ", and" ends a list of two or more names and a name follows it. */
function closesNameList(before: string, after: string): boolean {
  return (
    NAME_AFTER.test(after) &&
    !SPEAKER_AFTER.test(after) &&
    NAME_LIST_SO_FAR.test(before.replace(/^[,;—–\s]+/, ""))
  );
}

// A relative clause that follows ("..., which the two leaders are to chair") tells of the same
// event, unless it tells of its own ("flew to Doha, where he held separate talks with ...").
function withRelative(
  clauses: readonly Range[],
  index: number,
  text: string,
  cueStarts: readonly number[],
): Range {
  const clause = clauses[index] ?? { start: 0, end: text.length };
  const next = clauses[index + 1];
  if (
    next &&
    /^,\s+(?:which|where|during which|at which)\b/.test(text.slice(next.start)) &&
    !cueStarts.some((at) => at >= next.start && at < next.end)
  )
    return { start: clause.start, end: next.end };
  return clause;
}
