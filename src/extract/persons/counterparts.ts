import { type PlaceMention } from "../mentions/find-places.js";
import { type Sentence } from "../text/split-sentences.js";
import { cleanName, NAME_SOURCE } from "./name-pattern.js";
import { type PersonCandidate } from "./person-candidate.js";
import { placeEndingAt, PRE, TITLE_WORD } from "./title-pattern.js";

// People introduced as someone's counterpart: "his Chinese counterpart Wang Yi", "his Swedish
// and Finnish counterparts, A and B", "his Nordic counterparts, Finland's Elina Valtonen".

// "his Saudi counterpart, Prince Faisal", "his Chinese counterpart Wang Yi"
const COUNTERPART = new RegExp(`counterparts?,?\\s+${PRE}(?<name>${NAME_SOURCE})`, "gu");
// "his Polish, Slovak and Czech counterparts, Radosław Sikorski, Juraj Blanár and Petr
// Macinka": a list of names after the word, the last after "and".
const COUNTERPARTS_LIST = new RegExp(
  `counterparts,?\\s+(?<list>${PRE}${NAME_SOURCE}(?:,\\s+${PRE}${NAME_SOURCE})*,?\\s+and\\s+${PRE}${NAME_SOURCE})`,
  "dgu",
);
const LISTED_NAME = new RegExp(
  `(?:^|,\\s+(?:and\\s+)?|\\s+and\\s+)${PRE}(?<name>${NAME_SOURCE})`,
  "dgu",
);

// "Foreign Minister Cho Hyun and his Chinese counterpart Wang Yi": a counterpart holds the
// same kind of office as the official of the sentence, else of the latest one before it.
export function withCounterpartOffice(
  candidate: PersonCandidate,
  sentenceOfficials: readonly PersonCandidate[],
  before: readonly PersonCandidate[],
): PersonCandidate {
  const official =
    sentenceOfficials.find((o) => o.role !== undefined) ??
    before.findLast((o) => o.role !== undefined && !o.titleInherited);
  if (!official?.role || !official.title) return candidate;
  return { ...candidate, role: official.role, title: official.title, titleInherited: true };
}

// "his Nordic counterparts, Finland's Elina Valtonen, ... and Iceland's Þorgerður Katrín
// Gunnarsdóttir": after "counterparts", a state's possessive introduces its minister.
const POSSESSIVE_NAME = new RegExp(`^['’]s\\s+(?<name>${NAME_SOURCE})`, "u");

function possessiveCounterparts(
  sentence: Sentence,
  places: readonly PlaceMention[],
): PersonCandidate[] {
  const at = sentence.text.search(/\bcounterparts?\b/);
  if (at < 0) return [];
  return places.flatMap((place) => {
    if (!place.possessive || place.codes.length !== 1 || place.start < sentence.start + at)
      return [];
    const m = POSSESSIVE_NAME.exec(sentence.text.slice(place.end - sentence.start));
    const raw = m?.groups?.name ?? "";
    const name = cleanName(raw);
    if (!m || !name || name.split(/\s+/).length < 2 || TITLE_WORD.test(name)) return [];
    const start = place.end + m[0].length - raw.length;
    return [{ name, start, end: start + raw.length, counterpart: true, country: place.codes[0] }];
  });
}

/**
 * "his Polish, Slovak and Czech counterparts, Radosław Sikorski, Juraj Blanár and Petr
 * Macinka": as many states before the word as names after it, paired in order.
 */
function pairedCounterparts(
  sentence: Sentence,
  places: readonly PlaceMention[],
): PersonCandidate[] {
  return [...sentence.text.matchAll(COUNTERPARTS_LIST)].flatMap((m) => {
    const states = statesListedBefore(sentence, places, sentence.start + m.index);
    const listAt = m.indices?.groups?.list?.[0];
    if (listAt === undefined) return [];
    const names = [...(m.groups?.list ?? "").matchAll(LISTED_NAME)].flatMap((n) => {
      const raw = n.groups?.name ?? "";
      const from = n.indices?.groups?.name?.[0];
      return from === undefined ? [] : [{ raw, start: sentence.start + listAt + from }];
    });
    if (states.length !== names.length || states.some((p) => p.codes.length !== 1)) return [];
    return names.flatMap(({ raw, start }, i) => {
      const name = cleanName(raw);
      if (!name || name.split(/\s+/).length < 2) return [];
      const country = states[i]?.codes[0];
      return [
        {
          name,
          start,
          end: start + raw.length,
          counterpart: true,
          ...(country ? { country } : {}),
        },
      ];
    });
  });
}

/** The places listed right before `at`, joined by commas and a last "and", in order. */
function statesListedBefore(
  sentence: Sentence,
  places: readonly PlaceMention[],
  at: number,
): PlaceMention[] {
  const between = (from: number, to: number): string =>
    sentence.text.slice(from - sentence.start, to - sentence.start);
  const last = places.findLast((p) => p.end <= at && /^\s*$/.test(between(p.end, at)));
  if (!last) return [];
  const listed = [last];
  for (;;) {
    const next = listed[0];
    const joinedByAnd = listed.length === 1;
    const before = places.findLast(
      (p) =>
        next !== undefined &&
        p.end <= next.start &&
        (joinedByAnd ? /^,?\s+and\s+$/ : /^,\s+$/).test(between(p.end, next.start)),
    );
    if (!before) break;
    listed.unshift(before);
  }
  return listed.length >= 2 ? listed : [];
}

export function counterparts(
  sentence: Sentence,
  places: readonly PlaceMention[],
): PersonCandidate[] {
  const paired = pairedCounterparts(sentence, places);
  if (paired.length > 0) return [...paired, ...possessiveCounterparts(sentence, places)];
  const named = [...sentence.text.matchAll(COUNTERPART)].flatMap((m) => {
    const name = cleanName(m.groups?.name ?? "");
    if (!name) return [];
    const start = sentence.start + m.index;
    // "his counterparts, Finland's Elina Valtonen": a state is not a name.
    const nameStart = start + m[0].length - (m.groups?.name?.length ?? 0);
    if (places.some((p) => p.start === nameStart)) return [];
    const country = placeEndingAt(places, start);
    return [
      {
        name,
        start: start + m[0].length - (m.groups?.name?.length ?? 0),
        end: start + m[0].length,
        counterpart: true,
        ...(country ? { country } : {}),
      },
    ];
  });
  return [...named, ...possessiveCounterparts(sentence, places)];
}
