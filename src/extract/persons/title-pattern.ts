import { OFFICE_TITLES } from "../data/titles.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { phrasePattern } from "../text/phrase-pattern.js";
import { HONORIFIC_SOURCE } from "./name-pattern.js";

// The patterns every way of introducing an official shares: the office titles, the courtesy
// words before a name, and the state named right before a title.

/** Every office title, in its written cases, as one pattern source. */
export const TITLE_SOURCE = phrasePattern(OFFICE_TITLES.flatMap((t) => caseVariants(t.form)));

/** Courtesy words that may stand before a name, as a pattern source. */
export const PRE = `(?:${HONORIFIC_SOURCE}\\s+)*`;

/** A whole office title anywhere: "a senior minister" names an office. */
export const TITLE_WORD = new RegExp(`(?<![\\p{L}])${TITLE_SOURCE}(?![\\p{L}])`, "u");

/** The state named right before `at` ("Japanese Prime Minister", "Japan's Prime Minister"). */
export function placeEndingAt(places: readonly PlaceMention[], at: number): string | undefined {
  // "During his contacts in Riyadh, Minister Fidan": a place the clause before ends with is
  // where, not whose.
  const place = places.find(
    (p) => p.codes.length === 1 && at - p.end >= 0 && at - p.end <= 3 && !p.locative,
  );
  return place?.codes[0];
}

function caseVariants(form: string): string[] {
  // "PM Modi": an abbreviation is written in capitals only ("at 6 pm" is a time).
  if (/^\p{Lu}{2,4}$/u.test(form)) return [form];
  const lower = form.toLowerCase();
  const capitalised = lower.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return [...new Set([form, lower, capitalised])];
}
