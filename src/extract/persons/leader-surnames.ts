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
  const inOffice = args.gazetteer.officials.filter((o) =>
    o.offices.some((office) => inOfficeOn(office, args.day)),
  );
  const bySurname = new Map<string, Official[]>();
  for (const official of inOffice) {
    const listed = bySurname.get(official.surname) ?? [];
    listed.push(official);
    bySurname.set(official.surname, listed);
  }
  const out: PersonCandidate[] = [];
  for (const [surname, officials] of bySurname) {
    const [leader] = officials;
    if (!leader || officials.length > 1 || surname.length < MIN_SURNAME_LENGTH) continue;
    if (!args.statesNamed.has(leader.country)) continue;
    const leads = leader.offices.some(
      (office) => isLeaderRole(office.role) && inOfficeOn(office, args.day),
    );
    if (!leads) continue;
    const found = actorMention(args.body, surname);
    if (found === undefined) continue;
    const start = args.bodyStart + found;
    out.push({ name: surname, start, end: start + surname.length });
  }
  return out;
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
