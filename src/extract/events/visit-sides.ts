import { type Analysis } from "../analyze.js";
import {
  entityOf,
  isHead,
  isOfficial,
  personsIn,
  placesIn,
  statesByMentions,
  unique,
} from "../analysis-view.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type CueMatch, findCues } from "./meeting-cues.js";

/**
 * Who travels where in a visit: the visitor is the person whose visit it is
 * ("Lee's visit", "X flew to"), never one of the host state; the hosts are the
 * destination's officials of the visitor's rank named in the same sentence. `onwardTo`
 * holds the further destinations listed after the first ("travel on to the United Arab
 * Emirates and Saudi Arabia"): each is a visit of its own.
 */
export function visitSides(
  analysis: Analysis,
  sentence: number,
  cue: CueMatch,
):
  | { countries: string[]; participants: string[]; leaders: boolean; onwardTo: string[] }
  | undefined {
  const s = analysis.sentences[sentence];
  if (!s) return undefined;
  const places = placesIn(analysis, sentence, { start: s.start, end: s.end });
  // "a state visit, the first by a Brazilian president": an adjective of nationality after
  // the visit is the visitor's, unless it only locates ("to the Japanese capital").
  const destinationPlace = places.find(
    (p) =>
      p.start >= cue.end &&
      p.start - cue.end <= 25 &&
      p.codes.length === 1 &&
      // "the state visit of the President of Kazakhstan to Uzbekistan": the visitor's state.
      !/^\s+(?:of|by)\s/i.test(analysis.text.slice(cue.end, p.start)) &&
      (p.form !== "demonym" || p.locative),
  );
  let destination = destinationPlace?.codes[0];
  const people = personsIn(analysis, cue.clause).filter((m) =>
    isOfficial(entityOf(analysis, m.entity)),
  );
  // "talks with visiting Sri Lankan President Dissanayake": the guest named after the word,
  // come to the state of the host named beside.
  const guest = /^visiting$/i.test(cue.word)
    ? people.find(
        (m) =>
          m.start >= cue.end &&
          /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}$/u.test(analysis.text.slice(cue.end, m.start)),
      )
    : undefined;
  const guestState = guest ? entityOf(analysis, guest.entity)?.country : undefined;
  destination ??= people
    .map((m) => entityOf(analysis, m.entity)?.country)
    .find((c) => guestState !== undefined && c !== undefined && c !== guestState);
  const away = people.filter((m) => entityOf(analysis, m.entity)?.country !== destination);
  const owner = away.find((m) => m.possessive && cue.start - m.end >= 0 && cue.start - m.end <= 30);
  // "Witkoff met Netanyahu ... and later flew to Doha": a second verb of the clause's
  // subject, not of the person named last.
  const coordinated = COORDINATED_VERB_BEFORE.test(
    analysis.text.slice(Math.max(cue.clause.start, cue.start - 20), cue.start),
  );
  const preceding = away.filter((m) => m.end <= cue.start);
  // "Merz had visited Warsaw in May, and also travelled to Paris": the subject may stand in
  // the clause before.
  const subjectBefore =
    coordinated && preceding.length === 0
      ? personsIn(analysis, { start: s.start, end: cue.clause.start }).find((m) =>
          isOfficial(entityOf(analysis, m.entity)),
        )
      : undefined;
  const before = coordinated ? (preceding[0] ?? subjectBefore) : preceding.at(-1);
  const visitor = (guest ?? owner ?? before ?? away[0])?.entity;
  if (!visitor) return undefined;
  const visitorEntity = entityOf(analysis, visitor);
  // "Mr Faye arrived in the capital for a two-day state visit": the capital of the state
  // the article is most about, other than the visitor's own.
  if (!destination && THE_CAPITAL_AFTER.test(analysis.text.slice(cue.end, cue.end + 25)))
    destination = statesByMentions(analysis.places.flat()).find(
      (code) => code !== visitorEntity?.country,
    );
  // "Martin and Uruguay's President Orsi agreed ..., as Mr Martin opened the first official
  // visit by an Irish head of government to the South American country": a visit told with
  // no place is to the state of the other leader its sentence names.
  if (!destination && /\b(?:state|official|working) visit\b/i.test(cue.word))
    destination = personsIn(analysis, { start: s.start, end: s.end })
      .map((m) => entityOf(analysis, m.entity))
      .find((e) => isOfficial(e) && isHead(e) && e.country !== visitorEntity?.country)?.country;
  // "Museveni, who is on a three-day state visit, ...", filed from Nairobi, and "Ahn arrived
  // on Wednesday for a three-day visit", from Warsaw: a visit told with no place is to the
  // state the article is filed from, if it is not the visitor's.
  // "Li, who arrived in Adelaide on Saturday": a city the lexicon does not know, likewise.
  const unknownCityAfter =
    /^arrived in$/i.test(cue.word) && /^\s+\p{Lu}\p{Ll}+/u.test(analysis.text.slice(cue.end));
  if (
    !destination &&
    (/\b(?:state|official|working|day) visit\b/i.test(cue.word) || unknownCityAfter)
  ) {
    const filedFrom = analysis.homeCountry;
    if (filedFrom !== visitorEntity?.country) destination = filedFrom;
  }
  // "a three-day state visit by President Samia, her first to Kenya since 2021": the
  // destination told after the visitor.
  // Not the destination of a later trip: "travel to Perth on Tuesday before flying to Malaysia".
  const laterTrips = findCues(analysis, sentence).filter(
    (c) => c.start > cue.start && c.kind === "visit",
  );
  destination ??= places.find(
    (p) =>
      p.start >= cue.end &&
      p.end <= cue.clause.end &&
      !laterTrips.some((c) => p.start >= c.end && p.start - c.end <= 2) &&
      p.codes.length === 1 &&
      p.codes[0] !== visitorEntity?.country &&
      /\bto\s+(?:the\s+)?$/.test(analysis.text.slice(p.start - 8, p.start)),
  )?.codes[0];
  const hosts = personsIn(analysis, { start: s.start, end: s.end })
    .map((m) => m.entity)
    .filter((id) => {
      const host = entityOf(analysis, id);
      return (
        isOfficial(host) && host.country === destination && isHead(host) === isHead(visitorEntity)
      );
    });
  // "Macron, Starmer, Merz and Tusk travelled to Kyiv": every subject of a list travels.
  const fellows = (before && !coordinated ? fellowsOf(analysis, preceding, before) : []).filter(
    (f) => entityOf(analysis, f)?.country !== destination,
  );
  const visitors = unique([...fellows, visitor]);
  const countries = unique(
    [...visitors.map((v) => entityOf(analysis, v)?.country ?? ""), destination ?? ""].filter(
      (c) => c !== "",
    ),
  );
  const onwardTo =
    destinationPlace && visitorEntity?.country
      ? listedAfter(analysis.text, places, destinationPlace).filter(
          (code) => !countries.includes(code),
        )
      : [];
  return { countries, participants: unique([...visitors, ...hosts]), leaders: false, onwardTo };
}

// Between two people of one list: a comma or "and", and the next one's title.
const LIST_GAP = /^(?:,\s*|,?\s+and\s+)(?:[\p{L}.'’-]+\s+){0,5}$/u;

/** The people listed before `last` with it: "Macron, Starmer, Merz and Tusk". */
function fellowsOf(
  analysis: Analysis,
  preceding: readonly { entity: string; start: number; end: number }[],
  last: { entity: string; start: number },
): string[] {
  const out: string[] = [];
  let next = last;
  for (const m of [...preceding].reverse()) {
    if (m.start >= next.start) continue;
    if (!LIST_GAP.test(analysis.text.slice(m.end, next.start))) break;
    out.unshift(m.entity);
    next = m;
  }
  return out;
}

/** The states listed right after `first`: ", Japan and South Korea". */
function listedAfter(text: string, places: readonly PlaceMention[], first: PlaceMention): string[] {
  const listed: string[] = [];
  let last = first;
  for (const place of places.filter((p) => p.start > first.start)) {
    if (place.codes.length !== 1 || !LIST_JOINER.test(text.slice(last.end, place.start))) break;
    listed.push(...place.codes);
    last = place;
  }
  return listed;
}

const LIST_JOINER = /^(?:,\s+|,?\s+and\s+)(?:the\s+)?$/;

const COORDINATED_VERB_BEFORE = /\band\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?$/i;

const THE_CAPITAL_AFTER =
  /^\s*(?:in\s+|to\s+)?the\s+(?:capital|city|country|kingdom|emirate|sultanate)\b/;
