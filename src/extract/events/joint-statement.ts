import { type Analysis } from "../analyze.js";
import { pairAfter } from "../analysis-view.js";
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
  drafts?: readonly MeetingDraft[];
}): void {
  const s = args.analysis.sentences[args.sentence];
  if (!s || !JOINT_STATEMENT.test(s.text)) return;
  const target = args.touched[0] ?? issuersEvent(args) ?? args.current;
  if (!target) return;
  target.jointStatement = !NO_JOINT_STATEMENT.test(s.text);
}

// "In a joint statement, Brazil and Colombia rejected ...", told after the two presidents
// joined a larger meeting: the statement is of the latest event of exactly those states.
function issuersEvent(args: {
  analysis: Analysis;
  sentence: number;
  drafts?: readonly MeetingDraft[];
}): MeetingDraft | undefined {
  const { analysis } = args;
  const s = analysis.sentences[args.sentence];
  const phrase = s ? JOINT_STATEMENT.exec(s.text) : null;
  if (!s || !phrase) return undefined;
  const states = (analysis.places[args.sentence] ?? []).filter((p) => p.codes.length === 1);
  const after = s.start + phrase.index + phrase[0].length;
  const issuers = pairAfter(analysis, states, after, /^,?\s+(?:the\s+)?$/);
  if (issuers.length === 0) return undefined;
  return [...(args.drafts ?? [])]
    .reverse()
    .find((d) => d.countries.length === 2 && issuers.every((c) => d.countries.includes(c)));
}
