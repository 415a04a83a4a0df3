import { type Analysis } from "../analyze.js";
import { type Range, sentenceAt, unique } from "../analysis-view.js";
import { STATES_AT_WAR } from "../data/conflicts.js";
import { regionOfState } from "../../domain/countries.js";
import {
  PORTFOLIO_BEFORE,
  THREATENED_BEFORE,
  TOPIC_PATTERNS,
  type TopicPattern,
} from "../data/topics.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type TopicKind } from "../../domain/vocabulary.js";
import { compoundsBefore, listsAfter, statesNear } from "./topic-args.js";
import { NUMBER_WORDS } from "../data/number-words.js";

/** A topic found in a cue's scope, with its arguments resolved. */
export interface TopicHit {
  kind: TopicKind;
  args: string[];
  /** Named as undone ("the lifting of sanctions"): supporting it opposes the topic. */
  undone?: boolean;
}

/** What the topic finder needs to know beyond the scope's text. */
export interface TopicContext {
  analysis: Analysis;
  places: readonly PlaceMention[];
  holders: readonly string[];
  meetingCountries: readonly string[];
  plannedCountries?: readonly string[];
  recentRegion?: string;
  recentPair?: readonly string[];
  /** Two states named "between" in the sentence just before. */
  previousPair?: readonly string[];
  /** The state whose relief or reconstruction was told last ("Jamaica's reconstruction"). */
  recentRecipient?: string;
  /** The state put under sanctions last ("sanctions on Tehran"). */
  recentSanctioned?: string;
  /** The sides of the latest meeting or joint position of two or more states. */
  lastGroup?: readonly string[];
}

const GROUP_ARGS =
  /\b(?:their (?:\w+ )?countries|the (?:two|three|four) (?:countries|sides|nations|states)|both (?:sides|countries|states)|bilateral|trilateral|each other|between them|among them|their leaders|their (?:strategic )?partnership|their cooperation|their relations|their ties)\b/i;
// "regular meetings", "the regular holding of the summit".
const HABITUAL =
  /\b(?:regular|annual|frequent|more|further|high-level|shuttle)\s+(?:holding\s+of\s+(?:the\s+|such\s+)?)?$/i;
// "ready for signing when they meet in New Delhi": a meeting that only dates the stance.
const TEMPORAL_CLAUSE_BEFORE =
  /\b(?:when|whenever|before|after|once|until|by the time)\s+(?:[\p{L}'’.-]+\s+){0,4}$/iu;

/**
 * Finds the topics in a cue's scope, in the precedence of the topic patterns, and
 * resolves each one's arguments from the words around it.
 */
export function findTopics(context: TopicContext, scope: Range): TopicHit[] {
  const text = context.analysis.text.slice(scope.start, scope.end);
  const taken: Range[] = [];
  const out: TopicHit[] = [];
  for (const topic of TOPIC_PATTERNS) {
    if (topic.weak && out.length > 0) continue;
    for (const m of text.matchAll(topic.pattern)) {
      const match = { start: scope.start + m.index, end: scope.start + m.index + m[0].length };
      if (taken.some((t) => match.start < t.end && t.start < match.end)) continue;
      taken.push(match);
      if (THREATENED_BEFORE.test(context.analysis.text.slice(match.start - 14, match.start)))
        continue;
      if (PORTFOLIO_BEFORE.test(context.analysis.text.slice(match.start - 60, match.start)))
        continue;
      if (workedOnAnotherTopic(m[0], text, m.index + m[0].length)) continue;
      // "lift U.S. tariffs on Canadian steel": a barrier lifted, like sanctions.
      const undone =
        (topic.kind === "sanctions" || (topic.kind === "trade" && /^tariffs?$/i.test(m[0]))) &&
        UNDONE_BEFORE.test(context.analysis.text.slice(Math.max(0, match.start - 40), match.start));
      for (const args of argsOf(context, topic, match, scope))
        out.push({
          kind: topic.kind,
          args: topic.kind === "conflict-resolution" ? atWar(args) : args,
          ...(undone ? { undone } : {}),
        });
    }
  }
  return dropSubsumed(out);
}

// "called for the lifting of sanctions on Syria": a call against the sanctions.
const UNDONE_BEFORE =
  /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing|al)|roll(?:s|ed|ing)? back|end(?:s|ed|ing)?|an end to|relief from)\s+(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,2}$/i;

const COOPERATION_ON = /^\s+on\s+([^,;.]{1,120}?)(?=\s+and\b|[,;.]|$)/;
const OBJECT_OF_WORK = /^\s+(?:on|against|to)\s+([^,;.]{1,120}?)(?=\s+and\b|[,;.]|$)/;

// The topic patterns a work's object is tested against, compiled once (without the global
// flag, whose position a test would keep).
const OTHER_THAN_COOPERATION = TOPIC_PATTERNS.filter(
  (t) => t.kind !== "cooperation" && !t.meetingWord,
).map((t) => new RegExp(t.pattern.source, "i"));

/**
 * "work together on clean energy", "against people-smuggling", "to defend palm oil exports",
 * "cooperation on air defence": the work is on the topic it names, not cooperation in
 * general; "work together on disaster preparedness" names none, so it stays cooperation.
 */
function workedOnAnotherTopic(word: string, text: string, end: number): boolean {
  // "cooperation to achieve denuclearization" is cooperation still: only its "on" names
  // what the cooperation is.
  const object = /^work\b/i.test(word)
    ? OBJECT_OF_WORK.exec(text.slice(end))?.[1]
    : /^cooperat/i.test(word)
      ? COOPERATION_ON.exec(text.slice(end))?.[1]
      : undefined;
  return object !== undefined && OTHER_THAN_COOPERATION.some((pattern) => pattern.test(object));
}

// "peace in Ukraine": a war named by one side is between all its sides. "A settlement to end
// the war in Yemen": a war inside one state is not between states, so its args are the
// state's region (the answer keys' convention: a region slug where the parties are not all
// states).
function atWar(args: string[]): string[] {
  const [only] = args;
  if (args.length !== 1 || only === undefined) return args;
  const war = STATES_AT_WAR.find((sides) => sides.includes(only));
  if (war) return [...war];
  const region = regionOfState(only);
  return region ? [region] : args;
}

// "the relationship ... formal diplomatic ties": the generic word adds nothing.
function dropSubsumed(topics: TopicHit[]): TopicHit[] {
  return topics.filter(
    (t) =>
      t.kind !== "cooperation" ||
      !topics.some((o) => o.kind === "diplomatic-relations" && o.args.join() === t.args.join()),
  );
}

function argsOf(
  context: TopicContext,
  topic: TopicPattern,
  match: Range,
  scope: Range,
): string[][] {
  if (topic.meetingWord) return meetingArgs(context, match);
  const { analysis, places } = context;
  const inner = places.filter((p) => p.start >= match.start && p.end <= match.end);
  if (topic.kind === "policy-coordination" && inner.length > 0)
    return [unique(inner.flatMap((p) => [...p.codes]))];
  const lists = listsAfter(analysis, places, match.end, scope);
  // "co-ordinate their approach to Washington": the states coordinated toward, alone.
  const toward = lists[0];
  if (
    topic.kind === "policy-coordination" &&
    toward &&
    /on|toward|towards|regarding|to/.test(toward.via)
  )
    return [toward.codes.filter(isState)];
  const compounds = compoundsBefore(analysis, places, match.start);
  if (compounds.length > 0 && topic.shape === "relational") return compounds;
  if (topic.shape === "place") return placeArgs(context, topic, match, scope, lists);
  const counted = countedSides(context, match, scope);
  if (counted) return [counted];
  // "between Africa's two largest economies": a list that names no state gives no args.
  const between = lists.filter((l) => /between|among/.test(l.via) && l.codes.some(isState));
  if (between.length > 0) return between.map((l) => l.codes.filter(isState));
  const localList = lists.find((l) => /^(?:with|of|in|to|toward|towards)$/.test(l.via));
  const local = localList?.codes.filter(isState) ?? [];
  if (local.length === 1) return withPartner(context, match, scope, local);
  // "trilateral cooperation with South Korea and the Philippines", agreed by the US and
  // Japan: the partners and the holders.
  if (localList?.via === "with" && local.length > 1 && context.holders.length > 1)
    return [unique([...context.holders, ...local])];
  // "security cooperation against North Korean threats": the state worked against is no side.
  const against = new Set(lists.filter((l) => l.via === "against").flatMap((l) => l.codes));
  const near =
    local.length > 0
      ? local
      : statesNear(places, { start: match.start - 80, end: match.end }, scope).filter(
          (c) => !against.has(c),
        );
  if (near.length >= 2) return [near];
  if (near.length === 1) {
    // "concern about visas for Indian students" said by India: the other side is the meeting's.
    const pair = unique([...context.holders, ...near]);
    return pair.length >= 2 ? [pair] : defaultArgs(context, scope);
  }
  return defaultArgs(context, scope);
}

// "North Korea's military cooperation with Russia": the partner and the state before it,
// else the holders ("the alliance with Washington").
function withPartner(
  context: TopicContext,
  match: Range,
  scope: Range,
  partner: string[],
): string[][] {
  const possessor = context.places
    .filter(
      (p) => p.codes.length === 1 && p.end <= match.start && p.start >= scope.start && !p.locative,
    )
    .at(-1);
  // "the leaders reaffirmed trilateral cooperation with the United States": every holder.
  const other = possessor ? [...possessor.codes] : [...context.holders];
  const args = unique([...other, ...partner]);
  return args.length >= 2 ? [args] : [];
}

function placeArgs(
  context: TopicContext,
  topic: TopicPattern,
  match: Range,
  scope: Range,
  lists: { codes: string[]; via: string }[],
): string[][] {
  const between = lists.find((l) => /between|among/.test(l.via));
  if (between && topic.kind === "conflict-resolution") return [between.codes];
  // "a final peace treaty with Armenia" said by Azerbaijan: the holder and its partner.
  const partner = lists.find((l) => l.via === "with");
  if (partner && topic.kind === "conflict-resolution") {
    const sides = unique([...context.holders, ...partner.codes.filter(isState)]);
    if (sides.length >= 2) return [sides];
  }
  const after = lists.find((l) => !/between|among|with/.test(l.via));
  // "insecurity in Mali, Burkina Faso and Niger": a list of states is one place of many;
  // of a region and states ("the Korean Peninsula and Japan"), the first names the place.
  if (after) return [after.codes.every(isState) ? after.codes : after.codes.slice(0, 1)];
  // "Ukraine's sovereignty and territorial integrity": the possessor is the place; not in
  // "Qatar's support for efforts to reduce escalation", where it holds another noun.
  const owner = context.places.find(
    (p) =>
      p.possessive &&
      p.codes.length === 1 &&
      p.end <= match.start &&
      match.start - p.end <= 30 &&
      !PREPOSITION.test(context.analysis.text.slice(p.end, match.start)),
  );
  if (owner && topic.kind !== "conflict-resolution") return [[...owner.codes]];
  const text = context.analysis.text.slice(match.end, scope.end);
  // "escalation in the region", "regional stability": the region the holders belong to
  // (not Gaza, named just before: "the region" is wider), else the one just named.
  const lead = context.analysis.text.slice(Math.max(scope.start, match.start - 12), match.start);
  const regional =
    /\bregional\s+$/i.test(lead) ||
    /^regional\b/i.test(context.analysis.text.slice(match.start, match.end));
  if (THE_REGION_AFTER.test(text) || regional) {
    const region = context.holders.map(regionOfState).find(Boolean) ?? context.recentRegion;
    if (region) return [[region]];
  }
  // "concern over the violence in Myanmar and called for humanitarian access to the country",
  // "the lifting of sanctions on the country": the state named last before, not a holder.
  if (THE_COUNTRY_AFTER.test(text)) {
    const named = context.places
      .filter(
        (p) =>
          p.end <= match.start &&
          p.codes.length === 1 &&
          !context.holders.includes(p.codes[0] ?? "") &&
          // "United States sanctions on the country": the state before the word is its author.
          !/^\s*$/.test(context.analysis.text.slice(p.end, match.start)),
      )
      .at(-1);
    if (named) return [[...named.codes]];
  }
  // "keep up pressure on Russia, including through sanctions", "Russia rejected the
  // sanctions as illegal": sanctions named alone are on the state put under them last.
  // Sanctions fall on a state, never on a region: with no state told, no topic.
  if (topic.kind === "sanctions") {
    const target =
      sanctionedIn(
        context.analysis,
        context.places,
        {
          start: sentenceAt(context.analysis, match.start)?.start ?? match.start,
          end: match.start,
        },
        true,
      ) ?? context.recentSanctioned;
    return target ? [[target]] : [];
  }
  // "said Europe had to stand by Ukraine until there was a just and lasting peace": a war
  // named by one of its sides in the sentence is the one to end, before any region named.
  if (topic.kind === "conflict-resolution") {
    const war = warOfStateNamed(context);
    if (war) return [[...war]];
  }
  const regions = context.places.filter((p) => p.region);
  if (/^\s+there\b/.test(text)) {
    const before = regions.filter((p) => p.end <= match.start).at(-1);
    if (before?.region) return [[before.region]];
  }
  const nearest = regions.sort(
    (a, b) => Math.abs(a.start - match.start) - Math.abs(b.start - match.start),
  )[0];
  if (nearest?.region) return [[nearest.region]];
  if (topic.kind === "conflict-resolution") {
    // "discussed the war in Yemen and voiced support for a political settlement to end it";
    // "the sides confirmed their commitment to the peace agenda": their own war.
    const war =
      warNamedBefore(context, match) ??
      warSidesInSentence(context) ??
      STATES_AT_WAR.find((sides) => sides.every((c) => context.holders.includes(c)));
    if (war) return [[...war]];
  }
  if (topic.kind === "humanitarian-aid" && context.recentRecipient)
    return [[context.recentRecipient]];
  if (context.recentRegion) return [[context.recentRegion]];
  // "Pakistan and Afghanistan agreed to an immediate ceasefire": with no war or place named,
  // the holders' own.
  if (topic.kind === "conflict-resolution" && context.holders.length >= 2)
    return [[...context.holders]];
  return topic.defaultRegion ? [[topic.defaultRegion]] : [];
}

const PREPOSITION = /\b(?:for|to|of|in|on|with|against|by|from)\b/i;

// "sanctions on Tehran", "sanctions on the soldiers who seized power in Guinea-Bissau": the
// words after "on" up to a clause's break (80 characters at most), where the state they fall
// on is named.
const phraseOn = (words: string): RegExp =>
  new RegExp(String.raw`\b(?:${words})\s+(?:on|against)\s+[^,;.]{0,80}`, "gi");
const SANCTIONS = "sanctions?|embargo(?:es)?";
const SANCTIONED_ON = phraseOn(SANCTIONS);
// "keep up pressure on Russia, including through sanctions": pressure is sanctions only in
// the sentence that calls them so ("China's economic pressure on Japan" is none).
const PRESSURED_ON = phraseOn(`${SANCTIONS}|pressure`);

/**
 * The state the last sanctions in a range fall on, if one is named; with `pressure`, the
 * state last put under pressure counts too.
 */
export function sanctionedIn(
  analysis: Analysis,
  places: readonly PlaceMention[],
  range: Range,
  pressure = false,
): string | undefined {
  const pattern = pressure ? PRESSURED_ON : SANCTIONED_ON;
  const phrases = [...analysis.text.slice(range.start, range.end).matchAll(pattern)];
  for (const phrase of phrases.reverse()) {
    const from = range.start + phrase.index;
    const to = from + phrase[0].length;
    const state = places.find(
      (p) => p.start >= from && p.end <= to && p.codes.length === 1 && isState(p.codes[0] ?? ""),
    );
    if (state) return state.codes[0];
  }
  return undefined;
}

// "trade and transit among the three countries": the sides the text counts.
const COUNTED_SIDES_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,3}?(?:between|among|amongst|across)\s+(?:the|their|our)\s+(${Object.keys(NUMBER_WORDS).join("|")})\s+(?:countries|states|nations|sides|governments|partners|neighbou?rs)\b`,
  "i",
);

/** The holders, or the meeting's states, when the text counts as many ("among the three countries"). */
function countedSides(context: TopicContext, match: Range, scope: Range): string[] | undefined {
  const word = COUNTED_SIDES_AFTER.exec(context.analysis.text.slice(match.end, scope.end))?.[1];
  const count = word ? NUMBER_WORDS[word.toLowerCase()] : undefined;
  if (count === undefined) return undefined;
  if (context.holders.length === count) return [...context.holders];
  return context.meetingCountries.length === count ? [...context.meetingCountries] : undefined;
}

const THE_COUNTRY_AFTER =
  /^\s+(?:to|in|on|for|inside|into|across|throughout)\s+the\s+(?:country|province)\b/i;
const THE_REGION_AFTER = /^\s+(?:in|across|throughout|of|for|on)\s+the\s+(?:region|continent)\b/i;

const WAR_IN = /\b(?:war|conflict|fighting|civil war|crisis)\s+in\s+(?:the\s+)?$/i;

/**
 * The place of a war named earlier in the topic's sentence ("the war in Yemen"), else in the
 * sentence before ("The two sides exchanged views on the Ukraine crisis. Both agreed to ...
 * promote peace talks").
 */
function warNamedBefore(context: TopicContext, match: Range): string[] | undefined {
  const { analysis } = context;
  const sentence = sentenceAt(analysis, match.start);
  if (!sentence) return undefined;
  const place =
    context.places.find(
      (p) =>
        p.end <= match.start &&
        WAR_IN.test(analysis.text.slice(Math.max(sentence.start, p.start - 30), p.start)),
    ) ??
    (analysis.places[sentence.index - 1] ?? []).find(
      (p) =>
        p.codes.length === 1 &&
        (CONFLICT_AFTER.test(analysis.text.slice(p.end, p.end + 12)) ||
          WAR_IN.test(analysis.text.slice(Math.max(0, p.start - 30), p.start))),
    );
  return place ? [...(place.region ? [place.region] : place.codes)] : undefined;
}

const CONFLICT_AFTER = /^\s+(?:crisis|war|conflict)\b/i;

/** The codes of the places of one code each that the sentence names. */
function singleStatesNamed(context: TopicContext): Set<string> {
  return new Set(context.places.filter((p) => p.codes.length === 1).flatMap((p) => [...p.codes]));
}

/**
 * The war of the one known state at war that the sentence names besides the holders ("Russia's
 * envoy urged both sides to return to the ceasefire" is not Russia's own war).
 */
function warOfStateNamed(context: TopicContext): readonly string[] | undefined {
  const named = singleStatesNamed(context);
  for (const holder of context.holders) named.delete(holder);
  const wars = STATES_AT_WAR.filter((sides) => sides.some((code) => named.has(code)));
  return wars.length === 1 ? wars[0] : undefined;
}

// "agreed that a full ceasefire was needed to end the war and that ... negotiations between
// Moscow and Kyiv": the sides of a known war named anywhere in the sentence (the context's
// places are the sentence's).
function warSidesInSentence(context: TopicContext): string[] | undefined {
  const named = singleStatesNamed(context);
  const war = STATES_AT_WAR.find((sides) => sides.every((code) => named.has(code)));
  if (war) return [...war];
  // "The leaders called on Russia to agree to a ceasefire": a side named, the other among
  // those who call.
  const joined = STATES_AT_WAR.find(
    (sides) =>
      sides.some((code) => named.has(code)) &&
      sides.every((code) => named.has(code) || context.holders.includes(code)),
  );
  return joined ? [...joined] : undefined;
}

/**
 * "would hold their next meeting in Baku", "the commission would meet", "a new round of
 * talks ... would be held": a single future meeting told as settled is a planned meeting,
 * not a stated position for dialogue (the answer keys' convention); support for one
 * ("supported a resumption of talks", "preparations for the visit") still is.
 */
const HELD_LATER_BEFORE =
  /\b(?:will|would|shall)\s+(?:(?:hold|convene)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3})?$/i;
const HELD_LATER_AFTER = /^[^.;]{0,60}?\b(?:will|would|shall|is to|are to)\s+be\s+held\b/i;

function meetingArgs(context: TopicContext, match: Range): string[][] {
  const word = context.analysis.text.slice(match.start, match.end);
  if (TEMPORAL_CLAUSE_BEFORE.test(context.analysis.text.slice(match.start - 40, match.start)))
    return [];
  const habitual =
    (/s$/.test(word) && word !== "talks") ||
    HABITUAL.test(context.analysis.text.slice(match.start - 40, match.start));
  if (habitual) return defaultArgs(context, match);
  const before = context.analysis.text.slice(Math.max(0, match.start - 50), match.start);
  const after = context.analysis.text.slice(match.end, match.end + 90);
  if (HELD_LATER_BEFORE.test(before) || HELD_LATER_AFTER.test(after)) return [];
  return context.plannedCountries && context.plannedCountries.length >= 2
    ? [[...context.plannedCountries]]
    : [];
}

function defaultArgs(context: TopicContext, scope: Range): string[][] {
  const text = context.analysis.text.slice(scope.start - 30, scope.end);
  if (context.holders.length >= 2) return [[...context.holders]];
  if (GROUP_ARGS.test(text)) {
    if (context.meetingCountries.length >= 2) return [[...context.meetingCountries]];
    // "normalise relations between the two states", said by one of them after the meeting
    // of both was told: the two states are that meeting's.
    const group = context.lastGroup;
    if (group && group.length >= 2 && context.holders.every((h) => group.includes(h)))
      return [[...group]];
  }
  if (
    /\b(?:the relationship|relations|ties|dialogue)\b/.test(text) &&
    context.recentPair &&
    context.recentPair.length >= 2
  )
    return [[...context.recentPair]];
  // "an issue that has long strained relations between Warsaw and Berlin. Wadephul said
  // Germany accepted its historical responsibility": the pair just named, not the
  // three-way meeting both sat in.
  const pair = context.previousPair;
  if (
    pair &&
    context.holders.every((h) => pair.includes(h)) &&
    context.meetingCountries.length > pair.length
  )
    return [[...pair]];
  if (
    context.meetingCountries.length >= 2 &&
    context.holders.every((h) => context.meetingCountries.includes(h))
  )
    return [[...context.meetingCountries]];
  return [];
}

function isState(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
