import { type Analysis } from "../analyze.js";
import { type Range } from "../analysis-view.js";
import {
  NEGATION_AFTER,
  NEGATION_BEFORE,
  STANCE_CUES,
  type StanceCue,
} from "../data/stance-cues.js";
import { SPEECH_VERBS } from "../data/speech-verbs.js";
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
  const question = ASKED.exec(s.text)?.[0].length ?? 0;
  for (const m of s.text.matchAll(CUE_PATTERN)) {
    // "Asked whether Cairo was worried about Iran's programme, Sisi said ...": the
    // reporter's question states no one's position.
    if (m.index < question) continue;
    const index = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const cue = index ? STANCE_CUES[Number(index.slice(1))] : undefined;
    if (!cue) continue;
    const before = s.text.slice(Math.max(0, m.index - 16), m.index);
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) continue;
    const start = s.start + m.index;
    const quote = analysis.quotes.find((q) => start >= q.start && start < q.end);
    const spoken = quote && !isQuotedFragment(analysis.text, quote) ? { quote } : {};
    hits.push({ start, end: start + m[0].length, cue, ...spoken });
  }
  return hits;
}

const ASKED = /^(?:When |If )?[Aa]sked (?:whether|if|about|what|how|why|when)\b[^,;]*,/;

const WORD_BEFORE = /([\p{L}]+)\s*$/u;
const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`, "i");

/**
 * "spoke by phone and \"agreed to stay in close contact\"", "said the sides had \"confirmed
 * their commitment\"": words quoted inside the narrative's own clause, which go on from a
 * word before them (no comma, colon or speech verb introduces them) and open in lower
 * case. Their cues are the narrative's: the clause's subject holds them, not a speaker.
 */
function isQuotedFragment(text: string, quote: QuoteSpan): boolean {
  if (!/^\p{Ll}/u.test(text.slice(quote.start, quote.start + 1))) return false;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, quote.outerStart - 30), quote.outerStart));
  return word !== null && !SPEECH_VERB.test(word[1] ?? "");
}
