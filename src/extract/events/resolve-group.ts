import { type Analysis } from "../analyze.js";
import { entityOf, isHead, isOfficial, personsIn, sentenceAt, unique } from "../analysis-view.js";
import { GROUPINGS } from "../data/groupings.js";
import { GROUP_NOUN } from "../data/meeting-cues.js";
import { escapeRegExp } from "../persons/name-pattern.js";
import { type MeetingDraft } from "./meeting-draft.js";
import { NUMBER_WORDS } from "../data/number-words.js";

/** The people and states that a group noun ("the two leaders") stands for. */
export interface Group {
  start: number;
  end: number;
  countries: string[];
  participants: string[];
  leaders: boolean;
}

const OF_LIST =
  /\b(?:foreign ministers|ministers|leaders|heads of state|representatives|officials|top diplomats)\s+of\s+/gi;

/**
 * Finds group nouns in a sentence and resolves them: to the current meeting's side
 * when the count fits, else to the latest people or states of that count, and a
 * list after "the ministers of" to the states it names.
 */
export function findGroups(args: {
  analysis: Analysis;
  sentence: number;
  current?: MeetingDraft;
  recentPersons: readonly string[];
  drafts?: readonly MeetingDraft[];
}): Group[] {
  const { analysis, sentence, current } = args;
  const s = analysis.sentences[sentence];
  if (!s) return [];
  const groups: Group[] = [...groupings(analysis, sentence), ...ofLists(analysis, sentence)];
  for (const m of s.text.matchAll(GROUP_NOUN)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    // "the foreign ministers of the Quad": the grouping's ministers, not those told before.
    if (groups.some((g) => start < g.end && g.start < end)) continue;
    const noun = (m.groups?.noun ?? m.groups?.possessive ?? "").toLowerCase();
    // "All six voiced concern": a count alone before a verb stands for the sides.
    const written = m.groups?.count ?? m.groups?.bare;
    // "Both leaders" are two, whatever the largest gathering told.
    const count = written
      ? (NUMBER_WORDS[written.toLowerCase()] ?? Number(written))
      : /^both\b/i.test(m[0])
        ? 2
        : undefined;
    const leaders = /leaders|heads of state/.test(noun);
    const people =
      /leaders|ministers|presidents|premiers|heads|diplomats|delegations|envoys|negotiators/.test(
        noun,
      ) || !!m.groups?.bare;
    const fromMeeting =
      principalSides(analysis, noun, count, current) ??
      ministersOnly(
        analysis,
        noun,
        count,
        meetingFor(count, current, args.drafts, people),
        args.drafts,
      );
    const participants = fromMeeting?.participants.length
      ? fromMeeting.participants
      : people
        ? latestPersons(
            analysis,
            personsBefore(analysis, args.recentPersons, start),
            count ?? 2,
            leaders,
            start,
          )
        : [];
    const countries = fromMeeting
      ? fromMeeting.countries
      : people && participants.length > 0
        ? countriesOf(analysis, participants)
        : latestStates(analysis, sentence, count ?? 2, start);
    const group = { start, end: start + m[0].length, countries, participants, leaders };
    const own = ofDemonym(analysis, sentence, group, m.groups?.demonym, args.drafts ?? []);
    if (own) groups.push(own);
  }
  return groups;
}

/**
 * "The Japanese ministers called on Prime Minister Anwar": of the group, those of the state
 * its demonym names; "the Forum leaders", of a word that names no state, is no group noun.
 */
function ofDemonym(
  analysis: Analysis,
  sentence: number,
  group: Group,
  demonym: string | undefined,
  drafts: readonly MeetingDraft[],
): Group | undefined {
  // The pattern ignores case: "the two prime ministers" reads "prime" where a demonym may be.
  if (!demonym || !/^[A-Z]/.test(demonym)) return group;
  const place = (analysis.places[sentence] ?? []).find(
    (p) =>
      p.form === "demonym" &&
      p.codes.length === 1 &&
      p.start >= group.start &&
      p.end <= group.end &&
      analysis.text.slice(p.start, p.end) === demonym,
  );
  const code = place?.codes[0];
  if (!code) return undefined;
  const ofState = (ids: readonly string[]): string[] =>
    ids.filter((p) => entityOf(analysis, p)?.country === code);
  const own = ofState(group.participants);
  if (own.length >= 2) return { ...group, countries: [code], participants: own };
  // A plural of one named is the latest event's that names several of the state.
  const several = [...drafts]
    .reverse()
    .find((d) => d.status === "held" && ofState(d.participants).length >= 2);
  return {
    ...group,
    countries: [code],
    participants: several ? ofState(several.participants) : own,
  };
}

/**
 * "Both delegations", "the two sides", after talks of two sides that a third state hosted and
 * a fourth attended: the sides are the states the event names first, as their people.
 */
function principalSides(
  analysis: Analysis,
  noun: string,
  count: number | undefined,
  current: MeetingDraft | undefined,
): Pick<MeetingDraft, "countries" | "participants"> | undefined {
  if (count !== 2 || !current || current.countries.length <= 2) return undefined;
  if (!/^(?:delegations|sides)$/.test(noun)) return undefined;
  const countries = current.countries.slice(0, 2);
  const participants = current.participants.filter((p) =>
    countries.includes(entityOf(analysis, p)?.country ?? ""),
  );
  return { countries, participants };
}

/**
 * "Son also called on President Marcos. The two ministers will meet again in Hanoi": the
 * ministers are those of the latest event of ministers only, not of a call on a head.
 */
function ministersOnly(
  analysis: Analysis,
  noun: string,
  count: number | undefined,
  found: MeetingDraft | undefined,
  drafts: readonly MeetingDraft[] | undefined,
): MeetingDraft | undefined {
  const withHead = (d: MeetingDraft): boolean =>
    d.participants.some((p) => isHead(entityOf(analysis, p)));
  if (!found || !/ministers|diplomats/.test(noun) || !withHead(found)) return found;
  return (
    [...(drafts ?? [])]
      .reverse()
      .find(
        (d) =>
          d.kind !== "visit" &&
          d.participants.length > 0 &&
          !withHead(d) &&
          (count === undefined || d.countries.length === count),
      ) ?? found
  );
}

// A count names the sides ("the two ministers"); without one, "the ministers" are those
// of the largest gathering told so far.
// "The two ministers" after a mention of talks that nobody attended yet ("supported a
// resumption of talks between Iran and the United States") are the latest held meeting's.
function meetingFor(
  count: number | undefined,
  current?: MeetingDraft,
  drafts?: readonly MeetingDraft[],
  people = false,
): MeetingDraft | undefined {
  if (count !== undefined) {
    const fits = (d: MeetingDraft | undefined): d is MeetingDraft =>
      d !== undefined && count === d.countries.length;
    if (!people || !current) return fits(current) ? current : undefined;
    // "He planned to visit Moscow in May. The two prime ministers also agreed ...": the two
    // are the people of a meeting held, not a future trip's one visitor and its host state.
    const heldOrAsMany = current.status === "held" || current.participants.length === count;
    // "Museveni, on a state visit, ... The two presidents last met in July": a trip of one
    // visitor names too few for "the two"; the latest event that names them all does.
    const tooFew = current.kind === "visit" && current.participants.length < count;
    if (current.participants.length > 0 && heldOrAsMany && !tooFew && fits(current)) return current;
    const attended = (drafts ?? []).filter(
      (d) =>
        d.status === "held" &&
        d.participants.length > 0 &&
        !(d.kind === "visit" && d.participants.length < count),
    );
    return (
      attended.filter(fits).at(-1) ??
      (current.participants.length === 0 && fits(current) ? current : undefined)
    );
  }
  const held = (drafts ?? []).filter((d) => d.status === "held");
  const largest = [...held].sort((a, b) => b.countries.length - a.countries.length)[0];
  return largest && largest.countries.length > (current?.countries.length ?? 0) ? largest : current;
}

const GROUPING = new RegExp(
  `(?:\\b(?:foreign ministers|ministers|leaders|heads of state) of (?:the )?(?<after>${Object.keys(GROUPINGS).map(escapeRegExp).join("|")})\\b)|(?:\\b(?<before>${Object.keys(GROUPINGS).map(escapeRegExp).join("|")})(?:['’]s)?\\s+(?:foreign |defen[cs]e |finance |trade )?(?:ministers|leaders)\\b)`,
  "g",
);

function groupings(analysis: Analysis, sentence: number): Group[] {
  const s = analysis.sentences[sentence];
  if (!s) return [];
  return [...s.text.matchAll(GROUPING)].map((m) => {
    const name = m.groups?.after ?? m.groups?.before ?? "";
    const start = s.start + m.index;
    return {
      start,
      end: start + m[0].length,
      countries: [...(GROUPINGS[name] ?? [])],
      participants: [],
      leaders: /leaders|heads/.test(m[0]),
    };
  });
}

function ofLists(analysis: Analysis, sentence: number): Group[] {
  const s = analysis.sentences[sentence];
  const places = analysis.places[sentence] ?? [];
  if (!s) return [];
  return [...s.text.matchAll(OF_LIST)].flatMap((m) => {
    let cursor = s.start + m.index + m[0].length;
    const codes: string[] = [];
    for (const place of places.filter((p) => p.start >= cursor)) {
      const gap = analysis.text.slice(cursor, place.start);
      if (!/^(?:the\s+)?$|^,\s*(?:and\s+)?(?:the\s+)?$|^\s+and\s+(?:the\s+)?$/.test(gap)) break;
      codes.push(...place.codes);
      cursor = place.end;
    }
    if (codes.length < 2) return [];
    return [
      {
        start: s.start + m.index,
        end: cursor,
        countries: unique(codes),
        participants: [],
        leaders: /leaders|heads/.test(m[0]),
      },
    ];
  });
}

// "Cho also met Iwaya and Rubio for a trilateral meeting, where the three agreed": the people
// named between the event word and the group come first.
function personsBefore(analysis: Analysis, recent: readonly string[], at: number): string[] {
  const sentence = sentenceAt(analysis, at);
  const earlier = sentence ? personsIn(analysis, { start: sentence.start, end: at }) : [];
  return unique([...earlier.map((m) => m.entity).reverse(), ...recent]);
}

function latestPersons(
  analysis: Analysis,
  recent: readonly string[],
  count: number,
  leaders: boolean,
  at: number,
): string[] {
  const fits = (id: string): boolean => {
    const entity = entityOf(analysis, id);
    return isOfficial(entity) && (!leaders || isHead(entity));
  };
  const found = recent.filter(fits).slice(0, count);
  if (!leaders || found.length >= count) return found;
  // "She suggested that the three leaders meet" when only two have been named yet: the
  // third is the head named next ("President Trump, Prime Minister Carney and I").
  const next = analysis.mentions
    .filter((m) => m.start > at && fits(m.entity) && !found.includes(m.entity))
    .map((m) => m.entity);
  return unique([...found, ...next]).slice(0, count);
}

function latestStates(
  analysis: Analysis,
  sentence: number,
  count: number,
  before: number,
): string[] {
  for (const index of [sentence, sentence - 1]) {
    const codes = unique(
      (analysis.places[index] ?? [])
        .filter(
          (p) => p.codes.length === 1 && !p.locative && (index < sentence || p.start < before),
        )
        .flatMap((p) => [...p.codes]),
    );
    if (codes.length >= count) return codes.slice(0, count);
  }
  return [];
}

/** The states of a list of people, in order. */
export function countriesOf(analysis: Analysis, persons: readonly string[]): string[] {
  return unique(persons.flatMap((id) => entityOf(analysis, id)?.country ?? []));
}
