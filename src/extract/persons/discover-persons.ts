import { NON_OFFICIAL_ROLES, OFFICE_TITLES, type TitleEntry } from "../data/titles.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type Sentence } from "../text/split-sentences.js";
import { counterparts, withCounterpartOffice } from "./counterparts.js";
import { cleanName, NAME_SOURCE } from "./name-pattern.js";
import { nonOfficialSources } from "./non-official-sources.js";
import { type PersonCandidate } from "./person-candidate.js";
import { placeEndingAt, PRE, TITLE_SOURCE } from "./title-pattern.js";

// "Japanese Prime Minister Sanae Takaichi", "Foreign Minister Cho Hyun"
const TITLE_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?<title>${TITLE_SOURCE})\\s+${PRE}(?<name>${NAME_SOURCE})`,
  "gu",
);
// "Prime Minister of India Narendra Modi", "President of the Republic of Uzbekistan Shavkat
// Mirziyoyev": official readouts put the office's state between the title and the name.
const TITLE_OF_BEFORE_STATE = new RegExp(
  `(?<![\\p{L}])(?<title>${TITLE_SOURCE})\\s+of\\s+(?:the\\s+)?$`,
  "u",
);
const OF_BEFORE_STATE = /\bof\s+(?:the\s+)?$/;
// "the Emir of Kuwait, Sheikh Sabah Al-Khalid Al-Sabah,": or set off by commas.
const NAME_AFTER_STATE = new RegExp(
  `^(?:\\s+|,\\s+(?=${PRE}${NAME_SOURCE}(?:,|\\s+(?:and|said|says|who)\\b)))${PRE}(?<name>${NAME_SOURCE})`,
  "u",
);
const TITLE_AND_BEFORE = new RegExp(`(?<![\\p{L}])(?<title>${TITLE_SOURCE})\\s+and\\s+$`, "u");
// "Serbia's president, Aleksandar Vučić, and Kosovo's prime minister, Albin Kurti": a title
// set off by commas from the name it introduces.
const TITLE_COMMA_NAME = new RegExp(
  `(?<=['’]s\\s+|\\bthe\\s+)(?<title>${TITLE_SOURCE}),\\s+${PRE}(?<name>${NAME_SOURCE})(?=,|\\s+(?:and|said|says|told|who)\\b)`,
  "gu",
);
// Plural titles, as written inside a sentence or before names ("Prime Ministers Anthony
// Albanese and James Marape").
const PLURAL_TITLES = String.raw`[Ff]oreign [Mm]inisters|[Dd]efen[cs]e [Mm]inisters|[Pp]rime [Mm]inisters|[Pp]residents`;
// "their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan": a plural title before two
// names; "the chief negotiators of the two sides, Petar Petković for Belgrade and Besnik
// Bislimi for Pristina": each name may say which side it serves.
// "two presidents, Ann Bay of Palau and Joe Kim of Nauru": or which state.
const SIDE_NAME = String.raw`[A-Z][\p{L}'’.-]+(?:\s+(?:of\s+)?[A-Z][\p{L}'’.-]+){0,3}`;
const forSide = (group: string): string =>
  `(?:\\s+(?:for|of)\\s+(?:the\\s+)?(?<${group}>${SIDE_NAME}))?`;
const PLURAL_TITLE_NAMES = new RegExp(
  `\\b(?<title>${PLURAL_TITLES}|ministers|top diplomats|chief negotiators)(?:\\s+of\\s+the\\s+two\\s+sides)?[,:]?\\s+${PRE}(?<first>${NAME_SOURCE})${forSide("firstSide")}\\s+and\\s+${PRE}(?<second>${NAME_SOURCE})${forSide("secondSide")}(?=[,.;]|\\s+(?:have|had|met|said|spent|who|were|are)\\b)`,
  "gdu",
);
// "Badr Abdelatty, the Egyptian foreign minister", "Mr. X, Minister for Foreign Affairs of Japan",
// "Dominic LeBlanc, the minister responsible for Canada-U.S. trade"
const NAME_THEN_TITLE = new RegExp(
  `(?<name>${NAME_SOURCE}),\\s+(?:the\\s+|his\\s+|her\\s+)?(?<mid>(?:[\\p{L}.'’-]+\\s+){0,3}?)(?<title>${TITLE_SOURCE})(?<of>\\s+(?:of|to|for|responsible for|in charge of)\\s+(?:the\\s+)?[A-Z][\\p{L}.'’ -]{2,60}?)?(?=[,.;]|\\s+(?:and|who|said)\\b)`,
  "dgu",
);
// "The three countries' prime ministers, Jonas Gahr Støre, Ulf Kristersson and Petteri Orpo":
// a plural title before three names or more; "five presidents: Surangel S. Whipps Jr. of
// Palau, Hilda Heine of the Marshall Islands, ...": each may say its state.
const LISTED_OFFICIAL = `${PRE}${NAME_SOURCE}(?:\\s+of\\s+(?:the\\s+)?${SIDE_NAME})?`;
const PLURAL_TITLE_LIST = new RegExp(
  `\\b(?<title>${PLURAL_TITLES}|leaders|top diplomats)[,:]?\\s+(?<list>${LISTED_OFFICIAL}(?:,\\s+${LISTED_OFFICIAL}){1,}),?\\s+and\\s+(?<last>${LISTED_OFFICIAL})(?=[,.;]|\\s+(?:have|had|met|said|spent|who|were|are|will)\\b)`,
  "gu",
);
// One official of the list, and the state after "of".
const OFFICIAL_OF_STATE = new RegExp(
  `^(?<name>${PRE}${NAME_SOURCE})(?:\\s+of\\s+(?:the\\s+)?(?<state>${SIDE_NAME}))?$`,
  "du",
);
// "Samuel Okudzeto Ablakwa has spent much of his first year as Ghana's Foreign Minister": the
// sentence's subject, named in full, and the office it holds "as" later in the clause.
const SUBJECT_NAME = new RegExp(`^${PRE}(?<name>${NAME_SOURCE})(?=,?\\s+\\p{Ll})`, "u");
const AS_TITLE = new RegExp(
  `\\b(?:as|became)\\s+(?:the\\s+)?(?:(?<state>[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)?)['’]s\\s+)?(?<title>${TITLE_SOURCE})(?![\\p{L}])(?!\\s+(?:of\\s+)?\\p{Lu}[\\p{L}]+\\s+\\p{Lu})`,
  "u",
);
/**
 * Finds the people a text introduces: by an office title before or after the name,
 * as someone's counterpart, or as a non-official source (an analyst, a spokesperson).
 */
export function discoverPersons(
  sentences: readonly Sentence[],
  placesOf: (sentence: Sentence) => readonly PlaceMention[],
): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (const sentence of sentences) {
    const places = placesOf(sentence);
    const officials = titled(sentence, places);
    const others = counterparts(sentence, places).map((c) =>
      withCounterpartOffice(c, officials, found),
    );
    found.push(...officials, ...others);
    found.push(...nonOfficialSources(sentence));
  }
  return found;
}

function titled(sentence: Sentence, places: readonly PlaceMention[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  // Where each title that introduces the name after it begins, in the sentence.
  const introducing = new Set<number>();
  // Officials who represent "his country": resolved once the sentence's officials are known.
  const ownCountryPending: { official: PersonCandidate; ownerBefore: number }[] = [];
  for (const m of [
    ...sentence.text.matchAll(TITLE_THEN_NAME),
    ...sentence.text.matchAll(TITLE_COMMA_NAME),
  ]) {
    const { title = "", name = "" } = m.groups ?? {};
    const clean = cleanName(name);
    const before = sentence.text.slice(Math.max(0, m.index - 12), m.index);
    if (!clean || /\b(?:former|ex-|late)\s*$/i.test(before)) continue;
    // "press secretary Karoline Leavitt": the title ends a non-official role (nonOfficials).
    if (isNonOfficialRole(`${before}${title}`)) continue;
    const nameStart = sentence.start + m.index + m[0].length - name.length;
    // "Cambodian Deputy Prime Minister and Foreign Minister Prak Sokhonn": two offices held
    // together; the state stands before the first, the role is the one named last.
    const lead = sentence.text.slice(Math.max(0, m.index - 60), m.index);
    const first = /\sand\s+$/.test(lead) ? TITLE_AND_BEFORE.exec(lead) : null;
    const titleStart = first ? m.index - first[0].length : m.index;
    const stated = placeEndingAt(places, sentence.start + titleStart);
    const represented = stated ? undefined : representedSide(sentence, places, titleStart);
    const country = stated ?? represented?.state;
    const held = first ? `${first.groups?.title ?? ""} and ${title}` : title;
    const official = candidate({
      name: clean,
      start: nameStart,
      title: held,
      country,
      roleTitle: title,
    });
    out.push(official);
    if (represented?.ownerBefore !== undefined)
      ownCountryPending.push({ official, ownerBefore: represented.ownerBefore });
    introducing.add(m.index);
  }
  for (const found of titleOfStateThenName(sentence, places)) {
    out.push(candidate(found));
    introducing.add(found.titleAt);
  }
  // "Elina Valtonen, Sweden's Minister for Foreign Affairs Maria Malmer Stenergard": a title
  // that introduces the next name is not the previous one's.
  for (const m of sentence.text.matchAll(NAME_THEN_TITLE)) {
    const { name = "", title = "", mid = "" } = m.groups ?? {};
    const clean = cleanName(name);
    // "the corridor through Burkina Faso, and the minister said": a new clause's subject.
    if (!clean || /former/i.test(mid) || /^(?:and|but|or|while|as|when)\s/i.test(mid)) continue;
    if (introducing.has(m.indices?.groups?.title?.[0] ?? -1)) continue;
    const start = sentence.start + m.index;
    const country = placeWithin(places, start + name.length, start + m[0].length);
    out.push(candidate({ name: clean, start, title, country }));
  }
  for (const m of sentence.text.matchAll(PLURAL_TITLE_NAMES)) {
    const title = singularTitle(m.groups?.title ?? "");
    for (const part of ["first", "second"] as const) {
      const clean = cleanName(m.groups?.[part] ?? "");
      const at = m.indices?.groups?.[part]?.[0];
      if (!clean || at === undefined || clean.split(/\s+/).length < 2) continue;
      const side = m.indices?.groups?.[`${part}Side`];
      const country = side
        ? placeWithin(places, sentence.start + side[0], sentence.start + side[1])
        : undefined;
      out.push(candidate({ name: clean, start: sentence.start + at, title, country }));
    }
  }
  out.push(...pluralTitleList(sentence, places));
  for (const { official, ownerBefore } of ownCountryPending) {
    const owner = out
      .filter((c) => c.start < ownerBefore && c.country !== undefined)
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (owner?.country) official.country = owner.country;
  }
  const subject = subjectAsTitle(sentence, places);
  if (subject && !out.some((c) => c.start === subject.start)) out.push(candidate(subject));
  return out;
}

// "Chile was represented by Foreign Minister Ana Ruiz", "and his country was represented by
// Deputy Prime Minister John Rosso": the official serves the state represented.
const REPRESENTED_BY =
  /(?:(?<own>\b(?:his|her)\s+country)|\S)\s+(?:was|is|will\s+be|would\s+be)\s+represented\s+by\s+(?:its\s+|the\s+)?$/;

/**
 * The side an official introduced at `titleAt` represents, as the clause before says: a
 * state named, or "his country", the state of an official named before `ownerBefore`.
 */
function representedSide(
  sentence: Sentence,
  places: readonly PlaceMention[],
  titleAt: number,
): { state?: string; ownerBefore?: number } | undefined {
  const lead = sentence.text.slice(Math.max(0, titleAt - 60), titleAt);
  const m = REPRESENTED_BY.exec(lead);
  if (!m) return undefined;
  const verbAt = m[0].search(/\s+(?:was|is|will|would)\s/);
  const subjectEnd = sentence.start + titleAt - lead.length + m.index + verbAt;
  if (m.groups?.own) return { ownerBefore: subjectEnd };
  const state = places.find((p) => p.end === subjectEnd && p.codes.length === 1);
  return state ? { state: state.codes[0] } : undefined;
}

function subjectAsTitle(
  sentence: Sentence,
  places: readonly PlaceMention[],
): { name: string; start: number; title: string; country?: string } | undefined {
  const subject = SUBJECT_NAME.exec(sentence.text);
  const raw = subject?.groups?.name ?? "";
  const name = cleanName(raw);
  if (!subject || !name || name.split(/\s+/).length < 2) return undefined;
  const rest = sentence.text.slice(subject[0].length, subject[0].length + 120);
  const as = AS_TITLE.exec(rest);
  if (!as) return undefined;
  // A past office ("served as foreign minister until 2020", "a former ...") is not held.
  const around = rest.slice(Math.max(0, as.index - 20), as.index + as[0].length + 20);
  if (/\b(?:former|ex-|then|until|previously|once)\b/i.test(around)) return undefined;
  // Another person, or anything named, before the office may hold it.
  if (/\p{Lu}/u.test(rest.slice(0, as.index))) return undefined;
  const stateAt = as.groups?.state
    ? sentence.start + subject[0].length + as.index + as[0].indexOf(as.groups.state)
    : -1;
  const country = places.find((p) => p.start === stateAt && p.codes.length === 1)?.codes[0];
  return {
    name,
    start: sentence.start + subject[0].length - raw.length,
    title: as.groups?.title ?? "",
    ...(country ? { country } : {}),
  };
}

/** "prime ministers" -> "prime minister"; "top diplomats" are foreign ministers. */
function singularTitle(plural: string): string {
  return plural
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/top diplomat/, "foreign minister");
}

function pluralTitleList(sentence: Sentence, places: readonly PlaceMention[]): PersonCandidate[] {
  return [...sentence.text.matchAll(PLURAL_TITLE_LIST)].flatMap((m) => {
    const title = singularTitle(m.groups?.title ?? "");
    const listAt = m.index + m[0].indexOf(m.groups?.list ?? "");
    const lastAt = m.index + m[0].length - (m.groups?.last ?? "").length;
    const parts = [
      ...[...(m.groups?.list ?? "").matchAll(/[^,]+/g)].map((p) => ({
        raw: p[0].trim(),
        at: listAt + p.index + (p[0].length - p[0].trimStart().length),
      })),
      { raw: m.groups?.last ?? "", at: lastAt },
    ];
    return parts.flatMap(({ raw, at }) => {
      const item = OFFICIAL_OF_STATE.exec(raw);
      const name = cleanName(item?.groups?.name ?? raw);
      if (!name || name.split(/\s+/).length < 2) return [];
      const state = item?.indices?.groups?.state;
      const country = state
        ? placeWithin(places, sentence.start + at + state[0], sentence.start + at + state[1])
        : undefined;
      return [candidate({ name, start: sentence.start + at + raw.indexOf(name), title, country })];
    });
  });
}

function titleOfStateThenName(
  sentence: Sentence,
  places: readonly PlaceMention[],
): { name: string; start: number; title: string; country: string; titleAt: number }[] {
  return places.flatMap((place) => {
    const country = place.codes.length === 1 ? place.codes[0] : undefined;
    if (!country) return [];
    const lead = sentence.text.slice(0, place.start - sentence.start);
    // Titles are short: the last 80 characters hold any "Minister of Foreign Affairs of".
    const window = lead.slice(-80);
    // The titles' large pattern only where "of" stands right before the state.
    if (!OF_BEFORE_STATE.test(window)) return [];
    const before = TITLE_OF_BEFORE_STATE.exec(window);
    const after = NAME_AFTER_STATE.exec(sentence.text.slice(place.end - sentence.start));
    const raw = after?.groups?.name ?? "";
    const name = cleanName(raw);
    if (!before || !after || !name || name.split(/\s+/).length < 2) return [];
    const start = place.end + after[0].length - raw.length;
    // "the Presidents of Kazakhstan Kyrgyzstan": a state is not a name.
    if (places.some((p) => p.start === start)) return [];
    const titleAt = lead.length - window.length + before.index;
    return [{ name, start, title: before.groups?.title ?? "", country, titleAt }];
  });
}

function candidate(args: {
  name: string;
  start: number;
  title: string;
  country?: string;
  /** The title whose role the official has, where `title` joins two. */
  roleTitle?: string;
}): PersonCandidate {
  const entry = titleEntry(args.roleTitle ?? args.title);
  return {
    name: args.name,
    start: args.start,
    end: args.start + args.name.length,
    title: canonicalTitle(args.title),
    ...(entry ? { role: entry.role } : {}),
    ...(args.country ? { country: args.country } : {}),
  };
}

/** The title entry for a written title, whatever its case. */
export function titleEntry(title: string): TitleEntry | undefined {
  const lower = title.toLowerCase();
  return OFFICE_TITLES.find((t) => t.form.toLowerCase() === lower);
}

function canonicalTitle(title: string): string {
  return title
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
    .replace(/\b(Of|For|To|The|And)\b/g, (w) => w.toLowerCase());
}

function isNonOfficialRole(text: string): boolean {
  const lower = text.toLowerCase();
  return NON_OFFICIAL_ROLES.some((role) => role.includes(" ") && lower.endsWith(role));
}

function placeWithin(
  places: readonly PlaceMention[],
  from: number,
  to: number,
): string | undefined {
  return places.find((p) => p.codes.length === 1 && p.start >= from && p.end <= to)?.codes[0];
}
