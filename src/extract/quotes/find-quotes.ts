import { type Analysis } from "../analyze.js";
import { sentenceAt } from "../analysis-view.js";
import { SPEECH_VERBS } from "../data/speech-verbs.js";
import { type PersonMention } from "../persons/resolve-mentions.js";
import { HONORIFIC_SOURCE } from "../persons/name-pattern.js";
import { type QuoteSpan } from "./find-quote-spans.js";
import { type QuoteDraft } from "./quote-draft.js";

const MIN_WORDS = 4;
// '"...," Foreign Minister Jane Roe said', '"...," the government spokesman, Patrick Muyaya,
// told reporters': a title or a description, not a speech verb, before the name.
const TITLE_GAP = new RegExp(
  `^[\\s,]*(?:(?!(?:${SPEECH_VERBS})\\b)[\\p{L}.'’-]+,?\\s+){0,6}$`,
  "u",
);
// "Kim said", and '"...," Dimitra Kallergi, a former Greek ambassador to Ankara, told me':
// an apposition set off by commas may stand between the name and its verb.
const VERB_AFTER_NAME = new RegExp(
  `^(?:[^.!?"“”‘’]{0,30}?|,\\s+(?:a|an|the)\\s[^.!?"“”]{0,80}?,\\s+)\\b(?:${SPEECH_VERBS})\\b`,
);
// '"...," said Dr. Laith Obeidat': a speech verb after a quotation, and a courtesy word that
// may stand before the name.
const VERB_THEN_COURTESY = `(?:${SPEECH_VERBS}|according to)\\s+(?:${HONORIFIC_SOURCE}\\s+)?`;
const VERB_AFTER_QUOTE = new RegExp(`^[\\s,]*${VERB_THEN_COURTESY}`);
const VERB_BEFORE_NAME = new RegExp(`^\\s*${VERB_THEN_COURTESY}$`);
const INTRODUCES_QUOTE = new RegExp(`\\b(?:${SPEECH_VERBS})(?:\\s+\\w+){0,3}\\s*[,:]?\\s*$|:\\s*$`);
// "Roe said the gap could be closed with 'political will'": a fragment quoted inside
// the reported clause of a speech verb, with no other quotation or sentence between.
const REPORTS_FRAGMENT = new RegExp(
  `\\b(?:${SPEECH_VERBS}|saying|telling|calling|describing|adding)\\b[^"“”]{0,200}$`,
);
// "by Vice President Kashim Shettima, who said the visit '...'": the speaker is the relative's.
const WHO_SPOKE = new RegExp(`^,\\s+who\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b`);

/**
 * Attributes each quotation of at least four words to a named person: by an
 * attribution right after it ("..., Kim said"), by the subject of the sentence
 * that introduces it ("Kim said, ..."), or, failing both, to the speaker of the
 * quotation just before in the same or the previous paragraph.
 */
export function findQuotes(analysis: Analysis): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  let previous: { speaker: string; paragraph: number } | undefined;
  for (const span of analysis.quotes) {
    const paragraph = paragraphOf(analysis, span.outerStart);
    const before = speakerBefore(analysis, span);
    const continued =
      previous && paragraph - previous.paragraph <= 1 ? previous.speaker : undefined;
    // null: the sentence gives the words to no person (a ministry, a statement).
    const speaker =
      speakerAfter(analysis, span) ?? (before === null ? undefined : (before ?? continued));
    previous = speaker
      ? { speaker, paragraph: paragraphOf(analysis, span.outerEnd - 1) }
      : undefined;
    const text = span.segments.map((s) => analysis.text.slice(s.start, s.end).trim()).join(" ");
    if (!speaker || text.split(/\s+/).length < MIN_WORDS) continue;
    out.push({
      text,
      speaker,
      start: span.start,
      end: span.end,
      sentences: sentencesOf(analysis, span),
    });
  }
  return withoutRepeats(out);
}

// A fragment a speaker is quoted with again in full (a live blog's heading, a headline
// line) is one quotation: "front line of a crisis" within "... on the front line of a crisis ...".
function withoutRepeats(quotes: QuoteDraft[]): QuoteDraft[] {
  const fold = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return quotes.filter(
    (q) =>
      !quotes.some(
        (other) =>
          other !== q &&
          other.speaker === q.speaker &&
          other.text.length > q.text.length &&
          fold(other.text).includes(fold(q.text)),
      ),
  );
}

function speakerAfter(analysis: Analysis, span: QuoteSpan): string | undefined {
  const after = analysis.text.slice(span.outerEnd, span.outerEnd + 60);
  if (/^\s*\n/.test(after)) return undefined;
  // "...," Foreign Minister Jane Roe said: a title may stand between the quotation and the name.
  // '... when "foreign troops leave our soil." Kagame said ...': a name that opens the next
  // sentence speaks there, not here.
  const sentenceEnd = sentenceAt(analysis, span.outerEnd - 1)?.end ?? Infinity;
  const mention = analysis.mentions.find(
    (m) =>
      m.start >= span.outerEnd &&
      m.start < sentenceEnd &&
      !m.inQuote &&
      // "..., Carney's office said": his office, not he, said it.
      !m.possessive &&
      TITLE_GAP.test(analysis.text.slice(span.outerEnd, m.start)),
  );
  if (mention && VERB_AFTER_NAME.test(analysis.text.slice(mention.end, mention.end + 120)))
    return mention.entity;
  const verb = VERB_AFTER_QUOTE.exec(after);
  if (!verb) return undefined;
  const named = mentionsFrom(analysis, span.outerEnd + verb[0].length, 0)[0];
  return named &&
    VERB_BEFORE_NAME.test(analysis.text.slice(span.outerEnd, named.start).replace(/^[\s,]+/, " "))
    ? named.entity
    : undefined;
}

/**
 * The speaker the sentence introducing a quotation names: a person's id, null when it
 * gives the words to no person ("The ministry said in a statement that Misri had '...'"),
 * undefined when it says nothing of who spoke.
 */
function speakerBefore(analysis: Analysis, span: QuoteSpan): string | null | undefined {
  const sentence = sentenceAt(analysis, span.outerStart);
  if (!sentence) return undefined;
  const lead = analysis.text.slice(sentence.start, span.outerStart);
  const before = analysis.mentions.filter(
    (m) => m.start >= sentence.start && m.end <= span.outerStart && !m.inQuote && !m.possessive,
  );
  const relative = before.find((m) => WHO_SPOKE.test(analysis.text.slice(m.end, span.outerStart)));
  if (relative) return relative.entity;
  const subject = before[0];
  const verb = REPORTS_FRAGMENT.exec(lead) ?? INTRODUCES_QUOTE.exec(lead);
  // "The ministry said in a statement that Misri had '...'": a person named after the
  // speech verb is in what was said, not the one saying it.
  if (verb) return subject && subject.start < sentence.start + verb.index ? subject.entity : null;
  // "In a post on social media he called for a '...'": words quoted inside the sentence of
  // its one subject (near its start, alone before the quotation) are that person's.
  const insideSentence = lead.trim().split(/\s+/).length >= 3;
  const alone = subject !== undefined && before.every((m) => m.entity === subject.entity);
  const opens = subject !== undefined && subject.start - sentence.start <= SUBJECT_REACH;
  const reported = /\baccording to\b/i.test(analysis.text.slice(span.outerEnd, sentence.end));
  return insideSentence && alone && opens && !reported && span.segments.length === 1
    ? subject.entity
    : undefined;
}

// How far into its sentence a subject may stand: after an opening phrase ("In a post on social media he").
const SUBJECT_REACH = 40;

function mentionsFrom(analysis: Analysis, from: number, slack: number): PersonMention[] {
  return analysis.mentions.filter(
    (m) => m.start >= from && m.start - from <= slack + 2 && !m.inQuote,
  );
}

function paragraphOf(analysis: Analysis, at: number): number {
  return analysis.layout.paragraphs.findIndex((p) => at >= p.start && at <= p.end);
}

function sentencesOf(analysis: Analysis, span: QuoteSpan): number[] {
  return analysis.sentences
    .filter((s) => s.start < span.outerEnd && span.outerStart < s.end)
    .map((s) => s.index);
}
