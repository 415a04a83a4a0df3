import { type Gazetteer, inOfficeOn, isLeaderRole, type Official } from "../gazetteer/officials.js";
import { escapeRegExp } from "./name-pattern.js";
import { type PersonCandidate } from "./person-candidate.js";

// Shorter surnames ("Ali", "Lee", "Peña") are too often someone else's, or a given name.
const MIN_SURNAME_LENGTH = 5;

/**
 * "Tokayev, Mirziyoyev and Japarov": a state's leader whom a text names only by surname. A
 * surname alone is taken for a leader in office on the day when the leader's state is named
 * in the text and no other official in office then has that surname.
 */
export function leaderSurnameCandidates(args: {
  gazetteer: Gazetteer;
  body: string;
  bodyStart: number;
  day: string;
  statesNamed: ReadonlySet<string>;
}): PersonCandidate[] {
  const index = surnameIndex(args.gazetteer);
  const inOffice = (o: Official): boolean =>
    o.offices.some((office) => inOfficeOn(office, args.day));
  const out: PersonCandidate[] = [];
  for (const state of args.statesNamed) {
    for (const leader of index.byCountry.get(state) ?? []) {
      const { surname } = leader;
      if (surname.length < MIN_SURNAME_LENGTH) continue;
      const leads = leader.offices.some(
        (office) => isLeaderRole(office.role) && inOfficeOn(office, args.day),
      );
      if (!leads || (index.bySurname.get(surname) ?? []).filter(inOffice).length > 1) continue;
      const found = actorMention(args.body, surname);
      if (found === undefined) continue;
      const start = args.bodyStart + found;
      out.push({ name: surname, start, end: start + surname.length });
    }
  }
  return out;
}

interface SurnameIndex {
  byCountry: ReadonlyMap<string, readonly Official[]>;
  bySurname: ReadonlyMap<string, readonly Official[]>;
}

// Grouping the officials is done once per gazetteer, not for every article.
const indexes = new WeakMap<Gazetteer, SurnameIndex>();

function surnameIndex(gazetteer: Gazetteer): SurnameIndex {
  const cached = indexes.get(gazetteer);
  if (cached) return cached;
  const index = {
    byCountry: groupBy(gazetteer.officials, (o) => o.country),
    bySurname: groupBy(gazetteer.officials, (o) => o.surname),
  };
  indexes.set(gazetteer, index);
  return index;
}

function groupBy(
  officials: readonly Official[],
  key: (o: Official) => string,
): Map<string, Official[]> {
  const groups = new Map<string, Official[]>();
  for (const official of officials) {
    const listed = groups.get(key(official)) ?? [];
    listed.push(official);
    groups.set(key(official), listed);
  }
  return groups;
}

// "the Trump administration", "Putin's imperialism": the name of an era or an attribute, not
// the person acting.
const ATTRIBUTIVE_AFTER =
  /^(?:['’]s\b|\s+(?:administration|government|era|years|camp|team|doctrine|plan)\b)/u;

/** Where the text first names the person as someone acting: not in quotation marks. */
function actorMention(body: string, surname: string): number | undefined {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
  for (const match of body.matchAll(pattern)) {
    const after = body.slice(match.index + surname.length, match.index + surname.length + 20);
    if (ATTRIBUTIVE_AFTER.test(after)) continue;
    const lineStart = body.lastIndexOf("\n", match.index) + 1;
    const quoteMarks = body.slice(lineStart, match.index).match(/["“”]/g)?.length ?? 0;
    if (quoteMarks % 2 === 1) continue;
    return match.index;
  }
  return undefined;
}
