import { type Analysis } from "../analyze.js";
import { KNOWN_ORGANIZATIONS, MEDIA_BEFORE_NAME } from "../data/organizations.js";
import { escapeRegExp } from "../persons/name-pattern.js";
import { type OrganizationKind } from "../../domain/vocabulary.js";

/** An organization named in the body, with the sentences that name it. */
export interface OrganizationMention {
  name: string;
  kind: OrganizationKind;
  sentences: number[];
  /** Sentences that name it as the body an event is of ("a meeting of the Quad", "the ASEAN summit"). */
  gatherings: number[];
}

const OF_BEFORE = /\bof\s+(?:the\s+)?$/;
const EVENT_AFTER =
  /^(?:['’]s)?\s+(?:(?:foreign |defen[cs]e |trade )?ministers['’]?|leaders['’]?|summit|meeting|gathering|talks|conference)\b/;

const KNOWN = new RegExp(
  `(?<![\\p{L}])(?:${KNOWN_ORGANIZATIONS.flatMap((o) => o.forms)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/**
 * Finds the organizations the body names: known international bodies and media by
 * their forms, and other media by a describing noun before the name ("the
 * broadcaster Anka Haber"). Each organization is listed once, in order of first mention.
 */
export function findOrganizations(analysis: Analysis): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  const add = (name: string, kind: OrganizationKind, sentence: number, gathering = false): void => {
    let known = out.find((o) => o.name === name);
    if (!known) {
      known = { name, kind, sentences: [], gatherings: [] };
      out.push(known);
    }
    if (!known.sentences.includes(sentence)) known.sentences.push(sentence);
    if (gathering && !known.gatherings.includes(sentence)) known.gatherings.push(sentence);
  };
  for (const sentence of analysis.sentences) {
    for (const m of sentence.text.matchAll(KNOWN)) {
      const known = KNOWN_ORGANIZATIONS.find((o) => o.forms.includes(m[0]));
      const before = sentence.text.slice(Math.max(0, m.index - 8), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const gathering = OF_BEFORE.test(before) || EVENT_AFTER.test(after);
      if (known) add(known.name, known.kind, sentence.index, gathering);
    }
    for (const m of sentence.text.matchAll(MEDIA_BEFORE_NAME))
      if (m[1]) add(m[1].replace(/['’]s$/, ""), "media", sentence.index);
  }
  return out;
}
