import { type Analysis } from "../analyze.js";
import { entityOf, pairAfter, unique } from "../analysis-view.js";
import { JOINT_STATEMENT, NO_JOINT_STATEMENT } from "../data/meeting-cues.js";
import { type MeetingDraft } from "./meeting-draft.js";
import { officialsIn } from "./talk-sides.js";

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
  if (target.jointStatement) addIssuers(args.analysis, s, target);
}

const ISSUED_BEFORE = /\b(?:adopted|issued|signed|released)\s+(?:a|an|the|their)\s+$/i;

// "President Yoon, Premier Li and Prime Minister Kishida adopted a joint declaration": those
// who issue it took part in the event it closes.
function addIssuers(
  analysis: Analysis,
  s: { start: number; end: number; text: string },
  target: MeetingDraft,
): void {
  const phrase = JOINT_STATEMENT.exec(s.text);
  if (!phrase || !ISSUED_BEFORE.test(s.text.slice(0, phrase.index))) return;
  const issuers = officialsIn(analysis, { start: s.start, end: s.start + phrase.index }).filter(
    (p) => target.countries.includes(entityOf(analysis, p)?.country ?? ""),
  );
  target.participants = unique([...target.participants, ...issuers]);
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
  const theirs = [...(args.drafts ?? [])]
    .reverse()
    .filter((d) => d.countries.length === 2 && issuers.every((c) => d.countries.includes(c)));
  // "The two leaders met in Bogota, where Lula arrived for a state visit. In a joint
  // communique, ...": the sides issue it from their talks, not from the trip.
  return theirs.find((d) => d.kind !== "visit") ?? theirs[0];
}
