import { type MeetingDraft, sameStates, withinVisit } from "./meeting-draft.js";

/**
 * A joint statement issued "after the talks" of a visit is the visit's too, and one issued
 * "at the conclusion of the visit" is its talks': a held visit and the held talks of the same
 * states during it, with the visit's people, share what was said of a joint statement, where
 * only one of them says.
 * Returns new drafts; the input is left unchanged.
 */
export function shareVisitStatement(meetings: readonly MeetingDraft[]): MeetingDraft[] {
  const out = meetings.map((m) => ({ ...m }));
  for (const visit of out.filter((m) => m.kind === "visit" && m.status === "held")) {
    for (const talks of out.filter((m) => isTalksDuring(m, visit))) {
      if (visit.jointStatement === undefined && talks.jointStatement !== undefined) {
        visit.jointStatement = talks.jointStatement;
      } else if (talks.jointStatement === undefined && visit.jointStatement !== undefined) {
        talks.jointStatement = visit.jointStatement;
      }
    }
  }
  return out;
}

function isTalksDuring(talks: MeetingDraft, visit: MeetingDraft): boolean {
  return (
    (talks.kind === "summit" || talks.kind === "meeting") &&
    talks.status === "held" &&
    sameStates(talks.countries, visit.countries) &&
    withinVisit(talks, visit) &&
    sharesVisitor(talks, visit)
  );
}

// Ministers' side talks during a leader's visit issue no statement of the visit: the talks
// share it only if the visit's people (when it names any) take part in them.
function sharesVisitor(talks: MeetingDraft, visit: MeetingDraft): boolean {
  return (
    visit.participants.length === 0 ||
    talks.participants.some((p) => visit.participants.includes(p))
  );
}
