import { type Analysis } from "../analyze.js";
import { DISPUTED_REGIONS } from "../data/regions.js";
import { SPEECH_VERBS } from "../data/speech-verbs.js";
import { type Range, recentPersons } from "../analysis-view.js";
import { type EventState } from "../events/cue-context.js";
import { type MeetingDraft } from "../events/meeting-draft.js";
import { clausesOf } from "../events/meeting-cues.js";
import { countriesOf, findGroups, type Group } from "../events/resolve-group.js";
import { officialsIn } from "../events/talk-sides.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type QuoteDraft } from "../quotes/quote-draft.js";
import { type Sentence } from "../text/split-sentences.js";
import { findHolders } from "./find-holders.js";
import { findTopics, sanctionedIn, type TopicHit } from "./find-topics.js";
import { type PositionDraft } from "./position-draft.js";
import { type CueHit, findStanceCues } from "./stance-cue-match.js";
import { listsAfter } from "./topic-args.js";

// "welcomed it", "to strengthen them", not "rejected that account" nor "telling them that
// \"peace is ...\"": a pronoun, not a determiner or the start of reported words; nor "it
// will say so", whose "it" is the subject, not what the cue is about.
const PRONOUN =
  /\b(?:it|them)\b(?!\s+(?:that|will|would|is|was|has|had|can|could|must|should|says|said)\b)|\b(?:this|that)\b(?!\s+(?:[a-z]{3,}|["“‘]))/;
const INTRODUCES_QUOTE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^"“‘]*$|[,:]\\s*$`);
const SCOPE_BREAK =
  /,\s+(?:where|whose|while|whereas|as|but|although|though|when|because|according to|the (?:ministry|statement|readout|office))\b|(?<!such|well)\s+(?:as|while|whereas)\s+(?:the|their|its|both|they)\b|;|\s[—–]\s/;

interface Memory {
  current?: MeetingDraft;
  lastGroup?: string[];
  recentRegion?: string;
  recentRecipient?: string;
  recentSanctioned?: string;
  recentPair?: string[];
  /** The sentence that named `recentPair`. */
  recentPairSentence?: number;
  lastTopics: TopicHit[];
}

/**
 * Finds the positions an article reports: for each stance cue, its holder (the
 * subject, a group standing for a meeting's sides, or a quotation's speaker) and
 * the topics in its scope. Analysts' and other non-officials' views are left out.
 */
export function findPositions(args: {
  analysis: Analysis;
  meetings: readonly MeetingDraft[];
  events: EventState;
  quotes: readonly QuoteDraft[];
}): PositionDraft[] {
  const { analysis, events } = args;
  const memory: Memory = { lastTopics: [] };
  const out: PositionDraft[] = [];
  for (const sentence of analysis.sentences) {
    const touched = events.bySentence.get(sentence.index) ?? [];
    memory.current = touched.at(-1) ?? memory.current;
    // "Albanese and Holness held a bilateral meeting ... they agreed": the latest meeting's
    // sides are the "they" of the sentences after it.
    const met = touched.at(-1);
    if (met && met.countries.length >= 2) memory.lastGroup = [...met.countries];
    const planned = touched.find((d) => d.status !== "held");
    const commentary = isCommentary(analysis, sentence.index);
    // An analyst's view is no state's position, in their own words or in quotation marks.
    const hits = findStanceCues(analysis, sentence.index).filter((h) =>
      h.quote ? !isCommentator(analysis, quoteSpeaker(args.quotes, h.start)) : !commentary,
    );
    const recent = recentPersons(analysis, sentence.end);
    const groups = findGroups({
      analysis,
      sentence: sentence.index,
      ...(memory.current ? { current: memory.current } : {}),
      recentPersons: recent,
      drafts: events.drafts.filter((d) => Math.min(...d.evidence) <= sentence.index),
    });
    // "The three presidents have issued a joint statement. The main points: - They backed
    // ...": a group opening a sentence is the "they" of the sentences after it.
    const subject = groups.find(
      (g) =>
        g.countries.length >= 2 &&
        /^[\s\-–•*]*$/.test(analysis.text.slice(sentence.start, g.start)),
    );
    if (subject) memory.lastGroup = [...subject.countries];
    const introduced = listIntroduced(analysis, sentence, groups);
    if (introduced) memory.lastGroup = introduced;
    const holdersOf: (ReturnType<typeof findHolders> | undefined)[] = [];
    hits.forEach((hit, i) => {
      const previous = hits
        .slice(0, i)
        .reverse()
        .find((h) => Boolean(h.quote) === Boolean(hit.quote));
      const range = { start: previous?.end ?? regionStart(hit, sentence.start), end: hit.start };
      const speaker = hit.quote ? quoteSpeaker(args.quotes, hit.start) : undefined;
      const holders =
        findHolders({
          analysis,
          hit,
          range,
          groups,
          ...(memory.lastGroup ? { lastGroup: memory.lastGroup } : {}),
          ...(speaker ? { speaker } : {}),
          ...documentSidesAt(events.drafts, sentence.index),
        }) ?? (previous ? holdersOf[hits.indexOf(previous)] : undefined);
      holdersOf[i] = holders;
      if (!holders || holders.blocked || holders.codes.length === 0) return;
      if (holders.codes.length >= 2) memory.lastGroup = holders.codes;
      const { scope, resumed } = scopeOf(analysis, hit, hits[i + 1], sentence);
      const topicContext = {
        analysis,
        places: analysis.places[sentence.index] ?? [],
        holders: holders.codes,
        meetingCountries: memory.current?.countries ?? [],
        ...(planned ? { plannedCountries: planned.countries } : {}),
        ...(memory.recentRegion ? { recentRegion: memory.recentRegion } : {}),
        ...(memory.recentRecipient ? { recentRecipient: memory.recentRecipient } : {}),
        ...(memory.recentSanctioned ? { recentSanctioned: memory.recentSanctioned } : {}),
        ...(memory.recentPair ? { recentPair: memory.recentPair } : {}),
        ...(memory.recentPair && memory.recentPairSentence === sentence.index - 1
          ? { previousPair: memory.recentPair }
          : {}),
        ...(memory.lastGroup ? { lastGroup: memory.lastGroup } : {}),
      };
      let topics = [
        ...findTopics(topicContext, scope),
        ...(resumed ? findTopics(topicContext, resumed) : []),
      ];
      if (topics.length === 0 && hit.cue.stance === "concern")
        topics = regionAtRisk(topicContext.places, scope);
      if (topics.length === 0 && PRONOUN.test(analysis.text.slice(scope.start, scope.end))) {
        // "they reviewed the brotherly relations ... and affirmed their keenness to strengthen
        // them": the pronoun's topic is told earlier in the sentence, else in an earlier one.
        const before = { start: sentence.start, end: hit.start };
        const told = findTopics(topicContext, before);
        topics = told.length > 0 ? told : memory.lastTopics;
      }
      if (topics.length > 0) memory.lastTopics = topics;
      for (const topic of topics)
        out.push({
          stance: topic.undone && hit.cue.stance === "support" ? "oppose" : hit.cue.stance,
          kind: topic.kind,
          args: topic.args,
          holders: holders.codes,
          speakers: holders.speakers,
          sentence: sentence.index,
        });
    });
    remember(analysis, sentence.index, memory);
  }
  return dedupe(out);
}

/**
 * "voiced concern over the growing activity of Russia's fleet around the Barents Sea": a
 * concern about what happens in a region, with no topic of its own, is a concern for the
 * region's peace and stability.
 */
function regionAtRisk(places: readonly PlaceMention[], scope: Range): TopicHit[] {
  const region = places.find(
    (p) => p.region && p.start >= scope.start && p.end <= scope.end,
  )?.region;
  if (!region) return [];
  return [
    {
      kind: DISPUTED_REGIONS.has(region) ? "territorial-dispute" : "peace-stability",
      args: [region],
    },
  ];
}

// "Jane Roe, an analyst, said the sides should ...": a commentator's view is no state's position.
function isCommentary(analysis: Analysis, sentence: number): boolean {
  const subject = analysis.mentions.find(
    (m) => m.sentence === sentence && !m.inQuote && !m.possessive,
  );
  return isCommentator(analysis, subject?.entity);
}

function isCommentator(analysis: Analysis, person: string | undefined): boolean {
  const entity = person ? analysis.entities.find((e) => e.id === person) : undefined;
  return entity !== undefined && entity.nonOfficial && !entity.relays;
}

function quoteSpeaker(quotes: readonly QuoteDraft[], at: number): string | undefined {
  return quotes.find((q) => q.start <= at && at <= q.end)?.speaker;
}

// "According to the Palace, Prabowo and Macron:": the sides a list of points is told of.
const LIST_LEAD_IN = /:\s*$/;

/**
 * The states of the group or the officials named last before the colon that ends a
 * sentence ("the two presidents:", "Prabowo and Macron:"): the subject of the points after.
 */
function listIntroduced(
  analysis: Analysis,
  sentence: Sentence,
  groups: readonly Group[],
): string[] | undefined {
  if (!LIST_LEAD_IN.test(sentence.text)) return undefined;
  const colonAt = sentence.text.lastIndexOf(":");
  const colon = sentence.start + colonAt;
  // The officials after the lead-in's last comma: "According to the Palace, Prabowo and Macron:".
  const tailStart = sentence.start + sentence.text.lastIndexOf(",", colonAt) + 1;
  const group = groups.find(
    (g) => g.countries.length >= 2 && /^\s*$/.test(analysis.text.slice(g.end, colon)),
  );
  if (group) return [...group.countries];
  const named = officialsIn(analysis, { start: tailStart, end: colon });
  const countries = countriesOf(analysis, named);
  return countries.length >= 2 ? countries : undefined;
}

function regionStart(hit: CueHit, sentenceStart: number): number {
  return hit.quote ? hit.quote.start : sentenceStart;
}

/**
 * "committed both countries to coordinate border controls, as thousands of migrants cross
 * each week, and to resume talks on ...": a clause set off inside a chain of infinitives
 * ends the cue's scope, and the chain goes on after it.
 */
const INFINITIVE_CHAIN_GOES_ON = /,\s+and to\s+(?=\p{Ll})/u;

/** The words a cue governs, and where they go on after a clause set off inside them. */
function scopeOf(
  analysis: Analysis,
  hit: CueHit,
  next: CueHit | undefined,
  sentence: Sentence,
): { scope: Range; resumed?: Range } {
  const scope = cueScope(analysis, hit, next, sentence);
  if (scope.end >= sentence.end || hit.cue.scope !== "after") return { scope };
  // Only a cue that takes an infinitive ("agreed to", "committed both countries to").
  if (!/\bto(?:\s|$)/.test(analysis.text.slice(hit.start, hit.end + 4))) return { scope };
  const end = reachOf(hit, next, sentence);
  const after = analysis.text.slice(scope.end, end);
  const chain = INFINITIVE_CHAIN_GOES_ON.exec(after);
  if (!chain) return { scope };
  const start = scope.end + chain.index + chain[0].length;
  const cut = SCOPE_BREAK.exec(analysis.text.slice(start, end));
  return { scope, resumed: { start, end: cut ? start + cut.index : end } };
}

/** The furthest a cue's words can go: its sentence or quotation, up to the next cue of its kind. */
function reachOf(hit: CueHit, next: CueHit | undefined, sentence: { end: number }): number {
  const end = hit.quote ? Math.min(hit.quote.end, sentence.end) : sentence.end;
  return next && Boolean(next.quote) === Boolean(hit.quote) ? Math.min(end, next.start) : end;
}

function cueScope(
  analysis: Analysis,
  hit: CueHit,
  next: CueHit | undefined,
  sentence: Sentence,
): Range {
  if (hit.cue.scope === "clause") {
    const clause = clausesOf(sentence.text).find(
      (c) => hit.start - sentence.start >= c.start && hit.start - sentence.start < c.end,
    );
    const start = sentence.start + (clause?.start ?? 0);
    const end = sentence.start + (clause?.end ?? sentence.text.length);
    return hit.quote
      ? { start: Math.max(start, hit.quote.start), end: Math.min(end, hit.quote.end) }
      : { start, end };
  }
  let end = reachOf(hit, next, sentence);
  // A quotation introduced by a speech verb is the speaker's own; a phrase in scare quotes is not.
  const laterQuote = analysis.quotes.find((q) => q.outerStart > hit.end && q.outerStart < end);
  if (
    !hit.quote &&
    laterQuote &&
    INTRODUCES_QUOTE.test(analysis.text.slice(hit.end, laterQuote.outerStart))
  )
    end = laterQuote.outerStart;
  const rest = analysis.text.slice(hit.end, end);
  const cut = SCOPE_BREAK.exec(rest);
  // "called on Turkey's partners in NATO to tighten sanctions": what is called for is the
  // infinitive, not the ones called on; a state called on ("urged Beijing to lift its ban on
  // imports") stays, as the other side of the topic.
  const addressee = ADDRESSEE.test(analysis.text.slice(hit.start, hit.end))
    ? ADDRESSED_TO.exec(rest.slice(0, cut ? cut.index : undefined))
    : null;
  const skip =
    addressee && !namesOnlyAState(analysis, sentence.index, hit.end, addressee[0])
      ? addressee
      : null;
  const start = hit.end + (skip ? skip[0].length : 0);
  return { start, end: cut ? hit.end + cut.index : end };
}

function namesOnlyAState(
  analysis: Analysis,
  sentence: number,
  at: number,
  addressee: string,
): boolean {
  const words = /^\s*(?:the\s+)?(.*?)\s+to\s+$/.exec(addressee)?.[1] ?? "";
  const from = at + addressee.indexOf(words);
  return (analysis.places[sentence] ?? []).some(
    (p) => p.start === from && p.end === from + words.length && p.codes.length > 0,
  );
}

const ADDRESSEE = /\b(?:call(?:ed|s)? on|urg(?:ed|es|e))$/i;
// "urged Beijing to lift", not "urged humanitarian access to southern Syria": "to" before a
// verb, not before a place's part or a determiner.
const ADDRESSED_TO =
  /^[^,;.]{1,80}?\bto\s+(?=\p{Ll})(?!(?:the|a|an|its|their|all|every|(?:north|south|east|west)(?:ern)?|central)\b)/u;

function remember(analysis: Analysis, sentence: number, memory: Memory): void {
  const places = analysis.places[sentence] ?? [];
  const region = places.filter((p) => p.region).at(-1)?.region;
  if (region) memory.recentRegion = region;
  const s = analysis.sentences[sentence];
  if (!s) return;
  const recipient = aidRecipient(analysis, places);
  if (recipient) memory.recentRecipient = recipient;
  // "keep up pressure on Russia, including through sanctions": the pressure is sanctions.
  const sanctioned =
    sanctionedIn(analysis, places, s) ??
    (/\bsanctions?\b/i.test(s.text) ? sanctionedIn(analysis, places, s, true) : undefined);
  if (sanctioned) memory.recentSanctioned = sanctioned;
  for (const m of s.text.matchAll(/\b(?:between|among)\b/g)) {
    const lists = listsAfter(analysis, places, s.start + m.index - 1, {
      start: s.start,
      end: s.end,
    });
    const pair = lists[0]?.codes.filter((c) => /^[A-Z]{3}$/.test(c));
    if (pair && pair.length === 2) {
      memory.recentPair = pair;
      memory.recentPairSentence = sentence;
    }
  }
}

const RELIEF = /^\s+(?:post-\w+\s+)?(?:reconstruction|recovery|relief)\b/i;
const RELIEF_OF = /\b(?:reconstruction|recovery|relief) (?:of|for|in)\s+(?:the\s+)?$/i;

// "the pledging conference for Jamaica's reconstruction", "relief for Gaza": the state
// whose relief or reconstruction money pledged afterwards is for.
function aidRecipient(analysis: Analysis, places: readonly PlaceMention[]): string | undefined {
  const place = places.find(
    (p) =>
      p.codes.length === 1 &&
      ((p.possessive && RELIEF.test(analysis.text.slice(p.end + 2, p.end + 40))) ||
        RELIEF_OF.test(analysis.text.slice(Math.max(0, p.start - 30), p.start))),
  );
  return place?.codes[0];
}

function dedupe(positions: readonly PositionDraft[]): PositionDraft[] {
  const seen = new Set<string>();
  return positions.filter((p) => {
    const key = [
      [...p.holders].sort().join(","),
      p.stance,
      p.kind,
      [...p.args].sort().join(","),
    ].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The latest event told so far that issued a joint statement: its sides hold what "the statement" says.
function documentSidesAt(
  drafts: readonly MeetingDraft[],
  sentence: number,
): { documentSides?: string[] } {
  const issuer = [...drafts]
    .reverse()
    .find((d) => d.jointStatement === true && Math.min(...d.evidence) <= sentence);
  return issuer ? { documentSides: issuer.countries } : {};
}
