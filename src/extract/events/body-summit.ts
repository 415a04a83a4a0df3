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
// "the summit of the Amazon Cooperation Treaty Organization".
const BODY_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?${BODY}(?![\\p{L}])`, "u");

/**
 * Whether a cue is a body's summit: a gathering of its members, which the answer keys (and
 * analysts) count as a conference, not a meeting of leaders.
 */
export function isBodySummit(analysis: Analysis, cue: CueMatch): boolean {
  if (cue.kind !== "summit") return false;
  const before = analysis.text.slice(Math.max(0, cue.start - 60), cue.start);
  const after = analysis.text.slice(cue.end, cue.end + 80);
  return BODY_BEFORE.test(before) || BODY_AFTER.test(after);
}
