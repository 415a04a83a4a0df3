import { type Analysis } from "../analyze.js";
import { JOINT_STATEMENT, NO_JOINT_STATEMENT } from "../data/meeting-cues.js";
import { type MeetingDraft } from "./meeting-draft.js";

/**
 * Records a joint statement said to be issued (or said not to be) on the event the
 * sentence tells of, else on the event the narrative is about.
 */
export function applyJointStatement(args: {
  analysis: Analysis;
  sentence: number;
  touched: readonly MeetingDraft[];
  current?: MeetingDraft;
}): void {
  const s = args.analysis.sentences[args.sentence];
  if (!s || !JOINT_STATEMENT.test(s.text)) return;
  const target = args.touched[0] ?? args.current;
  if (!target) return;
  target.jointStatement = !NO_JOINT_STATEMENT.test(s.text);
}
