import { NON_OFFICIAL_ROLES, RELAY_TITLE } from "../data/titles.js";
import { type Sentence } from "../text/split-sentences.js";
import { cleanName, escapeRegExp, NAME_SOURCE } from "./name-pattern.js";
import { type PersonCandidate } from "./person-candidate.js";
import { PRE, TITLE_WORD } from "./title-pattern.js";

const NON_OFFICIAL_SOURCE = `(?:${NON_OFFICIAL_ROLES.map(escapeRegExp).join("|")})`;

// "Jane Roe, a senior fellow at ...", "Sam Poe, who heads ..."
const NAME_THEN_DESCRIPTION = new RegExp(
  `(?<name>${NAME_SOURCE}),\\s+(?:(?:a|an|the|one)\\b[^"“”,;]{0,90}?)?${NON_OFFICIAL_SOURCE}`,
  "gu",
);
// "Laura Beaulieu, a trade lawyer and former Canadian negotiator, said": anyone introduced
// by what they are, not by an office, and then quoted.
const NAME_THEN_APPOSITIVE_THEN_SAID = new RegExp(
  `(?<name>${NAME_SOURCE}),\\s+(?<description>(?:a|an)\\s+[^"“”,;]{1,80}),\\s+(?:said|says|told|added|noted|wrote|argued)\\b`,
  "gu",
);
// "Sir Walter Ilaita, a former Papua New Guinean foreign minister, put it more bluntly": one
// who held an office, whatever the verb after.
const NAME_THEN_FORMER_OFFICE = new RegExp(
  `(?<name>${NAME_SOURCE}),\\s+(?:a|an|the)\\s+(?<description>former\\s+[^"“”,;]{1,60}),`,
  "gu",
);
// "State Department spokesperson Matthew Miller"
const DESCRIPTION_THEN_NAME = new RegExp(
  `${NON_OFFICIAL_SOURCE},?\\s+${PRE}(?<name>${NAME_SOURCE})`,
  "gu",
);
// "Jane Roe said"
const NAME_THEN_SAID = new RegExp(
  `(?<name>${NAME_SOURCE})\\s+(?:said|says|told|added|noted|wrote|argued)\\b`,
  "gu",
);

/**
 * The people a sentence introduces by what they are rather than by an office (an analyst,
 * a spokesperson, "a trade lawyer"), and anyone named in full as saying something.
 */
export function nonOfficialSources(sentence: Sentence): PersonCandidate[] {
  return [...nonOfficials(sentence), ...speakers(sentence)];
}

function nonOfficials(sentence: Sentence): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const pattern of [NAME_THEN_DESCRIPTION, DESCRIPTION_THEN_NAME]) {
    for (const m of sentence.text.matchAll(pattern)) {
      const raw = m.groups?.name ?? "";
      const name = cleanName(raw);
      if (!name || name.split(/\s+/).length < 2) continue;
      const start = sentence.start + m.index + m[0].indexOf(raw);
      const relays = RELAY_TITLE.test(m[0]);
      out.push({
        name,
        start,
        end: start + raw.length,
        nonOfficial: true,
        ...(relays ? { relays } : {}),
      });
    }
  }
  for (const m of sentence.text.matchAll(NAME_THEN_FORMER_OFFICE)) {
    const raw = m.groups?.name ?? "";
    const name = cleanName(raw);
    if (!name || name.split(/\s+/).length < 2 || !TITLE_WORD.test(m.groups?.description ?? ""))
      continue;
    const start = sentence.start + m.index;
    out.push({ name, start, end: start + raw.length, nonOfficial: true });
  }
  for (const m of sentence.text.matchAll(NAME_THEN_APPOSITIVE_THEN_SAID)) {
    const raw = m.groups?.name ?? "";
    const name = cleanName(raw);
    const description = m.groups?.description ?? "";
    // "a senior minister" is an office (titled); "a former minister" is not.
    const office = TITLE_WORD.test(description) && !/\bformer\b/i.test(description);
    if (!name || name.split(/\s+/).length < 2 || office) continue;
    const start = sentence.start + m.index;
    out.push({ name, start, end: start + raw.length, nonOfficial: true });
  }
  return out;
}

function speakers(sentence: Sentence): PersonCandidate[] {
  return [...sentence.text.matchAll(NAME_THEN_SAID)].flatMap((m) => {
    const raw = m.groups?.name ?? "";
    const name = cleanName(raw);
    const before = sentence.text.slice(Math.max(0, m.index - 30), m.index);
    // "Secretary of State Marco Rubio said": a name after "of" belongs to a title.
    if (
      !name ||
      name.split(/\s+/).length < 2 ||
      TITLE_WORD.test(name) ||
      /\b(?:of|for)\s+$/.test(before)
    )
      return [];
    const start = sentence.start + m.index;
    return [{ name, start, end: start + raw.length, nonOfficial: true }];
  });
}
