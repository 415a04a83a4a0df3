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
