import { type Analysis } from "../analyze.js";
import {
  entityOf,
  isHead,
  isOfficial,
  type Range,
  recentPersons,
  unique,
} from "../analysis-view.js";
import {
  CALLED_OFF_AFTER,
  DEFINITE_BEFORE,
  PAST_PURPOSE,
  PLANNED_CUES,
  PLANNED_OVERRIDES,
  PROPOSED_AFTER,
  PROPOSED_CUES,
} from "../data/meeting-cues.js";
import { isState } from "../../domain/countries.js";
import { type MeetingKind, type MeetingStatus } from "../../domain/vocabulary.js";
import { isBodySummit } from "./body-summit.js";
import { applyJointStatement } from "./joint-statement.js";
import { dateFromVisit } from "./date-from-visit.js";
import { chooseDate, eventDates, leadDate } from "./meeting-date.js";
import { type CueContext, type EventState } from "./cue-context.js";
import { datesOverlap, type MeetingDraft, newDraft } from "./meeting-draft.js";
import { hostsIn, officialsIn, statesBetween, talkSides, talksKind } from "./talk-sides.js";
import { type CueMatch, findCues } from "./meeting-cues.js";
import { impliedMeeting } from "./implied-meeting.js";
import { mergeMeetings } from "./merge-meetings.js";
import { countriesOf, findGroups } from "./resolve-group.js";
import { visitSides } from "./visit-sides.js";

const MINISTERS_BEFORE =
  /\b(?:their|the|two|three|four)\s+(?:[\w-]+\s+)?ministers\s+(?:\w+\s+){0,3}$/i;

/**
 * Finds the diplomatic events an article tells of: each event word is either a
 * reference back to an event already told ("the talks") or a new event whose kind,
 * status, date, participants and states come from its clause.
 */
export function findMeetings(analysis: Analysis): { meetings: MeetingDraft[]; state: EventState } {
  const state: EventState = { drafts: [], lead: leadDate(analysis), bySentence: new Map() };
  for (const sentence of analysis.sentences) {
    const dates = eventDates(analysis, sentence.index);
    const touched: MeetingDraft[] = [];
    for (const cue of findCues(analysis, sentence.index)) {
      const groups = findGroups({
        analysis,
        sentence: sentence.index,
        ...(state.current ? { current: state.current } : {}),
        recentPersons: recentPersons(analysis, cue.start),
        drafts: state.drafts,
      });
      const context: CueContext = { analysis, state, sentence: sentence.index, cue, dates, groups };
      const drafts = referBack(context) ?? createDrafts(context);
      for (const draft of drafts) {
        if (!draft.evidence.includes(sentence.index)) draft.evidence.push(sentence.index);
        touched.push(draft);
        state.current = draft;
      }
    }
    if (touched.length === 0) touched.push(...acceptedInvitation(analysis, sentence.index, state));
    if (touched.length === 0) touched.push(...delegationLeaders(analysis, sentence.index, state));
    state.bySentence.set(sentence.index, touched);
    applyJointStatement({
      analysis,
      sentence: sentence.index,
      touched,
      ...(state.current ? { current: state.current } : {}),
      drafts: state.drafts,
    });
  }
  const implied = impliedMeeting(analysis, state);
  if (implied) {
    state.drafts.unshift(implied);
    takeJointStatementFromTrip(implied, state.drafts);
  }
  const officialState = (participant: string): string | undefined => {
    const entity = entityOf(analysis, participant);
    return isOfficial(entity) ? entity.country : undefined;
  };
  return { meetings: dateFromVisit(mergeMeetings(state.drafts, officialState)), state };
}

/**
 * A joint statement told when only the trip was an event ("In a joint press statement, the
 * leaders reaffirmed ...", after "as Lee made his first trip to Japan") is of the talks the
 * lead implies, as joint-statement.ts prefers talks to a trip.
 */
function takeJointStatementFromTrip(implied: MeetingDraft, drafts: readonly MeetingDraft[]): void {
  const trip = drafts.find(
    (d) =>
      d.kind === "visit" &&
      d.jointStatement !== undefined &&
      implied.countries.every((c) => d.countries.includes(c)) &&
      datesOverlap(d, implied),
  );
  if (!trip?.jointStatement) return;
  implied.jointStatement = trip.jointStatement;
  delete trip.jointStatement;
}

// "agreed to a ceasefire on Sunday after talks in Doha": the talks came first, whatever
// was agreed to after them.
const AFTER_EVENT_BEFORE =
  /\b(?:after|following)\s+(?:(?:the|their|two|three|days|hours|weeks|of|[\w-]+)\s+){0,3}$/i;

const LED_DELEGATIONS =
  /\bled\s+(?:[\w'’-]+\s+){0,3}delegations?\b|\bdelegations?(?:\s+(?:was|were)\s+(?:\w+\s+)?|,\s+)led\s+by\b/i;

/**
 * "Asif and Yaqoob led their countries' delegations": the people at the head of the
 * delegations take part in the event just told, if they serve its states.
 */
function delegationLeaders(
  analysis: Analysis,
  sentence: number,
  state: EventState,
): MeetingDraft[] {
  const s = analysis.sentences[sentence];
  const current = state.current;
  if (!s || !current || !LED_DELEGATIONS.test(s.text)) return [];
  const leaders = officialsIn(analysis, s).filter((p) =>
    current.countries.includes(entityOf(analysis, p)?.country ?? ""),
  );
  if (leaders.length === 0) return [];
  current.participants = unique([...current.participants, ...leaders]);
  if (!current.evidence.includes(sentence)) current.evidence.push(sentence);
  return [current];
}

const ACCEPTED_INVITATION = /\baccepted (?:the|this|that|his|her|their|its) invitation\b/i;

/**
 * "The Emir extended an invitation to the Sultan to pay a visit to Qatar. His Majesty
 * accepted the invitation": the acceptance settles the visit proposed just before.
 */
function acceptedInvitation(
  analysis: Analysis,
  sentence: number,
  state: EventState,
): MeetingDraft[] {
  const text = analysis.sentences[sentence]?.text ?? "";
  if (!ACCEPTED_INVITATION.test(text)) return [];
  const invited = state.drafts.find(
    (d) => d.status === "proposed" && d.evidence.some((e) => sentence - e <= 2),
  );
  if (!invited) return [];
  invited.status = "planned";
  invited.evidence.push(sentence);
  return [invited];
}

const VERB_CUE =
  /^(?:met|meets|hosts?|hosted|received|visited|travel\w*|flew|fly|flies|flying|arrived|spoke|phoned|leave|leaves|leaving|left|depart\w*|head|heads|headed)\b/i;

function referBack(context: CueContext): MeetingDraft[] | undefined {
  const { analysis, cue, state } = context;
  const before = analysis.text.slice(Math.max(cue.clause.start, cue.start - 40), cue.start);
  // "the foreign ministers of the Quad countries met": before a verb, "the" is its subject's.
  if (!DEFINITE_BEFORE.test(before) || cue.kind === "interview" || VERB_CUE.test(cue.word))
    return undefined;
  const range = cueRange(context);
  // "the next round of technical talks between Somalia and Ethiopia": the states are the
  // sides, not the people the clause names.
  const states = statesBetween(context);
  const named = states.length >= 2 ? [] : officialsIn(analysis, range);
  // "The meeting, which Kallas had hoped to host": an official of no state (of the EU, the
  // UN) hosts or mediates, and joins the event referred to without deciding which it is.
  const servesState = (p: string): boolean => isState(entityOf(analysis, p)?.country ?? "");
  // "The talks, hosted by Turkish Foreign Minister Hakan Fidan, lasted an hour": the host
  // joins the event referred to, with the host's state.
  const hosts = hostsIn(analysis, range);
  const people = named.filter((p) => servesState(p) && !hosts.includes(p));
  const outsiders = named.filter((p) => !servesState(p) || hosts.includes(p));
  const status = statusOf(context);
  const ownDates = context.dates.filter(
    (d) => !d.forward && d.start >= range.start && d.end <= range.end,
  );
  const own = chooseDate({
    analysis,
    dates: ownDates,
    cue,
    clause: range,
    status,
    ...(state.current ? { anchor: state.current } : {}),
  });
  // "travelled to Kyiv on Saturday to meet Zelensky, in the first joint visit of the four
  // leaders": a reference in the sentence that told the event is to it, whatever its words.
  const toldHere = (d: MeetingDraft): boolean => d.evidence.includes(context.sentence);
  const fits = (d: MeetingDraft): boolean =>
    compatibleKind(d.kind, cue.kind) &&
    states.every((c) => d.countries.includes(c)) &&
    // A proposal put off "will now take place in January": still the proposal.
    (status === "held" ||
      d.status === status ||
      (status === "planned" && d.status === "proposed") ||
      toldHere(d)) &&
    people.every(
      (p) =>
        d.participants.includes(p) ||
        (d.participants.length === 0 &&
          d.status === "held" &&
          d.countries.includes(entityOf(analysis, p)?.country ?? "")),
    ) &&
    (!own.date || !d.date || own.date.startsWith(d.date) || d.date.startsWith(own.date));
  const latestFirst = [...state.drafts].reverse();
  // "At the conclusion of the visit, a joint statement was issued", after a visit invited
  // to: a reference told as past is to the visit held, not the one proposed since.
  const target =
    (status === "held" ? latestFirst.find((d) => d.status === "held" && fits(d)) : undefined) ??
    latestFirst.find(fits);
  // "The meeting ... will now take place in January": a reference may date an undated event.
  if (!target) return undefined;
  // Not from "the summit of the Shanghai Cooperation Organisation" for a bilateral summit:
  // a body's summit is dated by its own days, which need not be the talks'.
  const bodySummit = cue.kind === "summit" && isBodySummit(analysis, cue);
  if (!target.date && own.date && own.precision && (!bodySummit || target.kind === "conference")) {
    target.date = own.date;
    target.precision = own.precision;
  }
  target.participants = unique([...target.participants, ...outsiders]);
  target.countries = unique([...target.countries, ...countriesOf(analysis, hosts)]);
  return [target];
}

function createDrafts(context: CueContext): MeetingDraft[] {
  const { analysis, cue } = context;
  const clauseText = analysis.text.slice(cue.clause.start, cue.clause.end);
  if (/\bseparate\b/.test(clauseText) && /\beach of\b/.test(clauseText) && context.state.current)
    return separateTalks(context);
  if (SEPARATE_WITH.test(clauseText)) {
    const separate = separateWith(context);
    if (separate.length > 0) return separate;
  }
  const sentenceEnd = analysis.sentences[context.sentence]?.end ?? cue.end;
  if (CALLED_OFF_AFTER.test(analysis.text.slice(cue.end, sentenceEnd))) return [];
  const visit = cue.kind === "visit" ? visitSides(analysis, context.sentence, cue) : undefined;
  const sides = cue.kind === "visit" ? visit : talkSides(context);
  if (!sides) return [];
  const hosting = visit ? hostingTold(context, sides.countries) : undefined;
  const status = hosting?.status ?? statusOf(context);
  if (sides.countries.length < 2 && cue.kind !== "interview")
    return nextOf(context, status) ?? wholeOf(context, sides.countries);
  // "the leaders agreed that their foreign ministers would meet": a ministers' meeting; "The
  // two ministers agreed to meet", opening the clause, are the people already told.
  const leadIn = analysis.text.slice(cue.clause.start, cue.start);
  const ministers = MINISTERS_BEFORE.exec(leadIn);
  const byMinisters =
    cue.kind === "talks" &&
    ministers !== null &&
    !/^[\s,;:]*$/.test(leadIn.slice(0, ministers.index));
  const kind = byMinisters
    ? "meeting"
    : cue.kind === "summit" && isBodySummit(analysis, cue)
      ? "conference"
      : kindOf(cue.kind, sides.participants, sides.leaders, analysis);
  const participants = byMinisters
    ? []
    : kind === "summit"
      ? sides.participants.filter((p) => isHead(entityOf(analysis, p)))
      : sides.participants;
  const date = hosting ? dateFields(hosting) : dateOf(context, status);
  const drafts = context.state.drafts;
  const draft = newDraft(drafts, {
    kind,
    status,
    ...date,
    countries: sides.countries,
    participants,
  });
  const onward = (visit?.onwardTo ?? []).map((destination) =>
    newDraft(drafts, {
      kind,
      status,
      ...date,
      countries: [draft.countries[0] ?? "", destination],
      // The visitor goes on alone; the hosts named were the first destination's.
      participants: participants.slice(0, 1),
    }),
  );
  return [draft, ...onward];
}

const FIRST_BEFORE = /\b(?:first|maiden)\s+(?:[\w-]+\s+)?$/i;

/**
 * "Trump will host the crown prince on November 18, the White House said, the prince's
 * first visit to Washington since 2018": a trip named in apposition to a meeting of the
 * same sides told just before in the sentence is the trip to it, with its status and date.
 */
function hostingTold(context: CueContext, countries: readonly string[]): MeetingDraft | undefined {
  const { analysis, cue, state, sentence } = context;
  if (!FIRST_BEFORE.test(analysis.text.slice(Math.max(0, cue.start - 20), cue.start)))
    return undefined;
  return state.drafts.find(
    (d) =>
      d.kind !== "visit" &&
      d.evidence.includes(sentence) &&
      countries.length === 2 &&
      countries.every((c) => d.countries.includes(c)),
  );
}

function dateFields(draft: MeetingDraft): Pick<MeetingDraft, "date" | "precision"> {
  return draft.date && draft.precision ? { date: draft.date, precision: draft.precision } : {};
}

// An event's own date, else, for a held event, the date of the article's lead event.
function dateOf(
  context: CueContext,
  status: MeetingStatus,
): Pick<MeetingDraft, "date" | "precision"> {
  const { analysis, cue, state } = context;
  const dated = chooseDate({
    analysis,
    dates: context.dates,
    cue,
    clause: cue.clause,
    status,
    ...(state.current ? { anchor: state.current } : {}),
  });
  if (dated.date || status !== "held") return dated;
  // A held event with no date of its own in an article with no dated lead (a live blog's
  // "met this afternoon" under a timestamp) happened on the day of publication.
  return state.lead.date ? state.lead : { date: analysis.publishedAt, precision: "day" };
}

// "The next (trilateral) summit", "the council's next meeting" (a bilateral mechanism's); not
// "the next ACTO summit", a body's, not the event told.
const NEXT_BEFORE =
  /\b(?:[Tt]he|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:joint\s+)?(?:council|commission|committee|mechanism|dialogue)['’]s)\s+next\s+(?:[a-z-]+\s+)?$/;

/**
 * "The next summit will be held in Japan", after a summit held: a new event of the same
 * kind and states as the article's first such event (its subject, before any side
 * meetings told after it), with no one named yet.
 */
function nextOf(context: CueContext, status: MeetingStatus): MeetingDraft[] | undefined {
  const { analysis, cue, state } = context;
  if (status === "held" || !NEXT_BEFORE.test(analysis.text.slice(cue.clause.start, cue.start)))
    return undefined;
  const first = state.drafts.find(
    (d) => d.status === "held" && compatibleKind(d.kind, cue.kind) && d.countries.length >= 2,
  );
  if (!first) return undefined;
  return [
    newDraft(state.drafts, {
      kind: first.kind,
      status,
      ...dateOf(context, status),
      countries: [...first.countries],
      participants: [],
    }),
  ];
}

// "Lee's visit" names one side only: it is a part of an event already told, or nothing.
function wholeOf(context: CueContext, countries: readonly string[]): MeetingDraft[] {
  const whole = [...context.state.drafts]
    .reverse()
    .find(
      (d) =>
        compatibleKind(d.kind, context.cue.kind) && countries.every((c) => d.countries.includes(c)),
    );
  return whole ? [whole] : [];
}

const SEPARATE_WITH = /\bseparate\s+(?:[\w-]+\s+)?(?:talks|meetings|calls)\s+with\b/i;

/** "Yoon held separate bilateral meetings with Li and Kishida": one event with each. */
function separateWith(context: CueContext): MeetingDraft[] {
  const { analysis, cue } = context;
  const [subject, ...others] = officialsIn(analysis, cue.clause);
  if (!subject || others.length < 2) return [];
  const status = statusOf(context);
  const date = dateOf(context, status);
  return others.map((other) =>
    pairDraft(context, [subject, other], { kind: cue.kind, status, date }),
  );
}

/** One of several separate events of the subject with one other person each. */
function pairDraft(
  context: CueContext,
  participants: string[],
  told: {
    kind: CueMatch["kind"];
    status: MeetingStatus;
    date: Pick<MeetingDraft, "date" | "precision">;
  },
): MeetingDraft {
  const { analysis, state } = context;
  return newDraft(state.drafts, {
    kind: told.kind === "call" ? "call" : talksKind(analysis, participants),
    status: told.status,
    ...told.date,
    countries: countriesOf(analysis, participants),
    participants,
  });
}

function separateTalks(context: CueContext): MeetingDraft[] {
  const { analysis, cue, state } = context;
  const current = state.current;
  const subject = officialsIn(analysis, cue.clause)[0];
  if (!current || !subject) return [];
  const date = dateFields(current);
  return current.participants
    .filter((p) => p !== subject)
    .map((other) => pairDraft(context, [subject, other], { kind: "talks", status: "held", date }));
}

function statusOf(context: CueContext): MeetingStatus {
  const { analysis, cue } = context;
  const window = analysis.text.slice(Math.max(cue.clause.start, cue.start - 80), cue.end);
  // "has offered to bring A and B together with C for a summit": a proposal may stand further back.
  const wide = analysis.text.slice(Math.max(cue.clause.start, cue.start - 160), cue.end);
  if (PROPOSED_CUES.test(wide) && !PLANNED_OVERRIDES.test(wide) && !/\b(?:met|held)\b/.test(wide))
    return "proposed";
  if (PROPOSED_AFTER.test(analysis.text.slice(cue.end, cue.clause.end))) return "proposed";
  const lead = analysis.text.slice(Math.max(cue.clause.start, cue.start - 40), cue.start);
  const afterPastEvent = AFTER_EVENT_BEFORE.test(lead) && !/\b(?:will|would|shall)\b/i.test(window);
  if (PAST_PURPOSE.test(window) || afterPastEvent) return "held";
  if (PLANNED_CUES.test(window)) return "planned";
  // "said in an interview with CBC on Tuesday that Canada expected to sign ... in June": the
  // interview was given when it was said; the dates after it are of what it told.
  if (cue.kind === "interview") return "held";
  const near = context.dates.filter(
    (d) => d.start >= cue.clause.start && d.end <= cue.clause.end && d.start > cue.end,
  );
  const future = near.some(
    (d) =>
      d.tense === "future" ||
      (d.date !== undefined &&
        d.date.localeCompare(analysis.publishedAt.slice(0, d.date.length)) > 0),
  );
  return future && !/\b(?:met|held|visited|spoke)\b/.test(window) ? "planned" : "held";
}

function kindOf(
  cue: CueMatch["kind"],
  participants: readonly string[],
  leaders: boolean,
  analysis: Analysis,
): MeetingKind {
  if (cue !== "talks") return cue;
  return leaders ? "summit" : talksKind(analysis, participants);
}

function compatibleKind(existing: MeetingKind, cue: CueMatch["kind"]): boolean {
  if (existing === "visit" || existing === "interview") return cue === existing;
  if (cue === "talks") return true;
  if (cue === "conference") return existing !== "call";
  return existing === cue;
}

/** From the clause's start to the next event word of the sentence, or the clause's end. */
function cueRange(context: CueContext): Range {
  const { cue, analysis, sentence } = context;
  const next = findCues(analysis, sentence).find((c) => c.start > cue.start);
  return { start: cue.clause.start, end: Math.min(cue.clause.end, next?.start ?? cue.clause.end) };
}
