import { type RegionSlug } from "../../domain/vocabulary.js";
import { buildPlaceLexicon, type PlaceForm, type PlaceLexicon } from "../lexicon/place-lexicon.js";

/** A state or region named in the text, with its absolute character range. */
export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  codes: readonly string[];
  region?: RegionSlug;
  form: PlaceForm;
  /** Followed by 's: "Japan's", "Seoul's". */
  possessive: boolean;
  /** A city named only as where something happens ("met in Tokyo"). */
  locative: boolean;
}

let lexicon: PlaceLexicon | undefined;

/** The shared place lexicon, built once. */
export function placeLexicon(): PlaceLexicon {
  lexicon ??= buildPlaceLexicon();
  return lexicon;
}

// "in the South Korean city": an adjective of nationality that only locates.
const PLACE_NOUN_AFTER = /^\s+(?:city|capital|town|port|resort|island|coast)\b/;
// "US$30 billion", "18 billion U.S. dollars", "the Japanese yen": a unit of money.
const CURRENCY_AFTER =
  /^(?:\$|\s+(?:dollars?|yen|yuan|renminbi|euros?|pounds?|rupees?|rubles?|roubles?|pesos?|francs?|rand|lira|dirhams?|riyals?|rupiah|baht|dong|ringgit)\b)/;
// "the Jordan River", "the Congo Basin", "the Niger Delta": a state's name in a feature's.
const FEATURE_AFTER = /^\s+(?:River|Basin|Delta|Valley|Lake|Canal|Desert|Plateau)\b/;
// "the North" is North Korea only on its own: "the North Atlantic", "the North Pole", "the
// North-South transport corridor" are not.
const NAME_AFTER = /^(?:\s+[A-Z][a-z]|-(?:South|North|East|West)\b)/;
// "in Bali, Indonesia": a state that only says where a city is.
const CITY_THEN_STATE_BEFORE =
  /\b(?:in|at|near)\s+(?:[A-Z][\p{L}'’.-]+\s+){0,2}[A-Z][\p{L}'’.-]+,\s+$/u;
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|from|around)\s+$/i;
// "the Gulf of Guinea", "the Gulf of Mexico": a state's name in a sea's.
const SEA_BEFORE = /\b(?:Gulf|Bay|Sea|Strait|Straits) of\s+$/;
// "speaking in French through an interpreter": a demonym that names a language.
const LANGUAGE_BEFORE = /\b(?:in|into|speaking|spoke|speaks)\s+$/i;
const LANGUAGE_AFTER = /^(?:\s*[,.;:)]|\s+(?:and|or|through|with|via|to|by|for|as|at|on|from)\b)/;

/**
 * Finds the states and regions named in `text`, which starts at `offset` in the
 * article. A capital followed by another capitalised word is taken as part of a
 * name ("the Pretoria Institute") and skipped.
 */
export function findPlaces(text: string, offset = 0): PlaceMention[] {
  // One compiled pattern for every call (compiling the lexicon's is the costly part); the
  // scan below is synchronous, so resetting its position is enough.
  const { entries, pattern } = placeLexicon();
  pattern.lastIndex = 0;
  const mentions: PlaceMention[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const entry = entries.get(match[0]);
    if (!entry || entry.form === "none") continue;
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 24);
    // A currency sign or a currency's name after it makes the name a unit of money.
    if (CURRENCY_AFTER.test(after)) continue;
    if (entry.form === "name" && FEATURE_AFTER.test(after)) continue;
    // "the Dubai-based broadcaster": where something is based, not a state of the story.
    if (entry.form === "capital" && /^-based\b/.test(after)) continue;
    const lead = text.slice(Math.max(0, start - 16), start);
    if (entry.form === "name" && SEA_BEFORE.test(lead)) continue;
    if (entry.form === "demonym" && LANGUAGE_BEFORE.test(lead) && LANGUAGE_AFTER.test(after))
      continue;
    if (/^the\s/i.test(match[0]) && entry.form === "name" && NAME_AFTER.test(after)) {
      // Read on from the word after "the": "the North American" may name something else.
      pattern.lastIndex = start + 4;
      continue;
    }
    if (entry.form === "capital" && /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:and|or)\b/.test(after))
      continue;
    const before = text.slice(Math.max(0, start - 12), start);
    mentions.push({
      start: start + offset,
      end: end + offset,
      surface: match[0],
      codes: entry.codes,
      ...(entry.region ? { region: entry.region } : {}),
      form: entry.form,
      possessive: /^['’]s?\b/.test(after),
      locative:
        (entry.form === "capital" && LOCATIVE_BEFORE.test(before)) ||
        (entry.form === "name" &&
          CITY_THEN_STATE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) ||
        (entry.form === "demonym" &&
          LOCATIVE_BEFORE.test(before.replace(/\bthe\s+$/, "")) &&
          PLACE_NOUN_AFTER.test(after)),
    });
  }
  return mentions;
}
