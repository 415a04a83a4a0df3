import {
  type DatePrecision,
  type MeetingKind,
  type MeetingStatus,
} from "../../domain/vocabulary.js";

/** A meeting as the events stage builds it, with entity ids and sentence indexes. */
export interface MeetingDraft {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date?: string;
  precision?: DatePrecision;
  countries: string[];
  participants: string[];
  jointStatement?: boolean;
  /** Told as apart from the event around it ("Mohamad and Motegi held separate talks"). */
  apart?: boolean;
  /** Indexes of the sentences that tell of it. */
  evidence: number[];
}

/** Whether two dates (with precision) can name the same time. */
export function datesOverlap(
  a: Pick<MeetingDraft, "date">,
  b: Pick<MeetingDraft, "date">,
): boolean {
  if (!a.date || !b.date) return true;
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

/** Whether two events are of the same states, in any order. */
export function sameStates(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** Days after a visit's first day that its talks may still fall on: state visits are short. */
const VISIT_DAYS = 3;

/** Whether an event may fall during a visit: a day within its first days; else overlapping. */
export function withinVisit(
  event: Pick<MeetingDraft, "date" | "precision">,
  visit: Pick<MeetingDraft, "date" | "precision">,
): boolean {
  if (event.precision !== "day" || visit.precision !== "day" || !event.date || !visit.date) {
    return datesOverlap(event, visit);
  }
  const days = (Date.parse(event.date) - Date.parse(visit.date)) / 86_400_000;
  return days >= 0 && days <= VISIT_DAYS;
}

/**
 * A new draft, numbered after those already in `drafts` and added to them: every event
 * the stage creates goes through here, so that ids stay unique and in order.
 */
export function newDraft(
  drafts: MeetingDraft[],
  fields: Omit<MeetingDraft, "id" | "evidence">,
): MeetingDraft {
  const draft: MeetingDraft = { id: `meeting-${drafts.length + 1}`, ...fields, evidence: [] };
  drafts.push(draft);
  return draft;
}
