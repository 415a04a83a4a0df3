import { type Analysis } from "../analyze.js";
import { type EventState } from "./cue-context.js";
import { datesOverlap, type MeetingDraft } from "./meeting-draft.js";
import { findCues } from "./meeting-cues.js";
import { countriesOf } from "./resolve-group.js";
import { hostsIn, officialsIn, talksKind } from "./talk-sides.js";

// "Italian Prime Minister Giorgia Meloni and British Prime Minister Keir Starmer agreed on
// Monday to ...": the verb of a joint act after its subject.
const JOINT_ACT =
  /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:agreed|pledged|vowed|signed|reaffirmed|discussed|committed)\b/i;

/**
 * A lead that tells two officials of different states acting together ("A and B agreed on
 * Monday to ...") and has no event word but a trip's implies that they met: a held summit (or
 * ministers' meeting) on the lead's day, unless an event of the article already covers
 * those states then (a call told further down).
 */
export function impliedMeeting(analysis: Analysis, state: EventState): MeetingDraft | undefined {
  if (!state.lead.date) return undefined;
  const opening = analysis.sentences.filter((s) => s.text.split(/\s+/).length >= 4).slice(0, 2);
  for (const s of opening) {
    if ((state.bySentence.get(s.index) ?? []).some((d) => d.kind !== "visit")) continue;
    const act = JOINT_ACT.exec(s.text);
    if (!act || !/\band\b/.test(s.text.slice(0, act.index))) continue;
    // "A and B agreed on Saturday to ..., as A made his first trip to Japan": a trip told
    // after the act is no meeting; "A traveled to Pyongyang, where he and B signed" is the
    // trip's own act.
    if (findCues(analysis, s.index).some((c) => c.start < s.start + act.index)) continue;
    const actors = officialsIn(analysis, { start: s.start, end: s.start + act.index });
    const people = [...actors, ...hostsIn(analysis, s).filter((h) => !actors.includes(h))];
    const countries = countriesOf(analysis, people);
    if (actors.length < 2 || countries.length < 2) continue;
    const draft: MeetingDraft = {
      id: `meeting-${state.drafts.length + 1}`,
      kind: talksKind(analysis, people),
      status: "held",
      ...state.lead,
      countries,
      participants: people,
      // Not yet one of the drafts: it is added only if nothing covers it.
      evidence: [s.index],
    };
    const covered = state.drafts.some(
      (d) =>
        d.status === "held" &&
        d.kind !== "visit" &&
        countries.every((c) => d.countries.includes(c)) &&
        datesOverlap(d, draft) &&
        // "Modi also met King Charles": another official's meeting covers nothing here.
        (d.participants.length === 0 || actors.every((p) => d.participants.includes(p))),
    );
    return covered ? undefined : draft;
  }
  return undefined;
}
