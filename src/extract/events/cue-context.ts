import { type Analysis } from "../analyze.js";
import { type DateExpression } from "../dates/date-expressions.js";
import { type MeetingDraft } from "./meeting-draft.js";
import { type CueMatch } from "./meeting-cues.js";
import { type Group } from "./resolve-group.js";

/** What the events stage carries from sentence to sentence. */
export interface EventState {
  drafts: MeetingDraft[];
  current?: MeetingDraft;
  lead: Pick<MeetingDraft, "date" | "precision">;
  /** Drafts created or referred to, by sentence index. */
  bySentence: Map<number, MeetingDraft[]>;
}

export interface CueContext {
  analysis: Analysis;
  state: EventState;
  sentence: number;
  cue: CueMatch;
  dates: readonly DateExpression[];
  groups: readonly Group[];
}
