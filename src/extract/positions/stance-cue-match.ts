import { type Analysis } from "../analyze.js";
import { type Range } from "../analysis-view.js";
import {
  NEGATION_AFTER,
  NEGATION_BEFORE,
  STANCE_CUES,
  type StanceCue,
} from "../data/stance-cues.js";
import { type QuoteSpan } from "../quotes/find-quote-spans.js";

/** A stance cue found in a sentence, with the quotation it stands in, if any. */
export interface CueHit extends Range {
  cue: StanceCue;
  quote?: QuoteSpan;
}

const CUE_PATTERN = new RegExp(
  `\\b(?:${STANCE_CUES.map((c, i) => `(?<c${i}>${c.pattern})`).join("|")})\\b`,
  "gi",
);

/** Finds the stance cues of a sentence, dropping negated ones, in text order. */
export function findStanceCues(analysis: Analysis, sentence: number): CueHit[] {
  const s = analysis.sentences[sentence];
  if (!s) return [];
  const hits: CueHit[] = [];
  for (const m of s.text.matchAll(CUE_PATTERN)) {
    const index = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const cue = index ? STANCE_CUES[Number(index.slice(1))] : undefined;
    if (!cue) continue;
    const before = s.text.slice(Math.max(0, m.index - 16), m.index);
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) continue;
    const start = s.start + m.index;
    const quote = analysis.quotes.find((q) => start >= q.start && start < q.end);
    hits.push({ start, end: start + m[0].length, cue, ...(quote ? { quote } : {}) });
  }
  return hits;
}
