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

/**
 * Dates a planned or proposed undated visit from the dated event it is made for, told in the
 * same sentence: "To hold the next trilateral summit in Athens in 2027 ... Sisi accepted an
 * invitation to travel to Athens for the summit". The event's states include the visit's.
 * Returns new drafts; the input is left unchanged.
 */
export function dateVisitFromEvent(meetings: readonly MeetingDraft[]): MeetingDraft[] {
  return meetings.map((v) => {
    if (v.date || v.kind !== "visit" || v.status === "held") return v;
    const event = meetings.find(
      (m) =>
        m.kind !== "visit" &&
        m.status === v.status &&
        m.date !== undefined &&
        v.countries.every((c) => m.countries.includes(c)) &&
        m.evidence.some((sentence) => v.evidence.includes(sentence)),
    );
    if (!event?.date) return v;
    return { ...v, date: event.date, ...(event.precision ? { precision: event.precision } : {}) };
  });
}
