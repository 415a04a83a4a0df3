import * as chrono from "chrono-node";
import { type DatePrecision } from "../../domain/vocabulary.js";
import { formatDay } from "./find-full-date.js";

/** When a date lies relative to the publication date, as the wording says. */
export type Tense = "past" | "future" | "any";

/** A date written in a sentence, resolved as far as the sentence allows. */
export interface DateExpression {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent for dates relative to an event. */
  date?: string;
  precision?: DatePrecision;
  /** Days from the event the narrative is about ("the previous day" is -1). */
  eventOffset?: number;
  tense: Tense;
  /** "a day after X": the offset applies to the event named after the expression. */
  forward?: boolean;
  /** The date a statement was made ("said Tuesday"), not when an event happened. */
  reporting: boolean;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAY =
  /\b(?:(?<rel>last|next|this|past|coming)\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const RELATIVE =
  /\b(?<mod>earlier|later|early|late|within|since)?\s*(?:(?<which>this|last|next|the previous|the following|the coming|the past)\s+(?<unit>week|month|year))\b/g;
const EVENT_RELATIVE =
  /\b(?:(?<back>the previous (?:day|evening|night)|the (?:day|evening|night) before|a day earlier|one day earlier|(?<n>a|one|two|three) days? (?:after|earlier|before(?! the)))|(?<fwd>the next (?:day|morning)|the following (?:day|morning)|a day later|one day later)|(?<same>the same day|later that day|earlier that day))\b/gi;
const SIMPLE_DAY =
  /\b(?<word>yesterday|today|tomorrow|this (?:morning|afternoon|evening)|tonight|last night|earlier today)\b/gi;
// "In February, the minister travelled ...": a sentence may open with the preposition.
const MONTH_ONLY =
  /\b(?:[Ii]n|[Uu]ntil|[Bb]y|[Ff]rom|of|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-)\s*(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>\d{4}))?\b(?!\s*\d)/g;
const YEAR_ONLY = /\b(?:[Ii]n|[Uu]ntil|[Bb]y|[Ff]rom|of)\s+(?<year>(?:19|20)\d{2})\b/g;
const REPORTING_BEFORE =
  /\b(?:said|says|announced|reported|told reporters|added|stated)\s+(?:on\s+)?$/;
// Only a trailing attribution ("..., the ministry said Tuesday.") dates a statement alone.
const REPORTING_AFTER = /^\s*(?:[.,;]|$)/;

/**
 * Finds the dates written in `text` (a sentence starting at `offset`) and resolves
 * them against the publication day `published` (YYYY-MM-DD): a weekday is the latest
 * such day on or before publication unless the text says "next"; a month or a day
 * without a year is the nearest one; "the previous day" stays relative to the event.
 */
export function findDateExpressions(
  text: string,
  offset: number,
  published: string,
  thatYear?: number,
): DateExpression[] {
  const found: DateExpression[] = [
    ...weekdays(text, published),
    ...relativeUnits(text, published),
    ...thatYears(text, thatYear),
    ...seasons(text, published),
    ...eventRelative(text),
    ...simpleDays(text, published),
    ...calendarDates(text, published, thatYear),
    ...monthsOnly(text, published, thatYear),
    ...yearsOnly(text),
  ];
  const kept = found
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
    .filter((d, i, all) => !all.slice(0, i).some((o) => d.start < o.end && o.start < d.end));
  return kept.map((d) => ({
    ...d,
    start: d.start + offset,
    end: d.end + offset,
    reporting:
      REPORTING_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
      REPORTING_AFTER.test(text.slice(d.end, d.end + 3)),
  }));
}

type Found = DateExpression;

// "the summit closes on Sunday", "will meet on Friday", "heads to Paris on Wednesday": a
// weekday still to come.
const FUTURE_BEFORE =
  /\b(?:will|shall|is due|are due|is set|are set|(?:is|are) scheduled|(?:is|are) expected|plans? to|(?:opens|closes|begins|starts|ends|resumes|continues)|to (?:meet|visit|hold|host|travel)|(?:travels|heads|flies|departs|leaves) (?:to|for))\b[^.;]*$/i;

function weekdays(text: string, published: string): Found[] {
  return [...text.matchAll(WEEKDAY)].map((m) => {
    const rel = m.groups?.rel?.toLowerCase();
    const target = WEEKDAYS.indexOf((m.groups?.day ?? "").toLowerCase());
    const base = toDate(published);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const forward =
      rel === "next" || rel === "coming" || (rel === undefined && FUTURE_BEFORE.test(before));
    // "Ruto travels to Osaka on Wednesday", published on a Wednesday: later that day; "next
    // Wednesday", a week on.
    const ahead = (target - base.getUTCDay() + 7) % 7;
    let delta = forward
      ? rel === undefined
        ? ahead
        : ahead || 7
      : -((base.getUTCDay() - target + 7) % 7);
    if (rel === "last" && delta === 0) delta = -7;
    return day(m, shift(published, delta), forward ? "future" : "past");
  });
}

function relativeUnits(text: string, published: string): Found[] {
  return [...text.matchAll(RELATIVE)].map((m) => {
    const which = m.groups?.which ?? "this";
    const unit = m.groups?.unit ?? "month";
    const step = /last|previous|past/.test(which)
      ? -1
      : /next|following|coming/.test(which)
        ? 1
        : 0;
    const mod = m.groups?.mod;
    const tense: Tense =
      step < 0 || mod === "earlier" ? "past" : step > 0 || mod === "later" ? "future" : "any";
    const [y, mo] = published.split("-").map(Number) as [number, number];
    if (unit === "year") return span(m, { date: String(y + step), precision: "year", tense });
    if (unit === "month") {
      const d = new Date(Date.UTC(y, mo - 1 + step, 1));
      return span(m, { date: d.toISOString().slice(0, 7), precision: "month", tense });
    }
    return span(m, { date: shift(published, step * 7).slice(0, 7), precision: "month", tense });
  });
}

// "next spring", "last autumn": a season of the northern year, told as the year it falls in.
const SEASON = /\b(?<which>this|last|next)\s+(?<season>spring|summer|autumn|fall)\b/gi;
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

function seasons(text: string, published: string): Found[] {
  const [year, month] = published.split("-").map(Number) as [number, number];
  return [...text.matchAll(SEASON)].map((m) => {
    const which = (m.groups?.which ?? "this").toLowerCase();
    const start = SEASON_START[(m.groups?.season ?? "").toLowerCase()] ?? 3;
    // The next such season is this year's if it has not begun, else next year's.
    const next = month < start ? year : year + 1;
    const last = month >= start + 3 ? year : year - 1;
    const date = String(which === "next" ? next : which === "last" ? last : year);
    const tense: Tense = which === "next" ? "future" : which === "last" ? "past" : "any";
    return span(m, { date, precision: "year", tense });
  });
}

function eventRelative(text: string): Found[] {
  return [...text.matchAll(EVENT_RELATIVE)].map((m) => {
    const count = { a: 1, one: 1, two: 2, three: 3 }[(m.groups?.n ?? "a").toLowerCase()] ?? 1;
    // "a day before the summit" counts from the event named after it; "met the evening
    // before, over dinner" from the one told.
    const forward =
      /\b(?:after|before)$/i.test(m[0]) && /^\s+\p{L}/u.test(text.slice(m.index + m[0].length));
    return {
      start: m.index,
      end: m.index + m[0].length,
      eventOffset: m.groups?.same ? 0 : m.groups?.fwd ? count : -count,
      tense: "any",
      reporting: false,
      ...(forward ? { forward } : {}),
    };
  });
}

function simpleDays(text: string, published: string): Found[] {
  return [...text.matchAll(SIMPLE_DAY)].map((m) => {
    const word = (m.groups?.word ?? "").toLowerCase();
    const delta = word === "yesterday" || word === "last night" ? -1 : word === "tomorrow" ? 1 : 0;
    // "this evening", "tonight": later on the day of publication, often still to come.
    const tense = delta > 0 ? "future" : /evening|tonight/.test(word) ? "any" : "past";
    return day(m, shift(published, delta), tense);
  });
}

// chrono is the costliest stage: run it only where a month name and a number both appear.
const MAY_HOLD_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}/;

const CLOCK_SPAN = /\b(?:minutes?|hours?|seconds?|mins?|hrs?)\b/i;

function calendarDates(text: string, published: string, thatYear?: number): Found[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const normalised = text.replace(/\b([A-Z][a-z]{2,8})\.(?=\s*\d)/g, "$1 ");
  return chrono.en.parse(normalised, toDate(published)).flatMap((r) => {
    const s = r.start;
    // "for approximately 60 minutes" is how long, not when.
    if (
      !s.isCertain("month") ||
      !s.isCertain("day") ||
      !/\d/.test(r.text) ||
      CLOCK_SPAN.test(r.text)
    )
      return [];
    const month = s.get("month") ?? 1;
    const dayOfMonth = s.get("day") ?? 1;
    const dateEnd = r.index + r.text.replace(/\s+$/, "").length;
    // "7 December that year": the words that name the year are the date's too.
    const named = s.isCertain("year")
      ? undefined
      : yearNamedAfter(text.slice(dateEnd), published, thatYear);
    const end = dateEnd + (named?.length ?? 0);
    const year = s.isCertain("year")
      ? (s.get("year") ?? 0)
      : (named?.year ??
        yearByTense(
          text.slice(Math.max(0, r.index - 160), r.index),
          published,
          month,
          dayOfMonth,
        ) ??
        nearestYear(published, month, dayOfMonth));
    return [
      {
        start: r.index,
        end,
        date: formatDay(year, month, dayOfMonth),
        precision: "day" as const,
        tense: "any" as const,
        reporting: false,
      },
    ];
  });
}

// "have met only once ..., in Bangkok in April" (published in October): a month told of
// in the past is the last one; "will meet in April", the next. A day likewise: "met in
// Cairo on 5 May" (published in March) was last year's.
// ("was" and "were" are not enough: "the meeting was postponed to April").
const PAST_BEFORE = /\b(?:met|held|visited|spoke|talked|hosted)\b[^.;]*$/i;

function yearByTense(
  before: string,
  published: string,
  month: number,
  dayOfMonth?: number,
): number | undefined {
  const [year, currentMonth, currentDay] = published.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  // A month is compared by month; a day by month and day.
  const told = dayOfMonth === undefined ? month * 100 : month * 100 + dayOfMonth;
  const now = dayOfMonth === undefined ? currentMonth * 100 : currentMonth * 100 + currentDay;
  if (FUTURE_BEFORE.test(before)) return told >= now ? year : year + 1;
  if (PAST_BEFORE.test(before)) return told <= now ? year : year - 1;
  return undefined;
}

// "that year", "the same year": the year the text told last.
const THAT = "that|the same|that same";
const THAT_YEAR_WORDS = String.raw`(?:${THAT})\s+year\b`;
const NAMED_YEAR_AFTER = new RegExp(
  String.raw`^,?\s+(?:of\s+)?(?:(?<which>last|this|next)|${THAT}) year\b`,
);
const THAT_YEAR = new RegExp(String.raw`\b(?:(?:earlier|later)\s+)?${THAT_YEAR_WORDS}`, "gi");
const THAT_YEAR_ANYWHERE = new RegExp(String.raw`\b${THAT_YEAR_WORDS}`, "i");

/**
 * Where `text` says "that year" or "the same year", or -1: a date there takes the year the
 * text told before (the `thatYear` of findDateExpressions).
 */
export function thatYearAt(text: string): number {
  return text.search(THAT_YEAR_ANYWHERE);
}

/**
 * "August 8 last year", "in September next year": the year named right after a date, and the
 * length of the words that name it; "7 December that year", "in March of the same year": the
 * year the text told last (`thatYear`), which may be unknown.
 */
function yearNamedAfter(
  after: string,
  published: string,
  thatYear?: number,
): { year: number | undefined; length: number } {
  const m = NAMED_YEAR_AFTER.exec(after);
  if (!m) return { year: undefined, length: 0 };
  const which = m.groups?.which;
  if (!which) return { year: thatYear, length: m[0].length };
  const step = which === "last" ? -1 : which === "next" ? 1 : 0;
  return { year: Number(published.slice(0, 4)) + step, length: m[0].length };
}

/** "later that year", "the same year": the year the text told last, when it told one. */
function thatYears(text: string, thatYear: number | undefined): Found[] {
  if (thatYear === undefined) return [];
  return [...text.matchAll(THAT_YEAR)].map((m) =>
    span(m, { date: String(thatYear), precision: "year", tense: "any" }),
  );
}

function monthsOnly(text: string, published: string, thatYear?: number): Found[] {
  return [...text.matchAll(MONTH_ONLY)].map((m) => {
    const month = MONTHS.indexOf((m.groups?.month ?? "").toLowerCase()) + 1;
    const monthEnd = m.index + m[0].length;
    const named = m.groups?.year
      ? undefined
      : yearNamedAfter(text.slice(monthEnd), published, thatYear);
    const year = m.groups?.year
      ? Number(m.groups.year)
      : (named?.year ??
        yearByTense(text.slice(Math.max(0, m.index - 160), m.index), published, month) ??
        nearestYear(published, month, 15));
    const start = m.index + m[0].indexOf(m.groups?.month ?? "");
    return {
      start,
      end: monthEnd + (named?.length ?? 0),
      date: `${year}-${String(month).padStart(2, "0")}`,
      precision: "month",
      tense: "any",
      reporting: false,
    };
  });
}

function yearsOnly(text: string): Found[] {
  return [...text.matchAll(YEAR_ONLY)].map((m) => {
    const start = m.index + m[0].indexOf(m.groups?.year ?? "");
    return {
      start,
      end: start + 4,
      date: m.groups?.year ?? "",
      precision: "year",
      tense: "any",
      reporting: false,
    };
  });
}

function nearestYear(published: string, month: number, dayOfMonth: number): number {
  const base = toDate(published).getTime();
  const year = Number(published.slice(0, 4));
  const distance = (y: number): number => Math.abs(Date.UTC(y, month - 1, dayOfMonth) - base);
  return [year - 1, year, year + 1].sort((a, b) => distance(a) - distance(b))[0] ?? year;
}

function day(m: RegExpMatchArray, date: string, tense: Tense): Found {
  return span(m, { date, precision: "day", tense });
}

function span(
  m: RegExpMatchArray,
  value: { date: string; precision: DatePrecision; tense: Tense },
): Found {
  const index = m.index ?? 0;
  const lead = m[0].length - m[0].trimStart().length;
  return { start: index + lead, end: index + m[0].length, ...value, reporting: false };
}

/** Adds days to a YYYY-MM-DD date. */
export function shift(date: string, days: number): string {
  const d = toDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function toDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T12:00:00Z`);
}
