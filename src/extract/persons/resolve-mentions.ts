import { isLeaderRole } from "../gazetteer/officials.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type QuoteSpan } from "../quotes/find-quote-spans.js";
import { type Sentence } from "../text/split-sentences.js";
import { lowerCase } from "../text/letter-case.js";
import { escapeRegExp, foldToken } from "./name-pattern.js";
import { type PersonEntity } from "./person-entity.js";

/** One place where the text refers to a person: by name, by description, or by pronoun. */
export interface PersonMention {
  entity: string;
  sentence: number;
  start: number;
  end: number;
  kind: "name" | "nominal" | "pronoun";
  possessive: boolean;
  inQuote: boolean;
}

// The nouns that refer back to an official, in lower case or capitalised ("the King").
const NOMINAL_NOUNS = [
  "foreign minister",
  "defen[cs]e minister",
  "minister",
  "president",
  "prime minister",
  "leader",
  "secretary",
  "crown prince",
  "premier",
  "chancellor",
  "counterpart",
  "king",
  "queen",
  "emir",
  "amir",
  "sultan",
  // A royal's style on its own: "His Highness affirmed ...", "His Majesty accepted ...".
  "highness",
  "majesty",
  "envoy",
  "foreign secretary",
].map((noun) =>
  noun.replace(
    /(^|\s)([a-z])/g,
    (_, space: string, c: string) => `${space}[${c}${c.toUpperCase()}]`,
  ),
);
// "the Prime Minister's visit": the first word of a title is no place before "Minister".
const NOMINAL = new RegExp(
  `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+(?:(?!(?:Prime|Foreign|Defen[cs]e|Crown)\\s)(?<place>[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+)?)\\s+)?(?<noun>${NOMINAL_NOUNS.join("|")})\\b(?!\\s+[A-Z])`,
  "gu",
);
const STYLE_NOUNS: ReadonlySet<string> = new Set(["highness", "majesty"]);
const PRONOUN = /\b(?<word>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/g;

interface Context {
  entities: readonly PersonEntity[];
  recent: string[];
  lastSubject?: string;
}

/**
 * Resolves every reference to a person, sentence by sentence: names and their short
 * forms ("Lee", "President Lee"), descriptions ("the Japanese leader", "his
 * American counterpart") to the latest matching person, and "he"/"she" to the
 * subject of the clause or of the sentences before.
 */
export function resolveMentions(args: {
  sentences: readonly Sentence[];
  entities: readonly PersonEntity[];
  quotes: readonly QuoteSpan[];
  placesOf: (sentence: Sentence) => readonly PlaceMention[];
}): PersonMention[] {
  const namePattern = buildNamePattern(args.entities);
  const context: Context = { entities: args.entities, recent: [] };
  const out: PersonMention[] = [];
  for (const sentence of args.sentences) {
    const names = named(sentence, namePattern, context);
    const found = [...names, ...nominal(sentence, args.placesOf(sentence), context, names)].sort(
      (a, b) => a.start - b.start,
    );
    const inQuote = (at: number): boolean =>
      args.quotes.some((q) => at >= q.outerStart && at < q.outerEnd);
    const withPronouns = addPronouns(sentence, found, context, inQuote);
    for (const mention of withPronouns) {
      mention.inQuote = inQuote(mention.start);
      if (!mention.inQuote) touch(context, mention.entity);
    }
    const subject = withPronouns.find((m) => !m.inQuote && !m.possessive);
    if (subject) context.lastSubject = subject.entity;
    out.push(...withPronouns);
  }
  return out;
}

type Mention = PersonMention;
type NamePattern = { pattern: RegExp; owners: Map<string, string[]> } | undefined;

function buildNamePattern(entities: readonly PersonEntity[]): NamePattern {
  const owners = new Map<string, string[]>();
  for (const entity of entities) {
    for (const form of forms(entity)) {
      const ids = owners.get(form) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      owners.set(form, ids);
    }
  }
  if (owners.size === 0) return undefined;
  const sorted = [...owners.keys()].sort((a, b) => b.length - a.length);
  const source = sorted.map(escapeRegExp).join("|");
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}]|-[\\p{L}])`, "gu"),
    owners,
  };
}

function forms(entity: PersonEntity): string[] {
  const out = new Set<string>();
  for (const full of [entity.name, ...entity.aliases]) {
    out.add(full);
    for (const token of full.split(/\s+/)) {
      const bare = token.replace(/^(?:al|el)-/, "");
      if (!/^\p{Lu}/u.test(bare) || bare.length < 2 || /\.$/.test(bare)) continue;
      out.add(bare);
      out.add(bare.charAt(0) + lowerCase(bare.slice(1)));
      if (bare !== token) {
        out.add(token);
        // "Al-Sharaa" opening a sentence, for "al-Sharaa".
        out.add(token.charAt(0).toUpperCase() + token.slice(1));
      }
    }
  }
  return [...out];
}

function named(sentence: Sentence, names: NamePattern, context: Context): Mention[] {
  if (!names) return [];
  return [...sentence.text.matchAll(names.pattern)].flatMap((m) => {
    const ids = names.owners.get(m[0]) ?? [];
    const entity = mostRecent(ids, context) ?? ids[0];
    if (!entity) return [];
    const start = sentence.start + m.index;
    return [mention({ entity, sentence, start, end: start + m[0].length, kind: "name" })];
  });
}

function nominal(
  sentence: Sentence,
  places: readonly PlaceMention[],
  context: Context,
  names: readonly Mention[],
): Mention[] {
  return [...sentence.text.matchAll(NOMINAL)].flatMap((m) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const place = places.find((p) => p.start >= start && p.end <= end && p.codes.length === 1);
    if (m.groups?.place && !place) return [];
    const noun = (m.groups?.noun ?? "").toLowerCase();
    // "His Highness the Emir": the style is the title's, which says who is meant.
    if (STYLE_NOUNS.has(noun) && /^\s+the\s/.test(sentence.text.slice(end - sentence.start)))
      return [];
    const fitting = (id: string): boolean =>
      fits(
        context.entities.find((e) => e.id === id),
        noun,
        place?.codes[0],
      );
    // "his Ethiopian counterpart, Gedion Timothewos": the name in apposition is the one meant.
    // "the Prime Minister of Georgia Irakli Kobakhidze": the name after the office's state.
    const apposed = names.find(
      (n) =>
        (n.start === end + 2 && sentence.text[end - sentence.start] === ",") ||
        places.some(
          (p) =>
            p.start > end &&
            /^\s+of\s+(?:the\s+)?$/.test(
              sentence.text.slice(end - sentence.start, p.start - sentence.start),
            ) &&
            /^\s+$/.test(sentence.text.slice(p.end - sentence.start, n.start - sentence.start)),
        ),
    );
    // "Mahama visited Ouagadougou and was received by Traoré. The president is now expected
    // to travel to Bamako": a description opening a sentence continues the last one's subject.
    const opening = m.index === 0 && context.lastSubject && fitting(context.lastSubject);
    const entity =
      apposed && fitting(apposed.entity)
        ? apposed.entity
        : opening
          ? context.lastSubject
          : context.recent.find(fitting);
    return entity ? [mention({ entity, sentence, start, end, kind: "nominal" })] : [];
  });
}

function fits(entity: PersonEntity | undefined, noun: string, country?: string): boolean {
  if (!entity || entity.nonOfficial || !entity.role) return false;
  if (country && entity.country !== country) return false;
  const title = (entity.title ?? "").toLowerCase();
  if (noun === "counterpart") return country !== undefined;
  if (noun === "leader") return isLeaderRole(entity.role);
  if (noun === "minister")
    return /minister|secretary/.test(title) || entity.role.endsWith("minister");
  if (noun === "president") return entity.role === "head-of-state" && title.includes("president");
  // "the Qatari premier": a prime minister, whatever the title says.
  if (noun === "premier") return entity.role === "head-of-government" || title.includes("premier");
  if (noun === "amir") return /\b(?:emir|amir)\b/.test(title);
  if (noun === "highness") return /\b(?:emir|amir|crown prince|prince|sheikh)\b/.test(title);
  if (noun === "majesty") return /\b(?:king|queen|sultan|emperor)\b/.test(title);
  return title.includes(noun.replace(/defen[cs]e/, "defen"));
}

function addPronouns(
  sentence: Sentence,
  found: Mention[],
  context: Context,
  inQuote: (at: number) => boolean,
): Mention[] {
  const out = [...found];
  for (const m of sentence.text.matchAll(PRONOUN)) {
    const start = sentence.start + m.index;
    const word = (m.groups?.word ?? "").toLowerCase();
    const possessive = word === "his" || word === "her";
    // "her Ecuadorian counterpart": the nominal is the counterpart, "her" someone else.
    const ownsNominal = (f: Mention): boolean =>
      possessive && f.kind === "nominal" && f.start === start;
    if (inQuote(start) || found.some((f) => start >= f.start && start < f.end && !ownsNominal(f)))
      continue;
    const gender = word === "she" || word === "her" ? "f" : "m";
    const earlier = out.filter(
      (f) => f.start < start && !f.inQuote && !inQuote(f.start) && (possessive || !f.possessive),
    );
    const candidates = [...earlier.map((f) => f.entity), context.lastSubject, ...context.recent];
    const entity = candidates.find((id) => id !== undefined && genderFits(context, id, gender));
    if (entity)
      out.push(
        mention({ entity, sentence, start, end: start + word.length, kind: "pronoun", possessive }),
      );
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function genderFits(context: Context, id: string, gender: "m" | "f"): boolean {
  const entity = context.entities.find((e) => e.id === id);
  return entity?.gender === undefined || entity.gender === gender;
}

function mention(args: {
  entity: string;
  sentence: Sentence;
  start: number;
  end: number;
  kind: Mention["kind"];
  possessive?: boolean;
}): Mention {
  const after = args.sentence.text.slice(
    args.end - args.sentence.start,
    args.end - args.sentence.start + 2,
  );
  return {
    entity: args.entity,
    sentence: args.sentence.index,
    start: args.start,
    end: args.end,
    kind: args.kind,
    possessive: args.possessive ?? /^['’]s/.test(after),
    inQuote: false,
  };
}

function mostRecent(ids: readonly string[], context: Context): string | undefined {
  return context.recent.find((id) => ids.includes(id));
}

function touch(context: Context, id: string): void {
  context.recent = [id, ...context.recent.filter((r) => r !== id)];
}

/** Folds a name for comparing people across the record. */
export function personKey(name: string): string {
  return name.split(/\s+/).map(foldToken).sort().join(" ");
}
