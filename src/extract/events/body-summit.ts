import { type Analysis } from "../analyze.js";
import { type CueMatch } from "./meeting-cues.js";
import { GROUPINGS } from "../data/groupings.js";
import { KNOWN_ORGANIZATIONS } from "../data/organizations.js";
import { escapeRegExp } from "../persons/name-pattern.js";

const BODY_FORMS = [...KNOWN_ORGANIZATIONS.flatMap((o) => o.forms), ...Object.keys(GROUPINGS)]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

// The name of a body: a known organization or grouping, or capitalised words ending in a
// body's noun ("the Amazon Cooperation Treaty Organization"). Not any acronym: "the US-DPRK
// summit" is of two states.
const BODY = `(?:${BODY_FORMS}|(?:\\p{Lu}[\\p{L}-]*\\s+){0,5}(?:Organi[sz]ation|Union|Community|Council|Forum|Association|Alliance|Commonwealth|Cooperation|Group))`;

// "the African Union summit", "a Mercosur summit", "the 28th China-ASEAN Summit".
const BODY_BEFORE = new RegExp(`(?<![\\p{L}])(?:[\\p{L}-]+-)?${BODY}\\s+$`, "u");
// "the APEC Economic Leaders' Meeting", "the Commonwealth Heads of Government Meeting", "the
// Pacific Islands Forum Leaders Meeting": a body's gathering of its leaders, by its name.
const LEADERS_MEETING_BEFORE = new RegExp(
  `(?<![\\p{L}])${BODY}\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:Leaders['’]?|Heads\\s+of\\s+(?:State|Government)(?:\\s+and\\s+(?:State|Government))?)\\s+$`,
  "u",
);
const BODY_MEETING_BEFORE = new RegExp(
  `(?<![\\p{L}])${BODY}\\s+(?:(?:leaders|heads)['’]?\\s+)?$`,
  "u",
);
// "Leaders of the Southern African Development Community met in Gaborone": the members meet.
const BODY_LEADERS_BEFORE = new RegExp(
  `\\b(?:[Ll]eaders|[Hh]eads of (?:[Ss]tate|[Gg]overnment))\\s+of\\s+(?:the\\s+)?${BODY}\\s+(?:\\p{Ll}+\\s+){0,2}$`,
  "u",
);
// "the summit of the Amazon Cooperation Treaty Organization".
const BODY_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?${BODY}(?![\\p{L}])`, "u");

/**
 * Whether a cue is a body's summit: a gathering of its members, which the answer keys (and
 * analysts) count as a conference, not a meeting of leaders.
 */
export function isBodySummit(analysis: Analysis, cue: CueMatch): boolean {
  const before = analysis.text.slice(Math.max(0, cue.start - 90), cue.start);
  if (cue.kind === "talks") {
    if (cue.word === "met") return BODY_LEADERS_BEFORE.test(before);
    // "The APEC meeting opened a day after ...", "The Forum leaders' meeting": the body's.
    return (
      /^[Mm]eeting$/.test(cue.word) &&
      (LEADERS_MEETING_BEFORE.test(before) || BODY_MEETING_BEFORE.test(before.slice(-60)))
    );
  }
  if (cue.kind !== "summit") return false;
  const after = analysis.text.slice(cue.end, cue.end + 80);
  return BODY_BEFORE.test(before.slice(-60)) || BODY_AFTER.test(after);
}
