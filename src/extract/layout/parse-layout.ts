import { findFullDate } from "../dates/find-full-date.js";
import {
  BARE_BYLINE_PATTERN,
  BYLINE_PATTERN,
  CREDIT_LINE_PATTERN,
  EMAIL_SIGNATURE_PATTERN,
  FURNITURE_LINE_PATTERNS,
  LINK_LIST_LABEL_PATTERN,
  SECTION_LABEL_PATTERN,
} from "../data/furniture.js";
import { PUBLISHER_EMAIL_DOMAINS } from "../data/publishers.js";
import { lowerCase } from "../text/letter-case.js";
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
  const firstBody = lines.findIndex(
    (line, i) => isBodyLine(line.text, i, lines) && !isStandfirst(i, lines),
  );
  const header = firstBody < 0 ? lines : lines.slice(0, firstBody);
  const layout: Layout = { paragraphs: [] };
  readHeader(header, layout);
  const rest = firstBody < 0 ? [] : lines.slice(firstBody);
  layout.paragraphs.push(...keyPoints(header).map(trimRange));
  let inLinkList = false;
  for (const line of rest) {
    const trimmed = line.text.trim();
    if (LINK_LIST_LABEL_PATTERN.test(trimmed)) {
      inLinkList = true;
      continue;
    }
    // A bulleted line is a link even when it reads as prose ("- Explainer: what is TRIPP?").
    inLinkList &&= !isProse(trimmed) || BULLET.test(trimmed);
    if (inLinkList) continue;
    const signature = EMAIL_SIGNATURE_PATTERN.exec(trimmed);
    if (signature) {
      layout.author ??= signature[1]?.trim();
      const domain = signature[3]?.toLowerCase() ?? "";
      layout.publisher ??=
        PUBLISHER_EMAIL_DOMAINS[domain] ?? PUBLISHER_EMAIL_DOMAINS[parent(domain)];
      continue;
    }
    // A byline under a standfirst that reads as prose: "By Ingrid Solheim".
    const byline = layout.paragraphs.length <= 2 ? BYLINE_PATTERN.exec(trimmed) : null;
    if (byline?.[1]) {
      layout.author ??= nameCase(byline[1]);
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
  const masthead = findMasthead(header);
  if (masthead) layout.publisher ??= nameCase(masthead.text.trim());
  const headline = repeatedHeadline(header) ?? longestHeadline(header, masthead);
  if (headline) layout.title = headline;
  // Lines above the headline (masthead, section) name no author.
  let belowTitle = false;
  for (const line of header) {
    if (line === masthead) continue;
    const trimmed = line.text.trim();
    const date = findFullDate(trimmed);
    if (isDateLine(trimmed, date)) {
      layout.publishedAt ??= date;
      continue;
    }
    if (isFurniture(trimmed)) continue;
    const byline = BYLINE_PATTERN.exec(trimmed);
    if (byline) {
      if (byline[1]) layout.author ??= nameCase(byline[1]);
      continue;
    }
    if (belowTitle && trimmed !== layout.title && BARE_BYLINE_PATTERN.test(trimmed))
      layout.author ??= BARE_BYLINE_PATTERN.exec(trimmed)?.[1];
    if (trimmed.replace(WIRE_TAG, "") === layout.title) belowTitle = true;
  }
}

/**
 * The headline among the lines above the body: the longest that is not the masthead,
 * furniture, a byline, a date line, a section label or a standfirst in prose. Taglines
 * ("Nigeria's independent daily since 1998") and sections ("Asia Pacific") are shorter.
 */
function longestHeadline(
  header: readonly TextLine[],
  masthead: TextLine | undefined,
): string | undefined {
  const lines = header
    .filter((line) => line !== masthead)
    .map((line) => line.text.trim().replace(WIRE_TAG, ""))
    .filter((line) => isTitleCandidate(line));
  // A name alone ("Sarah Whitcombe in Riyadh") is a byline when something else can be the title.
  const headlines = lines.filter((line) => isHeadlineLike(line) && !isProse(line));
  const words = (line: string): number => line.split(/\s+/).length;
  const longest = (list: string[]): string | undefined =>
    list.reduce<string | undefined>(
      (best, line) => (best && words(best) >= words(line) ? best : line),
      undefined,
    );
  return longest(headlines) ?? longest(lines);
}

/**
 * The masthead: the page's first line when it names the publication: at most six
 * capitalised words, no sentence punctuation, and a longer headline below it (a byline or
 * a section label is not one). A short headline on its own is not a masthead.
 */
function findMasthead(header: readonly TextLine[]): TextLine | undefined {
  const first = header[0];
  const text = first?.text.trim() ?? "";
  const words = text.split(/\s+/);
  // One word in capitals opening a page is a section ("POLITICS"); two or more, a name.
  const sectionLabel = words.length === 1 && SECTION_LABEL_PATTERN.test(text);
  if (!first || !isTitleCandidate(text) || sectionLabel) return undefined;
  if (words.length > 6 || /[.!?:;,"“”’]$/.test(text)) return undefined;
  if (!words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_PARTICLES.has(word)))
    return undefined;
  // A name in capitals ("MINISTRY OF FOREIGN AFFAIRS OF JAPAN") heads any headline below it,
  // even a shorter one ("Japan-Philippines Foreign Ministers' Meeting").
  const capitals = words.length >= 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
  const headlineBelow = header.slice(1).some((line) => {
    const below = line.text.trim();
    return (
      isHeadlineLike(below) &&
      (below.split(/\s+/).length > words.length || (capitals && below !== below.toUpperCase()))
    );
  });
  return headlineBelow ? first : undefined;
}

// Lower-case words inside a publication's name: "The Río de la Plata Times".
const NAME_PARTICLES = new Set(["de", "del", "la", "le", "el", "of", "the", "and", "for", "am"]);

/**
 * A name set in capitals (a masthead, a byline) in the case it is written in:
 * "THE NAIROBI LEDGER" -> "The Nairobi Ledger", "KIM MIN-JI" -> "Kim Min-ji".
 */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return lowerCase(name)
    .split(/\s+/)
    .map((word, i) => (i > 0 && NAME_PARTICLES.has(word) ? word : capitalise(word)))
    .join(" ");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A header line that could be the headline: not furniture, a byline or a date line. */
function isTitleCandidate(line: string): boolean {
  return !isFurniture(line) && !BYLINE_PATTERN.test(line) && !isDateLine(line, findFullDate(line));
}

/** A title candidate that is not a section label or a name alone (a bare byline). */
function isHeadlineLike(line: string): boolean {
  return (
    isTitleCandidate(line) && !SECTION_LABEL_PATTERN.test(line) && !BARE_BYLINE_PATTERN.test(line)
  );
}

/** A short line that carries the publication date ("Monday, February 16, 2026"). */
function isDateLine(line: string, date: string | undefined): date is string {
  return date !== undefined && (isFurniture(line) || line.split(/\s+/).length <= 8);
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
  const repeated = lines.some((other, j) => j !== index && other.text.trim() === trimmed);
  if (repeated) return false;
  return isProse(trimmed);
}

/**
 * A standfirst: a prose summary under the headline, with the byline or the date line
 * still to come in the next two lines. It repeats the story; the body starts below it.
 */
function isStandfirst(index: number, lines: readonly TextLine[]): boolean {
  if (readDateline(lines[index]?.text.trim() ?? "")) return false;
  return lines.slice(index + 1, index + 3).some((line) => {
    const next = line.text.trim();
    return BYLINE_PATTERN.test(next) || isDateLine(next, findFullDate(next));
  });
}

// "- Explainer: what is TRIPP?": a bulleted line.
const BULLET = /^[-–•·*]\s/;

/**
 * A live page's "Key points" above its first entry: bullets that tell the day's news and
 * name its people in full ("German Chancellor Matthias Rehberg and Polish Prime Minister
 * Katarzyna Wilk agree ..."), which the entries below call by surname only. They are body.
 */
function keyPoints(header: readonly TextLine[]): TextLine[] {
  const label = header.findIndex((line) => KEY_POINTS_LABEL.test(line.text.trim()));
  if (label < 0) return [];
  const bullets: TextLine[] = [];
  for (const line of header.slice(label + 1)) {
    if (!BULLET.test(line.text.trim())) break;
    const leading = line.text.length - line.text.trimStart().length;
    const marker = /^[-–•·*]\s+/.exec(line.text.trimStart())?.[0].length ?? 0;
    bullets.push({
      ...line,
      text: line.text.slice(leading + marker),
      start: line.start + leading + marker,
    });
  }
  return bullets;
}

const KEY_POINTS_LABEL = /^(?:key (?:points|events|developments)|highlights|what we know)\s*:?$/i;

/** A line that reads as prose. A headline can run to 14 words or more but does not end like a sentence. */
function isProse(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 25 || (words >= 6 && /[.!?:"”’]$/.test(line));
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
