import { type Analysis } from "../analyze.js";
import { entityOf, isOfficial, type Range, sentenceAt, unique } from "../analysis-view.js";
import { type Group } from "../events/resolve-group.js";
import { type CueHit } from "./stance-cue-match.js";

/** Who holds a position: states, and the people who stated it. */
export interface Holders {
  codes: string[];
  speakers: string[];
  /** The position is someone's comment (an analyst's), held by no state. */
  blocked?: boolean;
  end: number;
}

// A preposition or a verb whose object follows: "thanked Moscow for its balanced position",
// "dismissed the communique and said ..." name no holder.
const PREPOSITION_BEFORE =
  /\b(?:in|at|to|with|from|of|on|for|by|between|among|against|over|about|toward|towards|into|told|asked|urged|met|hosted|thanked|praised|accused|critici[sz]ed|invited|welcomed|congratulated|received|pressed|visited|called on|dismissed|rejected|condemned|endorsed|signed|issued|adopted|released|published|and (?:with|to))\s+(?:the\s+)?$/i;
const PRONOUN_GROUP = /\b(?:they|They|both|Both)\b/g;
const WE = /\b(?:we|We|our|Our)\b/g;
const BULLET_ONLY = /^\s*[-–•*]\s*$/;
// "The statement said ...", "The text called for ...": a joint document speaks for every
// side that issued it.
const DOCUMENT =
  /\b(?:the|their|a)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|text)(?![\p{L}\p{N}])(?!\s+(?:by|from|of)\b)/giu;

/**
 * Finds the holder of the position a cue states: the nearest subject before it in
 * `range` (a group noun, an official, or states named as the subject), or, in a
 * quotation, the speaker's state. A non-official subject blocks the position.
 */
export function findHolders(args: {
  analysis: Analysis;
  hit: CueHit;
  range: Range;
  groups: readonly Group[];
  lastGroup?: string[];
  speaker?: string;
  /** The sides of the latest event said to have issued a joint statement. */
  documentSides?: readonly string[];
}): Holders | undefined {
  const { analysis, hit, range } = args;
  const candidates: Holders[] = [
    ...args.groups
      .filter((g) => g.end <= hit.start && g.start >= range.start && g.countries.length > 0)
      // "open to both sides": a group after a preposition is an object, not the subject.
      .filter(
        (g) => !PREPOSITION_BEFORE.test(analysis.text.slice(Math.max(0, g.start - 14), g.start)),
      )
      .map((g) => ({ codes: g.countries, speakers: g.participants, end: g.end })),
    ...pronounGroups(analysis, range, hit, args.lastGroup),
    ...personSubjects(analysis, range, hit),
    ...stateSubjects(analysis, range, hit),
    ...documentSubjects(analysis, range, hit, args.documentSides),
    ...(hit.quote && args.speaker ? weSpeaker(analysis, range, hit, args.speaker) : []),
  ];
  const nearest = coordinate(
    analysis,
    candidates.sort((a, b) => b.end - a.end),
  );
  if (nearest) return nearest;
  if (hit.quote && args.speaker) return speakerHolder(analysis, args.speaker, hit.start);
  return undefined;
}

function pronounGroups(
  analysis: Analysis,
  range: Range,
  hit: CueHit,
  lastGroup?: string[],
): Holders[] {
  if (!lastGroup || lastGroup.length < 2 || hit.quote) return [];
  const text = analysis.text.slice(range.start, hit.start);
  // "the two presidents: - welcomed the progress ...": a point of a list with no subject of
  // its own has the list's.
  if (BULLET_ONLY.test(text)) return [{ codes: lastGroup, speakers: [], end: hit.start }];
  return [...text.matchAll(PRONOUN_GROUP)]
    .filter((m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)))
    .map((m) => ({
      codes: lastGroup,
      speakers: [],
      end: range.start + m.index + m[0].length,
    }));
}

function personSubjects(analysis: Analysis, range: Range, hit: CueHit): Holders[] {
  return analysis.mentions
    .filter((m) => m.start >= range.start && m.end <= hit.start && m.inQuote === Boolean(hit.quote))
    .filter((m) => !m.possessive || (hit.cue.nominal === true && hit.start - m.end <= 4))
    .filter(
      (m) => !PREPOSITION_BEFORE.test(analysis.text.slice(Math.max(0, m.start - 14), m.start)),
    )
    .map((m) => {
      const entity = entityOf(analysis, m.entity);
      if (!isOfficial(entity) || !entity.country)
        return { codes: [], speakers: [], blocked: true, end: m.end };
      return { codes: [entity.country], speakers: [entity.id], end: m.end };
    });
}

function stateSubjects(analysis: Analysis, range: Range, hit: CueHit): Holders[] {
  if (hit.cue.scope === "clause") return [];
  const s = sentenceAt(analysis, hit.start);
  const places = (s ? (analysis.places[s.index] ?? []) : []).filter(
    (p) =>
      p.start >= range.start &&
      p.end <= hit.start &&
      p.codes.length === 1 &&
      p.form !== "demonym" &&
      !p.locative,
  );
  const out: Holders[] = [];
  for (let i = 0; i < places.length; i++) {
    const first = places[i];
    if (!first) continue;
    const list = [first];
    for (let j = i + 1; j < places.length; j++) {
      const prev = list.at(-1);
      const next = places[j];
      if (
        !prev ||
        !next ||
        !/^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:the\s+)?$/.test(
          analysis.text.slice(prev.end, next.start),
        )
      )
        break;
      list.push(next);
    }
    i += list.length - 1;
    if (PREPOSITION_BEFORE.test(analysis.text.slice(Math.max(0, first.start - 14), first.start)))
      continue;
    const last = list.at(-1);
    if (!last || (last.possessive && !(hit.cue.nominal === true && hit.start - last.end <= 4)))
      continue;
    if (/^[-–]/.test(analysis.text.slice(last.end, last.end + 1))) continue;
    out.push({ codes: unique(list.flatMap((p) => [...p.codes])), speakers: [], end: last.end });
  }
  return out;
}

function documentSubjects(
  analysis: Analysis,
  range: Range,
  hit: CueHit,
  sides: readonly string[] | undefined,
): Holders[] {
  if (!sides || sides.length < 2 || hit.quote) return [];
  const text = analysis.text.slice(range.start, hit.start);
  return [...text.matchAll(DOCUMENT)]
    .filter(
      (m) =>
        !PREPOSITION_BEFORE.test(
          analysis.text.slice(Math.max(0, range.start + m.index - 14), range.start + m.index),
        ),
    )
    .map((m) => ({ codes: [...sides], speakers: [], end: range.start + m.index + m[0].length }));
}

function weSpeaker(analysis: Analysis, range: Range, hit: CueHit, speaker: string): Holders[] {
  const text = analysis.text.slice(range.start, hit.start);
  const holder = speakerHolder(analysis, speaker, hit.start);
  if (!holder) return [];
  return [...text.matchAll(WE)].map((m) => ({
    ...holder,
    end: range.start + m.index + m[0].length,
  }));
}

function speakerHolder(analysis: Analysis, speaker: string, end: number): Holders | undefined {
  const entity = entityOf(analysis, speaker);
  if (!isOfficial(entity) || !entity.country)
    return { codes: [], speakers: [], blocked: true, end };
  return { codes: [entity.country], speakers: [speaker], end };
}

// "Cho and Iwaya reaffirmed": subjects joined by "and" or a comma hold the position together.
function coordinate(analysis: Analysis, sorted: readonly Holders[]): Holders | undefined {
  const first = sorted[0];
  if (!first || first.blocked) return first;
  const joined = { ...first, codes: [...first.codes], speakers: [...first.speakers] };
  let edge = startOf(analysis, first);
  for (const next of sorted.slice(1)) {
    // "U.S. Secretary of State Antony Blinken": the title's state is the person's own.
    if (
      next.speakers.length === 0 &&
      next.codes.every((c) => joined.codes.includes(c)) &&
      next.end > edge - 40
    )
      continue;
    if (
      next.blocked ||
      !/^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+|his\s+|her\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u.test(
        analysis.text.slice(next.end, edge),
      )
    )
      break;
    joined.codes = unique([...next.codes, ...joined.codes]);
    joined.speakers = unique([...next.speakers, ...joined.speakers]);
    edge = startOf(analysis, next);
  }
  return joined;
}

function startOf(analysis: Analysis, holder: Holders): number {
  const mention = analysis.mentions.find((m) => m.end === holder.end);
  if (mention) return mention.start;
  const place = analysis.places.flat().find((p) => p.end === holder.end);
  return place?.start ?? holder.end;
}
