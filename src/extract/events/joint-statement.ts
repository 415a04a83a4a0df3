import { type Analysis } from "../analyze.js";
import { entityOf, isHead, pairAfter, unique } from "../analysis-view.js";
import { JOINT_STATEMENT, NO_JOINT_STATEMENT } from "../data/meeting-cues.js";
import { NUMBER_WORDS } from "../data/number-words.js";
import { type MeetingDraft, sameStates } from "./meeting-draft.js";
import { officialsIn } from "./talk-sides.js";

/**
 * Records a joint statement said to be issued (or said not to be) on the event the
 * sentence tells of, else on the event the narrative is about. Says "untold" when the
 * article's first sentence says a statement was issued before it tells of any event.
 */
export function applyJointStatement(args: {
  analysis: Analysis;
  sentence: number;
  touched: readonly MeetingDraft[];
  current?: MeetingDraft;
  drafts?: readonly MeetingDraft[];
}): "untold" | undefined {
  const s = args.analysis.sentences[args.sentence];
  const phrase = s ? JOINT_STATEMENT.exec(s.text) : null;
  if (!s || !phrase) return undefined;
  // "A joint statement would have forced one side to give ground": one never issued.
  if (HYPOTHETICAL_AFTER.test(s.text.slice(phrase.index + phrase[0].length))) return undefined;
  const told =
    args.touched[0] ??
    heldEventOf(args, s.text.slice(0, phrase.index)) ??
    issuersEvent(args, phrase) ??
    args.current;
  if (!told) return args.sentence === 0 && LEAD_ISSUED.test(s.text) ? "untold" : undefined;
  const target = MINISTERS_ISSUE.test(s.text) ? told : (leadersTalksOf(args, told) ?? told);
  target.jointStatement = !NO_JOINT_STATEMENT.test(s.text);
  if (target.jointStatement) addIssuers(args.analysis, s, phrase, target);
}

const HYPOTHETICAL_AFTER = /^\s+(?:would|could|might)\b/i;

// "..., in a joint communique that the United States declined to sign in full": a statement
// the lead says was issued (not "drafts of a joint statement").
const LEAD_ISSUED =
  /\b(?:in|issued|adopted|released|signed|published)\s+(?:a|an|the|their)\s+joint\b/i;

const MINISTERS_ISSUE = /\bministers?\b/i;

// "The leaders did not issue a joint declaration", "The two presidents have issued a joint
// statement": an act told in the past, before the statement's words.
const ISSUED_IN_PAST =
  /\b(?:(?:did not|didn['’]t|failed to)\s+(?:issue|adopt|release|publish|sign|produce|agree on)|issued|adopted|released|published|signed)\s+(?:an?\s+|any\s+|the\s+|their\s+)?$/i;

// "... and agreed to meet in Athens next year. ... The leaders did not issue a joint
// declaration": a statement issued (or not) in the past is of the latest event held, when
// the narrative has since told of one planned. `before` is the sentence up to the statement.
function heldEventOf(
  args: { current?: MeetingDraft; drafts?: readonly MeetingDraft[] },
  before: string,
): MeetingDraft | undefined {
  if (!args.current || args.current.status === "held") return undefined;
  if (!ISSUED_IN_PAST.test(before)) return undefined;
  const held = [...(args.drafts ?? [])].reverse().filter((d) => d.status === "held");
  // "The three presidents have issued a joint statement": the latest event of three states.
  const count = ISSUERS_COUNTED.exec(before);
  const states = count ? NUMBER_WORDS[count[1]?.toLowerCase() ?? ""] : undefined;
  return held.find((d) => d.countries.length === states) ?? held[0];
}

const ISSUERS_COUNTED =
  /\b(?:the|their)\s+(\w+)\s+(?:leaders|presidents|heads|sides|countries|governments)\b/i;

// "Earlier in the day, the foreign ministers met ... In a joint statement issued at the
// conclusion of the talks, the two sides affirmed ...": on a day the leaders of the same states
// held talks, a joint statement not said to be the ministers' is the leaders'.
function leadersTalksOf(
  args: { analysis: Analysis; drafts?: readonly MeetingDraft[] },
  told: MeetingDraft,
): MeetingDraft | undefined {
  const headed = (d: MeetingDraft): boolean =>
    d.participants.some((p) => isHead(entityOf(args.analysis, p)));
  if (told.kind === "visit" || told.participants.length === 0 || headed(told)) return undefined;
  return [...(args.drafts ?? [])]
    .reverse()
    .find(
      (d) =>
        d !== told &&
        d.kind !== "visit" &&
        d.status === told.status &&
        d.date === told.date &&
        sameStates(d.countries, told.countries) &&
        headed(d),
    );
}

const ISSUED_BEFORE = /\b(?:adopted|issued|signed|released)\s+(?:a|an|the|their)\s+$/i;

// "President Yoon, Premier Li and Prime Minister Kishida adopted a joint declaration": those
// who issue it took part in the event it closes.
function addIssuers(
  analysis: Analysis,
  s: { start: number; end: number; text: string },
  phrase: RegExpExecArray,
  target: MeetingDraft,
): void {
  if (!ISSUED_BEFORE.test(s.text.slice(0, phrase.index))) return;
  const issuers = officialsIn(analysis, { start: s.start, end: s.start + phrase.index }).filter(
    (p) => target.countries.includes(entityOf(analysis, p)?.country ?? ""),
  );
  target.participants = unique([...target.participants, ...issuers]);
}

// "In a joint statement, Brazil and Colombia rejected ...", told after the two presidents
// joined a larger meeting: the statement is of the latest event of exactly those states.
function issuersEvent(
  args: { analysis: Analysis; sentence: number; drafts?: readonly MeetingDraft[] },
  phrase: RegExpExecArray,
): MeetingDraft | undefined {
  const { analysis } = args;
  const s = analysis.sentences[args.sentence];
  if (!s) return undefined;
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
