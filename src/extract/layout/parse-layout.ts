import { findFullDate } from "../dates/find-full-date.js";
import {
  BARE_BYLINE_PATTERN,
  BYLINE_PATTERN,
  CREDIT_LINE_PATTERN,
  EMAIL_SIGNATURE_PATTERN,
  FURNITURE_LINE_PATTERNS,
} from "../data/furniture.js";
import { PUBLISHER_EMAIL_DOMAINS } from "../data/publishers.js";
import { type Dateline, readDateline } from "./dateline.js";
import { splitLines, type TextLine } from "./lines.js";

// Wire tags before a headline: "(LEAD)", "(2nd LD)", "(URGENT)".
const WIRE_TAG =
  /^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|[A-Z][A-Za-z ]{0,20} (?:Focus|Interview|Feature))[^)]*\)\s*/;

/** A paragraph of the article body as a character range of the raw text. */
export interface BodyParagraph {
  start: number;
  end: number;
}

/** What the page around the body says: headline, byline, dates, and the body itself. */
export interface Layout {
  title?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  dateline?: Dateline;
  paragraphs: BodyParagraph[];
}

/**
 * Separates an article's body from its furniture (navigation, repeated headlines,
 * posted/updated lines, bylines, signatures) and reads the metadata they carry.
 * Offsets of the paragraphs index into `text` unchanged.
 */
export function parseLayout(text: string): Layout {
  const lines = splitLines(text).filter((line) => line.text.trim() !== "");
  const firstBody = lines.findIndex((line, i) => isBodyLine(line.text, i, lines));
  const header = firstBody < 0 ? lines : lines.slice(0, firstBody);
  const layout: Layout = { paragraphs: [] };
  readHeader(header, layout);
  const rest = firstBody < 0 ? [] : lines.slice(firstBody);
  for (const line of rest) {
    const trimmed = line.text.trim();
    const signature = EMAIL_SIGNATURE_PATTERN.exec(trimmed);
    if (signature) {
      layout.author ??= signature[1]?.trim();
      const domain = signature[3]?.toLowerCase() ?? "";
      layout.publisher ??=
        PUBLISHER_EMAIL_DOMAINS[domain] ?? PUBLISHER_EMAIL_DOMAINS[parent(domain)];
      continue;
    }
    const credit = CREDIT_LINE_PATTERN.exec(trimmed);
    if (credit) layout.author ??= credit[1];
    if (isFurniture(trimmed) || trimmed === layout.title) continue;
    layout.paragraphs.push(trimRange(line));
  }
  // A text with no prose line (a brief, a caption) is all body, less its furniture.
  if (layout.paragraphs.length === 0)
    layout.paragraphs = lines
      .filter((line) => !isFurniture(line.text.trim()) && !findFullDate(line.text))
      .map(trimRange);
  attachDateline(layout, text);
  layout.publishedAt ??= anyDate(lines);
  return layout;
}

function readHeader(header: readonly TextLine[], layout: Layout): void {
  const headline = repeatedHeadline(header);
  if (headline) layout.title = headline;
  // Lines above the headline (masthead, section) name no author.
  let belowTitle = false;
  for (const line of header) {
    const trimmed = line.text.trim();
    const date = findFullDate(trimmed);
    if (date && (isFurniture(trimmed) || trimmed.split(/\s+/).length <= 8)) {
      layout.publishedAt ??= date;
      continue;
    }
    if (isFurniture(trimmed)) continue;
    const byline = BYLINE_PATTERN.exec(trimmed);
    if (byline) {
      layout.author ??= byline[1];
      continue;
    }
    if (layout.title === undefined) layout.title = trimmed.replace(WIRE_TAG, "");
    else if (belowTitle && trimmed !== layout.title && BARE_BYLINE_PATTERN.test(trimmed))
      layout.author ??= BARE_BYLINE_PATTERN.exec(trimmed)?.[1];
    if (trimmed.replace(WIRE_TAG, "") === layout.title) belowTitle = true;
  }
}

// A headline printed twice (page title and story heading) is the title, not the masthead above it.
function repeatedHeadline(header: readonly TextLine[]): string | undefined {
  const lines = header.map((line) => line.text.trim());
  const repeated = lines.find(
    (line, i) => lines.indexOf(line, i + 1) > i && !isFurniture(line) && !BYLINE_PATTERN.test(line),
  );
  return repeated?.replace(WIRE_TAG, "");
}

function attachDateline(layout: Layout, text: string): void {
  const first = layout.paragraphs[0];
  if (!first) return;
  const dateline = readDateline(text.slice(first.start, first.end));
  if (!dateline) return;
  layout.dateline = dateline;
  layout.paragraphs[0] = { start: first.start + dateline.length, end: first.end };
  if (dateline.agency) layout.publisher ??= dateline.agency;
}

/** A body line reads as prose: long enough, or ending like a sentence, or opening with a dateline. */
function isBodyLine(line: string, index: number, lines: readonly TextLine[]): boolean {
  const trimmed = line.trim();
  if (isFurniture(trimmed) || BYLINE_PATTERN.test(trimmed)) return false;
  if (readDateline(trimmed)) return true;
  const words = trimmed.split(/\s+/).length;
  const repeated = lines.some((other, j) => j !== index && other.text.trim() === trimmed);
  if (repeated) return false;
  return words >= 14 || (words >= 6 && /[.!?:"”’]$/.test(trimmed));
}

// No dated header: a posted/updated line anywhere, else the first complete date of the text.
function anyDate(lines: readonly TextLine[]): string | undefined {
  const furniture = lines.filter((line) => isFurniture(line.text.trim()));
  for (const line of [...furniture, ...lines]) {
    const date = findFullDate(line.text);
    if (date) return date;
  }
  return undefined;
}

function isFurniture(line: string): boolean {
  return FURNITURE_LINE_PATTERNS.some((pattern) => pattern.test(line));
}

function trimRange(line: TextLine): BodyParagraph {
  const leading = line.text.length - line.text.trimStart().length;
  const trailing = line.text.length - line.text.trimEnd().length;
  return { start: line.start + leading, end: line.end - trailing };
}

function parent(domain: string): string {
  return domain.split(".").slice(-2).join(".");
}
