import { type MeetingDraft, sameStates } from "./meeting-draft.js";

/**
 * Dates a planned or proposed undated event from the planned visit of the same
 * states: "X travels to Y next month ... when they meet" tells of talks during
 * that visit. Returns new drafts; the input is left unchanged.
 */
export function dateFromVisit(meetings: readonly MeetingDraft[]): MeetingDraft[] {
  return meetings.map((m) => {
    if (m.date || m.kind === "visit" || m.status === "held") return m;
    const visit = meetings.find(
      (v) =>
        v.kind === "visit" &&
        v.status === m.status &&
        v.date !== undefined &&
        sameStates(v.countries, m.countries),
    );
    if (!visit?.date) return m;
    return { ...m, date: visit.date, ...(visit.precision ? { precision: visit.precision } : {}) };
  });
}
