import { type Analysis } from "../analyze.js";
import { inQuote, type Range } from "../analysis-view.js";
import {
  type DateExpression,
  findDateExpressions,
  shift,
  thatYearAt,
} from "../dates/date-expressions.js";
import { type MeetingStatus } from "../../domain/vocabulary.js";
import { type MeetingDraft, sameStates, withinVisit } from "./meeting-draft.js";

const ENDS_CONJUNCT = /^\s*,?\s*and\s+$/i;

// ", the informal grouping that ... in 2017": an appositive dates something else.
const APPOSITIVE = /,\s+(?:the|a|an)\s/i;
const CLAUSE_BETWEEN_ALL = /\b(?:since|after|before|until|because|when|ago)\b/gi;
// "met ... on the sidelines of the two-day summit, which ended yesterday": a relative
// clause after another event's noun dates that event, not this one.
const RELATIVE_CLAUSE = /,\s+(?:which|where|who|whose)\b/i;
const OTHER_EVENT_NOUN =
  /\b(?:summit|conference|meeting|talks|visit|session|forum|gathering|assembly|ceremony|election|war)s?\b/i;

// "agreed to double bilateral trade to $10 billion by 2030": a deadline, not an event's date.
const DEADLINE_BEFORE = /\bby\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+)?$/i;

// "his first overseas trip since taking office in September": when a period began.
const SINCE_BEFORE = /\bsince\s+(?:[\w'’-]+\s+){0,3}$/i;

// "will now take place \"in January at the earliest\"": quoted words that only say when.
const QUOTED_WHEN = /\b(?:take place|be held|happen)\s+["“](?:in|on|at|by)?\s*$/i;

// "which Kallas had hoped to host at the end of November": the date of a plan given up.
const GIVEN_UP_BEFORE =
  /\b(?:had (?:hoped|planned|intended|expected)|(?:was|were) (?:originally )?(?:scheduled|planned|due|to be held|to take place))\b[^,;.]{0,60}$/i;

const cache = new WeakMap<Analysis, Map<number, DateExpression[]>>();

/** The dates of a sentence that may date an event: not reporting dates, deadlines or quoted. */
export function eventDates(analysis: Analysis, sentence: number): DateExpression[] {
  const memo = cache.get(analysis) ?? new Map<number, DateExpression[]>();
  cache.set(analysis, memo);
  const known = memo.get(sentence);
  if (known) return known;
  const s = analysis.sentences[sentence];
  const found = s
    ? findDateExpressions(s.text, s.start, analysis.publishedAt, thatYear(analysis, s)).filter(
        (d) => {
          const lead = analysis.text.slice(Math.max(0, d.start - 40), d.start);
          return (
            !d.reporting &&
            (!inQuote(analysis, d.start) || QUOTED_WHEN.test(lead)) &&
            !DEADLINE_BEFORE.test(lead) &&
            !SINCE_BEFORE.test(lead) &&
            // "this year's Leaders' Retreat": an edition's name, not its date.
            !/^['’]s\b/.test(analysis.text.slice(d.end, d.end + 3))
          );
        },
      )
    : [];
  memo.set(sentence, found);
  return found;
}

const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b(?![-–\/]?\d)/g;

/** "On 7 December that year": the year the text wrote last before the words, if they are there. */
function thatYear(analysis: Analysis, sentence: Range): number | undefined {
  const phraseAt = thatYearAt(analysis.text.slice(sentence.start, sentence.end));
  if (phraseAt < 0) return undefined;
  const before = analysis.text.slice(0, sentence.start + phraseAt);
  const years = [...before.matchAll(WRITTEN_YEAR)];
  const last = years.at(-1);
  return last ? Number(last[0]) : undefined;
}

/**
 * The date of an event told at `cue`: the nearest date of its clause, else of its
 * sentence, that fits its status (past for held, not past for planned), with no
 * "since"/"after" between them. Dates relative to an event count from `anchor`.
 */
export function chooseDate(args: {
  analysis: Analysis;
  dates: readonly DateExpression[];
  cue: Range;
  clause: Range;
  status: MeetingStatus;
  anchor?: MeetingDraft;
}): Pick<MeetingDraft, "date" | "precision"> {
  const { analysis, cue, clause, status } = args;
  const resolved = args.dates.flatMap((d) => resolveRelative(d, args.anchor, analysis.publishedAt));
  const fitting = resolved.filter(
    (d) => fitsStatus(d, status, analysis.publishedAt) && !separated(analysis.text, d, cue),
  );
  const distance = (d: DateExpression): number =>
    Math.min(Math.abs(d.start - cue.end), Math.abs(cue.start - d.end));
  // "held a summit in Gyeongju last autumn and visited Beijing in January": a date that ends
  // the verb phrase before "and" is that phrase's when the event's own follows it.
  const ownAfter = fitting.some((d) => d.start >= cue.end && d.end <= clause.end);
  const inClause = fitting.filter(
    (d) =>
      d.start >= clause.start &&
      d.end <= clause.end &&
      !(
        ownAfter &&
        d.end <= cue.start &&
        ENDS_CONJUNCT.test(analysis.text.slice(d.end, cue.start))
      ),
  );
  const candidates = inClause.length > 0 ? inClause : fitting;
  // "The signing came a day after Aliyev, in an interview aired on Tuesday, ...": a date
  // of the calendar is surer than one counted from whichever event was told last.
  const absolute = candidates.filter((d) => d.eventOffset === undefined);
  const best = [...(absolute.length > 0 ? absolute : candidates)].sort(
    (a, b) => distance(a) - distance(b),
  )[0];
  return best?.date && best.precision ? { date: best.date, precision: best.precision } : {};
}

function resolveRelative(
  d: DateExpression,
  anchor: MeetingDraft | undefined,
  published: string,
): DateExpression[] {
  if (d.eventOffset === undefined) return [d];
  const base = anchor?.precision === "day" && anchor.date ? anchor.date : published;
  return [{ ...d, date: shift(base, d.eventOffset), precision: "day" }];
}

function fitsStatus(d: DateExpression, status: MeetingStatus, published: string): boolean {
  if (!d.date) return false;
  const startsAfter = d.date.localeCompare(published.slice(0, d.date.length)) > 0;
  const endsBefore = d.date.localeCompare(published.slice(0, d.date.length)) < 0;
  if (status === "held") return d.tense !== "future" && !startsAfter;
  return d.tense !== "past" && !endsBefore;
}

// "Wong arrived in New Delhi on Tuesday for a three-day visit and held talks": the day of
// the arrival, not of the talks.
const ARRIVAL_BEFORE = /\b(?:arrived|landed)\b[^,;.]{0,40}$/i;

const WHEN_OF_DATE = /^,?\s+when\b/i;

function separated(text: string, d: DateExpression, cue: Range): boolean {
  const between = d.start >= cue.end ? text.slice(cue.end, d.start) : text.slice(d.end, cue.start);
  // A visit begins with its arrival, so the arrival's day is the visit's.
  const arrivalWord = /\b(?:arrived|landed|visit\w*|trip)\b/i.test(text.slice(cue.start, cue.end));
  if (
    d.end <= cue.start &&
    !arrivalWord &&
    ARRIVAL_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))
  )
    return true;
  if (d.forward && d.start > cue.start) return true;
  if (d.start >= cue.end && GIVEN_UP_BEFORE.test(between)) return true;
  // "held in Islamabad in December 2015, when Swaraj visited Pakistan": a "when" clause
  // right after a date tells what happened then.
  if (d.end <= cue.start && WHEN_OF_DATE.test(between)) return false;
  const relative = d.start >= cue.end ? RELATIVE_CLAUSE.exec(between) : null;
  if (relative && OTHER_EVENT_NOUN.test(between.slice(0, relative.index))) return true;
  // "The two leaders met in Bogota, where Lula arrived on Wednesday for a state visit": a
  // relative clause's arrival is dated by its own day, not the meeting.
  if (relative && !arrivalWord && ARRIVAL_BEFORE.test(between.slice(relative.index))) return true;
  // An appositive after the event's word dates something else; "On Friday, the Somali
  // leader held a video call" opens with the event's own date.
  const appositive = d.start >= cue.end && APPOSITIVE.test(between);
  return (clauseBetween(between) || appositive) && d.eventOffset === undefined;
}

// "met only once since the political changeover in Dhaka, on the sidelines of the summit in
// April": a "since" phrase closed by a comma leaves the date after it to the event.
function clauseBetween(between: string): boolean {
  const last = [...between.matchAll(CLAUSE_BETWEEN_ALL)].at(-1);
  return last !== undefined && !between.slice(last.index).includes(",");
}

/** The day the article's lead event happened: the first past day date of its opening sentences. */
export function leadDate(analysis: Analysis): Pick<MeetingDraft, "date" | "precision"> {
  // A numbered point's "1." is no sentence of the lead.
  const opening = analysis.sentences.filter((s) => s.text.split(/\s+/).length >= 4).slice(0, 2);
  for (const s of opening) {
    const d = eventDates(analysis, s.index).find(
      (e) =>
        e.precision === "day" && e.date && e.tense !== "future" && e.date <= analysis.publishedAt,
    );
    if (d?.date) return { date: d.date, precision: "day" };
  }
  return {};
}

const FROM_PLACE = /^From\s+(?:the\s+)?$/;

/**
 * The date of the held trip the narrative is on, for an undated held event that happens on
 * it: talks of the trip's states ("When Anand landed in New Delhi in October, ... She met
 * Jaishankar"), or a trip onward from its destination ("From New Delhi she flew to Beijing").
 * The narrative is on the trip while the event told last is the trip or one of its days;
 * a trip the article's lead day falls in leaves its talks to the lead ("arrived on Monday for
 * a three-day visit", talks on Tuesday).
 */
export function dateOfTrip(args: {
  analysis: Analysis;
  sentence: number;
  drafts: readonly MeetingDraft[];
  current: MeetingDraft | undefined;
  countries: readonly string[];
  lead: Pick<MeetingDraft, "date" | "precision">;
}): Pick<MeetingDraft, "date" | "precision"> | undefined {
  const { analysis, current, countries, lead } = args;
  const trip = [...args.drafts].reverse().find((d) => d.kind === "visit" && d.status === "held");
  if (!trip?.date || !trip.precision || !current || current.date !== trip.date) return undefined;
  if (lead.date && withinVisit(lead, trip)) return undefined;
  const s = analysis.sentences[args.sentence];
  const from = (analysis.places[args.sentence] ?? []).find((p) =>
    FROM_PLACE.test(analysis.text.slice(s?.start ?? p.start, p.start)),
  );
  const visitor = trip.countries[0];
  const onward =
    from !== undefined &&
    from.codes.length === 1 &&
    from.codes[0] !== visitor &&
    trip.countries.includes(from.codes[0] ?? "") &&
    countries[0] === visitor;
  return sameStates(countries, trip.countries) || onward
    ? { date: trip.date, precision: trip.precision }
    : undefined;
}
