import { type MeetingStatus } from "../../domain/vocabulary.js";
import {
  PAST_PURPOSE,
  PLANNED_CUES,
  PLANNED_OVERRIDES,
  PROPOSED_AFTER,
  PROPOSED_CUES,
} from "../data/meeting-cues.js";
import { type CueContext } from "./cue-context.js";

// "agreed to a ceasefire on Sunday after talks in Doha": the talks came first, whatever
// was agreed to after them.
const AFTER_EVENT_BEFORE =
  /\b(?:after|following)\s+(?:(?:the|their|two|three|days|hours|weeks|of|[\w-]+)\s+){0,3}$/i;

const FOR_PURPOSE_BEFORE = /\bfor\s+(?:an?\s+)?$/i;

/** Whether the event a cue tells was held, is planned or is only proposed, from its clause. */
export function statusOf(context: CueContext): MeetingStatus {
  const { analysis, cue } = context;
  const window = analysis.text.slice(Math.max(cue.clause.start, cue.start - 80), cue.end);
  // "has offered to bring A and B together with C for a summit": a proposal may stand further back.
  const wide = analysis.text.slice(Math.max(cue.clause.start, cue.start - 160), cue.end);
  if (PROPOSED_CUES.test(wide) && !PLANNED_OVERRIDES.test(wide) && !/\b(?:met|held)\b/.test(wide))
    return "proposed";
  if (PROPOSED_AFTER.test(analysis.text.slice(cue.end, cue.clause.end))) return "proposed";
  const lead = analysis.text.slice(Math.max(cue.clause.start, cue.start - 40), cue.start);
  const afterPastEvent = AFTER_EVENT_BEFORE.test(lead) && !/\b(?:will|would|shall)\b/i.test(window);
  if (PAST_PURPOSE.test(window) || afterPastEvent) return "held";
  // "had discussed preparations for the meeting in a phone call last week": a plan told
  // before the event word is the plan's; the event's own past date settles it.
  if (PLANNED_CUES.test(window) && !ownPastDate(context)) return "planned";
  // "said in an interview with CBC on Tuesday that Canada expected to sign ... in June": the
  // interview was given when it was said; the dates after it are of what it told.
  if (cue.kind === "interview") return "held";
  // "heads to Paris on Wednesday for talks with Macron": talks that are a trip's purpose are
  // when the trip is, whichever side of them its date stands.
  const purpose = FOR_PURPOSE_BEFORE.test(lead);
  const near = context.dates.filter(
    (d) => d.start >= cue.clause.start && d.end <= cue.clause.end && (purpose || d.start > cue.end),
  );
  const future = near.some(
    (d) => d.tense === "future" || (d.date !== undefined && fromPublication(d.date, analysis) > 0),
  );
  // "Li, who arrived in Adelaide on Saturday, will travel to Perth on Tuesday": a verb in the
  // past settles it, whatever dates follow in the clause.
  return future && !/\b(?:met|held|visited|spoke|arrived|landed|signed)\b/.test(window)
    ? "planned"
    : "held";
}

/** A date right after the cue in its clause ("a phone call last week") that is past. */
function ownPastDate(context: CueContext): boolean {
  const { analysis, cue } = context;
  const own = context.dates.find(
    (d) => d.start >= cue.end && d.start - cue.end <= 12 && d.end <= cue.clause.end,
  );
  if (!own?.date || own.tense === "future") return false;
  return own.tense === "past" || fromPublication(own.date, analysis) < 0;
}

/** A date against the publication's, at the date's precision: <0 before, 0 within, >0 after. */
function fromPublication(date: string, analysis: CueContext["analysis"]): number {
  return date.localeCompare(analysis.publishedAt.slice(0, date.length));
}
