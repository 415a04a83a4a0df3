import { HONORIFICS, NAME_PARTICLES } from "../data/titles.js";

// A generational suffix ends a name and keeps its point ("Surangel S. Whipps Jr."); no word
// after it is the name's ("... Marcos Jr. Myanmar's junta").
const SUFFIX = String.raw`\s+(?:Jr|Sr)\.`;
// Capitals beyond A-Z: "Þorgerður", "Łukasz", "Özdemir", "Élisabeth".
// An apostrophe inside a word: "O'Brien", and "Sa'ar", "Ma'ruf" (but not "Biden's", "He'll").
const TOKEN = String.raw`(?!(?:Jr|Sr)\.)(?:\p{Lu}\.(?:\p{Lu}\.)*|(?:al|el)-\p{Lu}[\p{L}]+|\p{Lu}[\p{Ll}\p{Lu}]*(?:['’](?:\p{Lu}[\p{L}]+|(?!(?:ll|re|ve)\b)\p{Ll}{2,}))?(?:-[\p{L}]+)*)`;
const PARTICLE = `(?:${NAME_PARTICLES.join("|")})`;

/** A personal name: capitalised words, initials and joining particles ("Lula da Silva"). */
export const NAME_SOURCE = String.raw`${TOKEN}(?:\s+(?:${PARTICLE}\s+)*${TOKEN}){0,5}(?:${SUFFIX})?`;

/** Courtesy words that may stand before a name. */
export const HONORIFIC_SOURCE = `(?:${HONORIFICS.map(escapeRegExp).join("|")})`;

const NOT_NAME_WORDS = new Set([
  "The",
  "A",
  "An",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "His",
  "Her",
  "Their",
  "This",
  "That",
  "On",
  "In",
  "At",
  "For",
  "With",
  "During",
  "After",
  "Before",
  "But",
  "And",
  "Or",
  "As",
  "If",
  // Conjunctions that open a sentence before a surname: "Since Takaichi told parliament".
  "Since",
  "When",
  "While",
  "Although",
  "Though",
  "Because",
  "Until",
  "Unless",
  "Once",
  "Whether",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
  "Ministry",
  "Department",
  "Office",
  "Council",
  "Committee",
  "House",
  "Party",
  "Government",
  // "the Saudi Press Agency said": an agency, a broadcaster or a paper that speaks.
  "Agency",
  "Press",
  "News",
  "Service",
  "Television",
  "Radio",
  "Broadcasting",
]);

/** Splits a name into its words, dropping particles' case and a possessive ending. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/['’]s$/, "")
    .split(/\s+/)
    .filter((t) => t !== "" && !NAME_PARTICLES.includes(t.toLowerCase()));
}

/** Folds a word for comparison: no case, accents, hyphens or el-/al- prefix. */
export function foldToken(token: string): string {
  return token
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^(?:al|el)-/, "")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Cleans a matched name: strips honorifics and a trailing possessive, and refuses
 * spans that are not names (a leading function word, a month, an institution).
 */
export function cleanName(raw: string): string | undefined {
  let name = raw.replace(/['’]s$/, "").trim();
  for (;;) {
    const honorific = HONORIFICS.find((h) => name.startsWith(`${h} `));
    if (!honorific) break;
    name = name.slice(honorific.length + 1).trim();
  }
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return undefined;
  if (words.length === 1 && (words[0]?.length ?? 0) < 2) return undefined;
  return name;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
