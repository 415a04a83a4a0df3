import {
  type Gazetteer,
  type GazetteerOffice,
  inOfficeOn,
  officeAt,
  type Official,
} from "../gazetteer/officials.js";
import { OFFICE_TITLES, RELAY_TITLE } from "../data/titles.js";
import { cleanName, escapeRegExp, foldToken, nameTokens } from "./name-pattern.js";
import { leaderSurnameCandidates } from "./leader-surnames.js";
import { type PersonCandidate } from "./person-candidate.js";
import { type PersonEntity } from "./person-entity.js";

const GENERIC_TITLES = new Set(["Minister", "Secretary", "Leader", "Envoy"]);

/**
 * Merges person candidates into entities (a short form joins the fuller name that
 * contains it), then links each to the gazetteer for country, office and gender.
 * `day` is the publication date: the office in force then is chosen.
 */
export function buildEntities(args: {
  candidates: readonly PersonCandidate[];
  gazetteer: Gazetteer;
  body: string;
  bodyStart: number;
  day: string;
  /** The states the text names: a leader's surname alone is read only for these. */
  statesNamed: ReadonlySet<string>;
}): PersonEntity[] {
  const all = [
    ...args.candidates,
    ...gazetteerCandidates(args.gazetteer, args.body, args.bodyStart),
    ...leaderSurnameCandidates(args),
  ];
  all.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  const entities: PersonEntity[] = [];
  for (const candidate of all) {
    const tokens = nameTokens(candidate.name).map(foldToken);
    const existing = entities.find(
      (e) => sameName(e.tokens, tokens) && !otherPatronym(e.name, candidate.name),
    );
    if (existing) mergeInto(existing, candidate, tokens);
    else entities.push(newEntity(candidate, tokens, entities.length));
  }
  for (const entity of entities) linkToGazetteer(entity, args.gazetteer, args.day);
  for (const entity of entities) completeSurname(entity, args.body);
  return entities;
}

// "Bislimi, Kosovo's first deputy prime minister" after "Besnik Bislimi for Pristina":
// a person found by the surname alone takes the full name the body writes elsewhere.
function completeSurname(entity: PersonEntity, body: string): void {
  if (entity.tokens.length !== 1) return;
  const given = String.raw`\p{Lu}[\p{Ll}'’-]+`;
  const pattern = new RegExp(
    `(?<![\\p{L}])((?:${given}\\s+){1,2})${escapeRegExp(entity.name)}(?![\\p{L}])`,
    "gu",
  );
  for (const match of body.matchAll(pattern)) {
    const givenNames = (match[1] ?? "").trim().split(/\s+/);
    if (givenNames.some((word) => TITLE_WORDS.has(word.toLowerCase()))) continue;
    const full = cleanName(match[0]);
    if (!full || full === entity.name) continue;
    entity.aliases.push(entity.name);
    entity.name = full;
    entity.tokens = nameTokens(full).map(foldToken);
    return;
  }
}

// Words of office titles: "Prime Minister Bislimi" gives no first name.
const TITLE_WORDS: ReadonlySet<string> = new Set(
  OFFICE_TITLES.flatMap((t) => t.form.toLowerCase().split(/\s+/)),
);

/** A title that a more specific or the person's own one replaces: "Minister", a counterpart's. */
function replaceable(entity: PersonEntity): boolean {
  return entity.titleInherited === true || GENERIC_TITLES.has(entity.title ?? "");
}

function newEntity(candidate: PersonCandidate, tokens: string[], index: number): PersonEntity {
  return {
    id: `person-${index + 1}`,
    name: candidate.name,
    aliases: [],
    tokens,
    ...(candidate.title ? { title: candidate.title } : {}),
    ...(candidate.titleInherited ? { titleInherited: true } : {}),
    ...(candidate.role ? { role: candidate.role } : {}),
    ...(candidate.country ? { country: candidate.country } : {}),
    nonOfficial: candidate.nonOfficial === true && candidate.role === undefined,
    relays: candidate.relays === true,
    firstStart: candidate.start,
  };
}

function mergeInto(entity: PersonEntity, candidate: PersonCandidate, tokens: string[]): void {
  if (tokens.length > entity.tokens.length) {
    if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
    entity.name = candidate.name;
    entity.tokens = tokens;
  } else if (candidate.name !== entity.name && !entity.aliases.includes(candidate.name)) {
    entity.aliases.push(candidate.name);
  }
  if (
    candidate.title &&
    (!entity.title || replaceable(entity)) &&
    !(candidate.titleInherited && entity.title)
  ) {
    entity.title = candidate.title;
    entity.titleInherited = candidate.titleInherited === true;
    if (candidate.role) entity.role = candidate.role;
  }
  entity.country ??= candidate.country;
  if (candidate.relays) entity.relays = true;
  if (candidate.role !== undefined) entity.nonOfficial = false;
}

// "Zaid bin Hussein" and his son "Hussein bin Zaid": the same words, two people. A name with
// "bin" (son of) begins with the person's own name.
const PATRONYM = /\s(?:bin|bint|ibn)\s/i;
function otherPatronym(a: string, b: string): boolean {
  if (!PATRONYM.test(a) || !PATRONYM.test(b)) return false;
  const own = (name: string): string => foldToken(name.split(/\s+/)[0] ?? "");
  return own(a) !== own(b);
}

/** Two names are one person when every word of the shorter is in the longer. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  return short.every((t) => long.some((l) => l === t || (t.length === 1 && l.startsWith(t))));
}

interface GazetteerIndex {
  tokens: Map<Official, string[][]>;
  surnames: Map<Official, string>;
  /** The officials whose name or alias has a word, in the gazetteer's order. */
  byToken: Map<string, Official[]>;
  pattern?: RegExp;
}

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

// Folding names and compiling the gazetteer's forms is done once per gazetteer.
function indexOf(gazetteer: Gazetteer): GazetteerIndex {
  const cached = indexes.get(gazetteer);
  if (cached) return cached;
  const tokens = new Map<Official, string[][]>();
  const surnames = new Map<Official, string>();
  const byToken = new Map<string, Official[]>();
  const forms: string[] = [];
  for (const official of gazetteer.officials) {
    const names = [official.name, ...official.aliases].map((n) => nameTokens(n).map(foldToken));
    tokens.set(official, names);
    for (const token of new Set(names.flat())) {
      const listed = byToken.get(token) ?? [];
      listed.push(official);
      byToken.set(token, listed);
    }
    surnames.set(official, foldToken(official.surname));
    for (const form of [official.name, ...official.aliases])
      if (form.length >= 3 && cleanName(form) === form && !startsWithTitle(form)) forms.push(form);
  }
  const sorted = [...new Set(forms.map(spacedHyphens))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const index: GazetteerIndex = {
    tokens,
    surnames,
    byToken,
    ...(sorted.length > 0
      ? { pattern: new RegExp(`(?<![\\p{L}])(?:${sorted.join("|")})(?![\\p{L}])`, "gu") }
      : {}),
  };
  indexes.set(gazetteer, index);
  return index;
}

function linkToGazetteer(entity: PersonEntity, gazetteer: Gazetteer, day: string): void {
  if (entity.nonOfficial && entity.tokens.length < 2) return;
  const index = indexOf(gazetteer);
  // Only officials sharing a word with the name can be it (sameName needs every word of the
  // shorter name in the longer), so the index's lists stand in for the whole gazetteer.
  const sharing = new Set(entity.tokens.flatMap((t) => index.byToken.get(t) ?? []));
  const named = gazetteer.officials.filter(
    (o) =>
      sharing.has(o) &&
      (index.tokens.get(o) ?? []).some(
        (t) =>
          sameName(t, entity.tokens) &&
          // One word ("Charles") is the official's only if it is the surname or a one-word
          // name: "King Charles" is not Charles Michel.
          (entity.tokens.length > 1 ||
            t.length === 1 ||
            entity.tokens[0] === index.surnames.get(o)),
      ),
  );
  const official = likeliest(named, entity, day);
  if (!official) return;
  const office = officeAt(official, day);
  entity.country ??= official.country;
  if (official.gender) entity.gender = official.gender;
  // "Opposition leader Peter Dutton": the text says what a former minister is now.
  if (entity.nonOfficial && entity.role === undefined && office && !inOfficeOn(office, day)) return;
  if (office && (!entity.title || replaceable(entity))) {
    entity.title = office.title;
    entity.role = office.role;
    entity.titleInherited = false;
  }
  entity.role ??= office?.role;
  // A spokesperson in the gazetteer relays the words of the leader spoken for.
  entity.nonOfficial = office !== undefined && RELAY_TITLE.test(office.title);
  if (entity.nonOfficial) entity.relays = true;
  // "Motegi" alone, or "MOTEGI Toshimitsu" (a Japanese ministry's order and capitals): the
  // official's name as the gazetteer writes it.
  // Only a name in capitals: "Al-Thani" or "Tokaev" (an alias) is the text's own spelling.
  const shouted = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}.])/u.test(entity.name);
  if (
    entity.tokens.length === 1 ||
    (shouted && sameWords(entity.tokens, index.tokens.get(official)?.[0]))
  ) {
    if (entity.name !== official.name) entity.aliases.push(entity.name);
    entity.name = official.name;
    entity.tokens = nameTokens(official.name).map(foldToken);
  }
}

/** Whether a name has the words of another (folded), in any order. */
function sameWords(tokens: readonly string[], other: readonly string[] = []): boolean {
  return [...tokens].sort().join(" ") === [...other].sort().join(" ");
}

/**
 * Of the officials a name may be ("Harris", "Hussein"), the one the text describes: of the
 * state it names, then holding on the day the office its title names, then in office at
 * all on the day; else the first listed.
 */
function likeliest(
  officials: readonly Official[],
  entity: PersonEntity,
  day: string,
): Official | undefined {
  if (officials.length < 2) return officials[0];
  const ofState = officials.filter(
    (o) => entity.country === undefined || o.country === entity.country,
  );
  const pool = ofState.length > 0 ? ofState : officials;
  const office = (o: Official): GazetteerOffice | undefined => officeAt(o, day);
  return (
    pool.find((o) => {
      const held = office(o);
      return entity.role !== undefined && held?.role === entity.role && inOfficeOn(held, day);
    }) ??
    pool.find((o) => {
      const held = office(o);
      return held !== undefined && inOfficeOn(held, day);
    }) ??
    pool[0]
  );
}

/** Names and aliases of gazetteer officials written in the body, as candidates. */
function gazetteerCandidates(
  gazetteer: Gazetteer,
  body: string,
  bodyStart: number,
): PersonCandidate[] {
  const pattern = indexOf(gazetteer).pattern;
  if (!pattern) return [];
  const seen = new Set<string>();
  const out: PersonCandidate[] = [];
  for (const match of spacedHyphens(body).matchAll(pattern)) {
    // The name as the body writes it: the spaced copy has the same offsets.
    const name = body.slice(match.index, match.index + match[0].length);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, start: bodyStart + match.index, end: bodyStart + match.index + name.length });
  }
  return out;
}

// "Tamim bin Hamad Al-Thani" for the gazetteer's "Al Thani": a hyphen before a capital is
// read as a space, in the forms and in the body alike (one character for one, so offsets
// hold). Doing it in the text keeps the gazetteer's one large pattern plain, and fast.
function spacedHyphens(text: string): string {
  return text.replace(/-(?=\p{Lu})/gu, " ");
}

function startsWithTitle(form: string): boolean {
  return OFFICE_TITLES.some((t) => form.startsWith(`${t.form} `));
}
