import { type BodyParagraph } from "../layout/parse-layout.js";

/** A quotation: the quoted words, possibly continued over paragraph breaks. */
export interface QuoteSpan {
  /** Ranges of the quoted words in the raw text, without the quotation marks. */
  segments: { start: number; end: number }[];
  start: number;
  end: number;
  /** The opening mark's offset and the closing mark's end offset. */
  outerStart: number;
  outerEnd: number;
}

type Kind = "double" | "single";
interface Open {
  kind: Kind;
  outerStart: number;
  segments: { start: number; end: number }[];
  from: number;
}

/**
 * Finds quotations in curly or straight, double or single quotation marks. A
 * quotation left open at the end of a paragraph continues when the next paragraph
 * opens with the same mark (the newspaper convention); otherwise it is dropped.
 * An apostrophe inside or after a word does not close a single-quoted quotation.
 */
export function findQuoteSpans(text: string, paragraphs: readonly BodyParagraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Open | undefined;
  paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const c = text[i] ?? "";
      if (!open) {
        const kind = opening(text, i, paragraph.start);
        if (kind) open = { kind, outerStart: i, segments: [], from: i + 1 };
        continue;
      }
      if (open.from === i && open.segments.length > 0 && isOpeningMark(c, open.kind)) {
        open.from = i + 1;
        continue;
      }
      if (closes(text, i, open.kind)) {
        open.segments.push({ start: open.from, end: i });
        spans.push(toSpan(open, i + 1));
        open = undefined;
      }
    }
    if (open) open = carryOver(open, text, paragraph, paragraphs[p + 1]);
  });
  return spans.filter((s) => s.end > s.start);
}

function carryOver(
  open: Open,
  text: string,
  paragraph: BodyParagraph,
  next?: BodyParagraph,
): Open | undefined {
  if (!next || !isOpeningMark(text[next.start] ?? "", open.kind)) return undefined;
  open.segments.push({ start: open.from, end: paragraph.end });
  return { ...open, from: next.start };
}

function toSpan(open: Open, outerEnd: number): QuoteSpan {
  const segments = open.segments.filter((s) => s.end > s.start);
  return {
    segments,
    start: segments[0]?.start ?? open.from,
    end: segments.at(-1)?.end ?? open.from,
    outerStart: open.outerStart,
    outerEnd,
  };
}

function isOpeningMark(c: string, kind: Kind): boolean {
  return kind === "double" ? c === "“" || c === '"' : c === "‘" || c === "'";
}

function opening(text: string, i: number, paragraphStart: number): Kind | undefined {
  const c = text[i];
  if (c === "“" || c === '"') return "double";
  if (c !== "‘" && c !== "'") return undefined;
  const before = i === paragraphStart ? " " : (text[i - 1] ?? " ");
  return /[\s(\[—–"“]/.test(before) && /\p{L}|\p{N}/u.test(text[i + 1] ?? "")
    ? "single"
    : undefined;
}

function closes(text: string, i: number, kind: Kind): boolean {
  const c = text[i];
  if (kind === "double") return c === "”" || c === '"';
  if (c !== "’" && c !== "'") return false;
  const next = text[i + 1] ?? " ";
  if (/\p{L}/u.test(next)) return false;
  const before = text[i - 1] ?? "";
  return (
    /[.,!?;:—–-]/.test(before) ||
    (/\s|$/.test(next) && !/[sS]/.test(before)) ||
    /[.,;:!?)]/.test(next)
  );
}
