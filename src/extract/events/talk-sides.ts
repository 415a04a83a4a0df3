import { type Analysis } from "../analyze.js";
import {
  compoundBefore,
  entityOf,
  isHead,
  isOfficial,
  listAfter,
  personsIn,
  placesIn,
  type Range,
  unique,
} from "../analysis-view.js";
import { DEFINITE_BEFORE } from "../data/meeting-cues.js";
import { SPEECH_VERBS } from "../data/speech-verbs.js";
import { type CueContext } from "./cue-context.js";
import { type CueMatch } from "./meeting-cues.js";
import { countriesOf } from "./resolve-group.js";

/** The kind of talks among these people: a summit when every one is a leader. */
export function talksKind(
  analysis: Analysis,
  participants: readonly string[],
): "summit" | "meeting" {
  const heads = participants.length > 0 && participants.every((p) => isHead(entityOf(analysis, p)));
  return heads ? "summit" : "meeting";
}

/** The sides of talks, a call or a summit: who takes part and which states. */
export function talkSides(context: CueContext): {
  countries: string[];
  participants: string[];
  leaders: boolean;
} {
  const { analysis, cue } = context;
  const places = placesIn(analysis, context.sentence, cue.clause);
  const people = reportedPeople(context) ?? officialsIn(analysis, cue.clause);
  // "Wadephul will meet Sikorski next month, the two governments said": a group of states
  // adds no one, and no state, to people the clause names of two states.
  const namedSides = countriesOf(analysis, people).length >= 2;
  const inClause = groupsInClause(context).filter(
    (g) => !namedSides || !STATES_NOUN.test(analysis.text.slice(g.start, g.end)),
  );
  const compound = compoundNear(analysis, places, cue);
  const participants = unique([...people, ...inClause.flatMap((g) => g.participants)]);
  // "The Ministers welcomed the outcomes of the Washington Summit of 8 August between
  // President Aliyev, Prime Minister Pashinyan and President Trump": the people after
  // "between" are the sides, not the clause's subject.
  const between = statesBetween(context);
  if (between.length >= 2) {
    // The states are named, not the people who would sit at the table.
    return { countries: between, participants: [], leaders: false };
  }
  const sidesAfter = peopleBetween(context);
  if (sidesAfter.length >= 2)
    return {
      countries: countriesOf(analysis, sidesAfter),
      participants: sidesAfter,
      leaders: sidesAfter.every((p) => isHead(entityOf(analysis, p))),
    };
  if (compound.length >= 2) {
    const own = participants.filter((p) => compound.includes(entityOf(analysis, p)?.country ?? ""));
    return {
      countries: compound,
      participants: own,
      leaders: own.every((p) => isHead(entityOf(analysis, p))) && own.length > 0,
    };
  }
  const headsOnlySummit =
    cue.kind === "summit" && participants.some((p) => !isHead(entityOf(analysis, p)));
  const counted = headsOnlySummit
    ? participants.filter((p) => isHead(entityOf(analysis, p)))
    : participants;
  // "talks with Japan": the state the event is held with.
  const withPlace = placeAfter(analysis, places, cue, /^\s+with\s+(?:the\s+)?$/);
  const groupCountries = inClause.flatMap((g) => g.countries);
  let countries = unique([
    ...countriesOf(analysis, counted),
    ...groupCountries,
    ...(withPlace?.codes ?? []),
  ]);
  if (cue.kind === "interview") {
    // "Zelensky, in an interview with ..., said he was ready to meet Putin": the speaker only.
    // "Duda said ... and warned that ..., in an interview with the FT": the speaker may
    // stand in an earlier clause of the sentence.
    // "In an interview with a US network on Sunday, Foreign Minister Ana Ruiz said": the
    // speaker of the clause after, when the sentence opens with the interview.
    const inClauseSpeaker = officialsIn(analysis, { start: cue.clause.start, end: cue.start });
    const earlier = firstOfficialBefore(context, cue.start);
    const sentenceEnd = analysis.sentences[context.sentence]?.end ?? cue.clause.end;
    const later = officialsIn(analysis, { start: cue.clause.end, end: sentenceEnd })[0];
    const other = earlier ?? later;
    const speaker =
      inClauseSpeaker.length > 0 || counted.length > 0 || !other ? inClauseSpeaker : [other];
    const speakers = speaker.length > 0 ? speaker : counted;
    return { countries: countriesOf(analysis, speakers), participants: speakers, leaders: false };
  }
  if (countries.length === 0) countries = subjectStates(analysis, places, cue);
  const reported = reportedSides(analysis, places, cue);
  if (reported) {
    // "Mudavadi said Kenya and Ethiopia would host a conference": the states that do it,
    // whoever reports it; of the people named, those who serve them.
    const own = counted.filter((p) => reported.includes(entityOf(analysis, p)?.country ?? ""));
    return {
      countries: unique([...reported, ...(withPlace?.codes ?? [])]),
      participants: own,
      leaders: false,
    };
  }
  // "held talks ... before joining leaders of Bolivia, Ecuador ... for a meeting": those who
  // join are at the meeting too.
  const joiners = JOINING.test(analysis.text.slice(cue.clause.start, cue.start))
    ? context.state.current
    : undefined;
  if (joiners)
    return {
      countries: unique([...joiners.countries, ...countries]),
      participants: unique([...joiners.participants, ...counted]),
      leaders: inClause.some((g) => g.leaders),
    };
  // "Blinken arrived in Cairo on Tuesday ..., and met Egyptian President al-Sisi": a verb
  // coordinated with the clause before shares its subject.
  const subject = countries.length < 2 ? coordinatedSubject(context) : undefined;
  // "The two leaders have never met, and exchanged only a handshake at a Mercosur summit":
  // the subject may be a group.
  const subjectGroup =
    countries.length < 2 && !subject && people.length === 0 ? coordinatedGroup(context) : undefined;
  if (subjectGroup)
    return {
      countries: unique([...subjectGroup.countries, ...countries]),
      participants: unique([...subjectGroup.participants, ...counted]),
      leaders: subjectGroup.leaders,
    };
  if (subject) {
    return {
      countries: unique([...countriesOf(analysis, [subject]), ...countries]),
      participants: unique([subject, ...counted]),
      leaders: false,
    };
  }
  return { countries, participants: counted, leaders: inClause.some((g) => g.leaders) };
}

// "summit of 8 August 2025 between", "talks in Geneva between": the cue's own words, then "between".
const BETWEEN_AFTER = /^(?:\s+(?:of|on|in|at)\s+[^,;]{0,30}?)?\s+between\s+/;

function peopleBetween(context: CueContext): string[] {
  const { analysis, cue } = context;
  const after = BETWEEN_AFTER.exec(analysis.text.slice(cue.end, cue.clause.end));
  if (!after) return [];
  const from = cue.end + after[0].length;
  const mentions = personsIn(analysis, { start: from, end: cue.clause.end });
  // The first side's name follows "between" and its title at most.
  if ((mentions[0]?.start ?? Infinity) - from > 60) return [];
  const people = officialsIn(analysis, { start: from, end: cue.clause.end });
  return countriesOf(analysis, people).length >= 2 ? people : [];
}

const COORDINATED_LEAD = /^\s*,?\s*and\s+(?:(?:later|then|also|subsequently)\s+)?$/i;

function coordinatedSubject(context: CueContext): string | undefined {
  const { analysis, cue } = context;
  if (!COORDINATED_LEAD.test(analysis.text.slice(cue.clause.start, cue.start))) return undefined;
  return firstOfficialBefore(context, cue.clause.start);
}

// ", and exchanged only a brief handshake at": a predicate in the past with no subject of its
// own (not ", and to resume talks", an object of the verb before).
const COORDINATED_PREDICATE =
  /^\s*,?\s*and\s+(?:(?:later|then|also|only)\s+)?(?:[a-z]+ed|met|held|had|made|took|paid|went|flew|spoke|shook)\s+(?:[\p{L}'’-]+\s+){0,8}$/u;

function coordinatedGroup(
  context: CueContext,
): { countries: string[]; participants: string[]; leaders: boolean } | undefined {
  const { analysis, cue } = context;
  if (!COORDINATED_PREDICATE.test(analysis.text.slice(cue.clause.start, cue.start)))
    return undefined;
  const start = analysis.sentences[context.sentence]?.start ?? cue.clause.start;
  const group = context.groups.find(
    (g) => g.start >= start && g.end <= cue.clause.start && g.countries.length >= 2,
  );
  if (group) return group;
  const named = officialsIn(analysis, { start, end: cue.clause.start });
  const countries = countriesOf(analysis, named);
  return countries.length >= 2 ? { countries, participants: named, leaders: false } : undefined;
}

/** The first official the cue's sentence names before `end`: its subject, as a rule. */
function firstOfficialBefore(context: CueContext, end: number): string | undefined {
  const { analysis, cue } = context;
  const start = analysis.sentences[context.sentence]?.start ?? cue.clause.start;
  return officialsIn(analysis, { start, end })[0];
}

const JOINING = /^\s*(?:before|after)\s+joining\b/i;

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b(?:\\s+that)?\\s+`, "gi");
// "would co-host a ministerial conference on aid for Sudan with Britain": a co-host.
const CO_HOST_BEFORE = /\bco-?host(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

// What may stand between a speech verb and the reported words' first state: a short
// adverbial and "that" ("on Jan. 13 that"), an article.
const SUBJECT_LEAD = /^(?:[^,;]{0,24}\bthat\s+)?(?:the\s+)?$/i;
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/**
 * The states that open the words a speech verb reports before the cue ("said Kenya and
 * Ethiopia would co-host", "said on Monday that Peru and Chile had agreed to meet"), with
 * any state a co-hosted event is held "with"; undefined unless two or more.
 */
function reportedSides(
  analysis: Analysis,
  places: ReturnType<typeof placesIn>,
  cue: CueMatch,
): string[] | undefined {
  const lead = analysis.text.slice(cue.clause.start, cue.start);
  const said = [...lead.matchAll(SPEECH_VERB)].at(-1);
  if (!said) return undefined;
  let at = cue.clause.start + said.index + said[0].length;
  const subjects: string[] = [];
  for (const place of places.filter((p) => p.start >= at && p.end <= cue.start)) {
    const gap = analysis.text.slice(at, place.start);
    if (!(subjects.length === 0 ? SUBJECT_LEAD : COORDINATION).test(gap) || place.locative) break;
    subjects.push(...place.codes);
    at = place.end;
  }
  if (unique(subjects).length < 2) return undefined;
  const coHost = CO_HOST_BEFORE.test(analysis.text.slice(Math.max(0, cue.start - 40), cue.start))
    ? placeAfter(analysis, places, cue, /\bwith\s+(?:the\s+)?$/)
    : undefined;
  return unique([...subjects, ...(coHost?.codes ?? [])]);
}

// "Motegi conveyed that", "the minister said on Monday that": a speech verb, then "that".
const SAID_THAT = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^,;]{0,24}?\\bthat\\s+`, "gi");

/**
 * "Motegi conveyed that Prime Minister Takaichi looks forward to meeting President
 * Disanayaka": the people of the words reported before the cue, when two or more, not the
 * one who reports them.
 */
function reportedPeople(context: CueContext): string[] | undefined {
  const { analysis, cue } = context;
  const lead = analysis.text.slice(cue.clause.start, cue.start);
  const said = [...lead.matchAll(SAID_THAT)].at(-1);
  if (!said) return undefined;
  const from = cue.clause.start + said.index + said[0].length;
  const reported = officialsIn(analysis, { start: from, end: cue.clause.end });
  return reported.length >= 2 ? reported : undefined;
}

/** The first place after the cue whose words from the cue on end as `lead` says. */
function placeAfter(
  analysis: Analysis,
  places: ReturnType<typeof placesIn>,
  cue: CueMatch,
  lead: RegExp,
): ReturnType<typeof placesIn>[number] | undefined {
  return places.find((p) => p.start > cue.end && lead.test(analysis.text.slice(cue.end, p.start)));
}

export function officialsIn(analysis: Analysis, range: Range): string[] {
  return unique(personsIn(analysis, range).map((m) => m.entity)).filter((id) =>
    isOfficial(entityOf(analysis, id)),
  );
}

const EARLIER_OCCASION_BEFORE = /\bthe\s+(?:last|previous)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The states named as the sides after the event word ("talks between Russia and Ukraine",
 * "technical talks between the two countries"), whoever else the clause names; [] if none.
 */
export function statesBetween(context: CueContext): string[] {
  const { analysis, cue } = context;
  const places = placesIn(analysis, context.sentence, cue.clause);
  // "talks between Russia and Ukraine": the states named are the sides, whoever else the
  // clause names.
  const named = listAfter(analysis, places, cue.end, /^\s+between\s+(?:the\s+)?$/);
  if (named.length >= 2) return named;
  // "the trilateral summit of Kazakhstan, Uzbekistan and Kyrgyzstan": a summit of states.
  const members =
    cue.kind === "summit" ? listAfter(analysis, places, cue.end, /^\s+of\s+(?:the\s+)?$/) : [];
  if (members.length >= 2) return members;
  // "in the most substantive talks between the two governments": the event told, with its
  // people; only a new event ("a new round of talks between the two countries") is the states'.
  // "The last structured talks between the two countries were held in 2015": an earlier
  // occasion, not the event told.
  const lead = analysis.text.slice(Math.max(cue.clause.start, cue.start - 40), cue.start);
  const told = DEFINITE_BEFORE.test(lead) && !EARLIER_OCCASION_BEFORE.test(lead);
  if (told) return [];
  return statesGroupBetween(analysis, groupsInClause(context), cue);
}

/** The group nouns of the cue's clause ("the two leaders", "the ministers of Peru and Chile"). */
function groupsInClause(context: CueContext): CueContext["groups"] {
  const { clause } = context.cue;
  return context.groups.filter((g) => g.start >= clause.start && g.end <= clause.end);
}

// "technical talks between the two countries": a group of states, not the people named.
const STATES_NOUN = /\b(?:countries|nations|states|governments|neighbou?rs)$/i;
function statesGroupBetween(
  analysis: Analysis,
  groups: CueContext["groups"],
  cue: CueMatch,
): string[] {
  const group = groups.find(
    (g) =>
      g.start >= cue.end &&
      STATES_NOUN.test(analysis.text.slice(g.start, g.end)) &&
      /^\s+between\s+$/.test(analysis.text.slice(cue.end, g.start)),
  );
  return group && group.countries.length >= 2 ? [...group.countries] : [];
}

function compoundNear(
  analysis: Analysis,
  places: ReturnType<typeof placesIn>,
  cue: CueMatch,
): string[] {
  for (let slack = 1; slack <= 40; slack++) {
    const codes = compoundBefore(places, analysis.text, cue.start, slack);
    if (codes.length >= 2)
      return /[,;]/.test(analysis.text.slice(cue.start - slack, cue.start)) ? [] : codes;
  }
  return [];
}

function subjectStates(
  analysis: Analysis,
  places: ReturnType<typeof placesIn>,
  cue: CueMatch,
): string[] {
  const before = places.filter((p) => p.end <= cue.start && !p.locative && p.codes.length > 0);
  const subjects = before.filter(
    (p) =>
      !/\b(?:in|at|to|with|from|of|on|for|by|between|among|against)\s+(?:the\s+)?$/i.test(
        analysis.text.slice(Math.max(0, p.start - 12), p.start),
      ),
  );
  return unique(subjects.flatMap((p) => [...p.codes]));
}

// "..., in a ceremony hosted by U.S. President Donald Trump": the host takes part.
const HOSTED_BY = /\bhosted by\s+(?:the\s+)?$/i;

/** The officials named right after "hosted by" in `s` (titles between). */
export function hostsIn(analysis: Analysis, s: Range): string[] {
  const officials = officialsIn(analysis, s);
  return analysis.mentions
    .filter(
      (m) =>
        m.start >= s.start &&
        m.end <= s.end &&
        !m.inQuote &&
        HOSTED_BY.test(
          analysis.text
            .slice(Math.max(s.start, m.start - 60), m.start)
            .replace(/(?:[A-Z][\p{L}.'’-]*\s+)+$/u, ""),
        ),
    )
    .map((m) => m.entity)
    .filter((id) => officials.includes(id));
}
