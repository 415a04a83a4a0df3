import { ABBREVIATIONS } from "../data/abbreviations.js";
import { type BodyParagraph } from "../layout/parse-layout.js";

/** A sentence of the body: its range in the raw text and the paragraph it belongs to. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

// A candidate end: terminal punctuation, closing quotes or brackets, then white space.
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])/g;

/**
 * Splits body paragraphs into sentences with offsets into the raw text. A period
 * after a known abbreviation or an initial ("S.", "D.N.") does not end a sentence.
 */
export function splitSentences(text: string, paragraphs: readonly BodyParagraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const body = text.slice(paragraph.start, paragraph.end);
    let from = 0;
    for (const end of sentenceEnds(body)) {
      pushSentence({
        sentences,
        text,
        paragraphIndex,
        start: paragraph.start + from,
        end: paragraph.start + end,
      });
      from = end;
    }
    pushSentence({
      sentences,
      text,
      paragraphIndex,
      start: paragraph.start + from,
      end: paragraph.end,
    });
  });
  return sentences;
}

function sentenceEnds(body: string): number[] {
  const ends: number[] = [];
  for (const match of body.matchAll(BOUNDARY)) {
    const before = body.slice(0, match.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? "";
    if (
      match[0].startsWith(".") &&
      !endsSentence(word) &&
      !(ENDS_NAME.test(word) && OPENER.test(body.slice(match.index + match[0].length)))
    )
      continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

// "called on President Ferdinand Marcos Jr. The two ministers will meet again": an
// abbreviation that ends a name or a firm may end the sentence too, when a word that opens
// sentences follows it.
const ENDS_NAME = /^(?:Jr|Sr|Inc|Co|Corp|Ltd|etc)$/;
const OPENER =
  /^\s+(?:The|A|An|He|She|It|They|We|His|Her|Their|Its|This|That|These|Those|In|On|At|But|However|Meanwhile|Earlier|Later)\b/;

function endsSentence(word: string): boolean {
  const bare = word.replace(/^["“‘'(\[]+/, "");
  // "S. Jaishankar", "D.N. Dhungyel": initials, one or run together.
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(bare)) return false;
  return !ABBREVIATIONS.has(bare.toLowerCase());
}

function pushSentence(args: {
  sentences: Sentence[];
  text: string;
  paragraphIndex: number;
  start: number;
  end: number;
}): void {
  const raw = args.text.slice(args.start, args.end);
  const start = args.start + (raw.length - raw.trimStart().length);
  const end = args.end - (raw.length - raw.trimEnd().length);
  if (end <= start) return;
  args.sentences.push({
    index: args.sentences.length,
    paragraph: args.paragraphIndex,
    start,
    end,
    text: args.text.slice(start, end),
  });
}
