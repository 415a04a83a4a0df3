import { type Analysis } from "../analyze.js";
import { entityOf, isHead, isOfficial, recentPersons, unique } from "../analysis-view.js";
import { CALLED_OFF_AFTER, NEXT_BEFORE } from "../data/meeting-cues.js";
import { type MeetingKind, type MeetingStatus } from "../../domain/vocabulary.js";
import { isBodySummit } from "./body-summit.js";
import { gatherAttendees } from "./gathering.js";
import { applyJointStatement } from "./joint-statement.js";
import { dateFromVisit, dateVisitFromEvent } from "./date-from-visit.js";
import { shareVisitStatement } from "./visit-statement.js";
import { chooseDate, dateOfTrip, eventDates, leadDate } from "./meeting-date.js";
import { statusOf } from "./meeting-status.js";
import { compatibleKind, referBack } from "./refer-back.js";
import { type CueContext, type EventState } from "./cue-context.js";
import { datesOverlap, type MeetingDraft, newDraft } from "./meeting-draft.js";
import { officialsIn, talkSides, talksKind } from "./talk-sides.js";
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
  let leadStatement: number | undefined;
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
    // "G7 foreign ministers pledged ..., in a joint communique", a lead told before the
    // meeting it sums up: the statement is of the first event held that the article tells of.
    const held = touched.find((d) => d.status === "held");
    if (leadStatement !== undefined && held) {
      applyJointStatement({ analysis, sentence: leadStatement, touched: [held] });
      leadStatement = undefined;
    }
    const untold = applyJointStatement({
      analysis,
      sentence: sentence.index,
      touched,
      ...(state.current ? { current: state.current } : {}),
      drafts: state.drafts,
    });
    if (untold) leadStatement = sentence.index;
  }
  gatherAttendees(analysis, state);
  const implied = impliedMeeting(analysis, state);
  if (implied) {
    state.drafts.unshift(implied);
    takeJointStatementFromTrip(implied, state.drafts);
  }
  const officialState = (participant: string): string | undefined => {
    const entity = entityOf(analysis, participant);
    return isOfficial(entity) ? entity.country : undefined;
  };
  const merged = mergeMeetings(state.drafts, officialState);
  return { meetings: shareVisitStatement(dateVisitFromEvent(dateFromVisit(merged))), state };
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
  if (signedOnTrip(context)) return [];
  const visit = cue.kind === "visit" ? visitSides(analysis, context.sentence, cue) : undefined;
  const sides = cue.kind === "visit" ? visit : talkSides(context);
  if (!sides) return [];
  const hosting = visit ? hostingTold(context, sides.countries) : undefined;
  const status = hosting?.status ?? statusOf(context);
  // A body's gathering is dated first: it may be one already told.
  const gathering = isBodySummit(analysis, cue);
  const gatheringDate = gathering ? dateOf(context, status) : undefined;
  const told = gatheringDate && gatheringTold(context.state.drafts, status, gatheringDate);
  if (told) return [told];
  if (sides.countries.length < 2 && cue.kind !== "interview")
    return (
      nextOf(context, status) ??
      (gatheringDate
        ? [newGathering(context.state.drafts, { status, ...gatheringDate }, sides)]
        : wholeOf(context, sides))
    );
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
    : gathering
      ? "conference"
      : kindOf(cue.kind, sides.participants, sides.leaders, analysis);
  const participants = byMinisters
    ? []
    : kind === "summit"
      ? sides.participants.filter((p) => isHead(entityOf(analysis, p)))
      : sides.participants;
  const date = hosting
    ? dateFields(hosting)
    : (gatheringDate ?? dateOf(context, status, sides.countries));
  const drafts = context.state.drafts;
  const draft = newDraft(drafts, {
    kind,
    status,
    ...date,
    countries: sides.countries,
    participants,
    ...(SEPARATE_BEFORE.test(leadIn) ? { apart: true } : {}),
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

/** "Putin traveled to Pyongyang, where he and Kim signed a treaty": the trip's own act. */
function signedOnTrip(context: CueContext): boolean {
  const { analysis, cue, sentence } = context;
  return (
    cue.word === "signed" &&
    findCues(analysis, sentence).some((c) => c.kind === "visit" && c.start < cue.start)
  );
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
  countries: readonly string[] = [],
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
  // "The first took place in Tianjin in August 2025 ... It was Modi's first visit to China in
  // seven years": a sentence that says what the event just told was shares its date.
  const told = state.current;
  const sentenceText = analysis.sentences[context.sentence]?.text ?? "";
  if (told?.date && told.precision && /^(?:It|This|That) (?:was|is)\b/.test(sentenceText))
    return { date: told.date, precision: told.precision };
  const onTrip = dateOfTrip({
    analysis,
    sentence: context.sentence,
    drafts: state.drafts,
    current: told,
    countries,
    lead: state.lead,
  });
  if (onTrip) return onTrip;
  // A held event with no date of its own in an article with no dated lead (a live blog's
  // "met this afternoon" under a timestamp) happened on the day of publication.
  return state.lead.date ? state.lead : { date: analysis.publishedAt, precision: "day" };
}

/**
 * "The next summit will be held in Japan", after a summit held: a new event of the same
 * kind and states as the widest meeting held so far (the article's subject rather than the
 * side meetings on its margins), with no one named yet.
 */
function nextOf(context: CueContext, status: MeetingStatus): MeetingDraft[] | undefined {
  const { analysis, cue, state } = context;
  if (status === "held" || !NEXT_BEFORE.test(analysis.text.slice(cue.clause.start, cue.start)))
    return undefined;
  // The widest meeting held, the latest of those ("The next summit", after a summit of three
  // and two bilaterals on its margins; "The next meeting is due in Spain", after the talks in
  // Rabat); a call has no "next meeting", only a next call.
  const widest = [...state.drafts]
    .reverse()
    .filter(
      (d) =>
        d.status === "held" &&
        compatibleKind(d.kind, cue.kind) &&
        (d.kind !== "call" || cue.kind === "call") &&
        d.countries.length >= 2,
    )
    .reduce<MeetingDraft | undefined>(
      (most, d) => (!most || d.countries.length > most.countries.length ? d : most),
      undefined,
    );
  if (!widest) return undefined;
  return [
    newDraft(state.drafts, {
      kind: widest.kind,
      status,
      ...dateOf(context, status),
      countries: [...widest.countries],
      participants: [],
    }),
  ];
}

/**
 * "The APEC meeting opened a day after ...": a body's gathering already told, if one can be
 * the same; its members are told elsewhere (gathering.ts), not by the clause's people.
 */
function gatheringTold(
  drafts: readonly MeetingDraft[],
  status: MeetingStatus,
  date: Pick<MeetingDraft, "date">,
): MeetingDraft | undefined {
  return [...drafts]
    .reverse()
    .find((d) => d.kind === "conference" && d.status === status && datesOverlap(d, date));
}

/**
 * "King Charles III opened the Commonwealth Heads of Government Meeting": a body's gathering
 * told with one side or none is an event still.
 */
function newGathering(
  drafts: MeetingDraft[],
  when: Pick<MeetingDraft, "status" | "date" | "precision">,
  sides: { countries: readonly string[]; participants: readonly string[] },
): MeetingDraft {
  return newDraft(drafts, {
    kind: "conference",
    ...when,
    countries: [...sides.countries],
    participants: [...sides.participants],
  });
}

// "Lee's visit" names one side only: it is a part of an event already told, or nothing; not
// another's ("President Erdoğan's visit to Jeddah in July 2023", after his minister's visit).
function wholeOf(
  context: CueContext,
  sides: { countries: readonly string[]; participants: readonly string[] },
): MeetingDraft[] {
  const whole = [...context.state.drafts]
    .reverse()
    .find(
      (d) =>
        compatibleKind(d.kind, context.cue.kind) &&
        sides.countries.every((c) => d.countries.includes(c)) &&
        (d.participants.length === 0 ||
          sides.participants.every((p) => d.participants.includes(p))),
    );
  return whole ? [whole] : [];
}

// "Earlier in the day, Mohamad and Motegi held separate talks": an event of its own, not
// a part of the meeting of four told before.
const SEPARATE_BEFORE = /\bseparate\s+(?:[\w-]+\s+)?$/i;

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

function kindOf(
  cue: CueMatch["kind"],
  participants: readonly string[],
  leaders: boolean,
  analysis: Analysis,
): MeetingKind {
  if (cue !== "talks") return cue;
  return leaders ? "summit" : talksKind(analysis, participants);
}
