import { type MeetingDraft } from "../events/meeting-draft.js";

/** What a statement offers for linking: the states it is for, and where it is told. */
export interface StatementPlace {
  /** ISO alpha-3 codes of the states on whose behalf it was said. */
  states: readonly string[];
  /** Entity ids of the people who said it. */
  speakers: readonly string[];
  /** Sentence indexes that tell of it. */
  sentences: readonly number[];
}

/**
 * The meeting a position or quotation was stated at: among the held events whose
 * sides include its states (or its speaker), the one told in the same sentence,
 * else the last one told before it, else the first one told. Planned and proposed
 * events are talked about, not talked at; an article's statements with no such
 * event stay unlinked.
 */
export function linkMeeting(
  meetings: readonly MeetingDraft[],
  statement: StatementPlace,
): string | undefined {
  const candidates = meetings.filter(
    (m) =>
      m.status === "held" &&
      m.kind !== "visit" &&
      (statement.speakers.some((s) => m.participants.includes(s)) ||
        (statement.states.length > 0 && statement.states.every((c) => m.countries.includes(c)))),
  );
  const first = Math.min(...statement.sentences);
  const same = candidates.find((m) => m.evidence.some((e) => statement.sentences.includes(e)));
  if (same) return same.id;
  const before = candidates
    .filter((m) => m.evidence.some((e) => e <= first))
    .sort(
      (a, b) =>
        Math.max(...b.evidence.filter((e) => e <= first)) -
        Math.max(...a.evidence.filter((e) => e <= first)),
    )[0];
  return (before ?? candidates[0])?.id;
}
