import worldCountries, { type Country } from "world-countries";
import { type RegionSlug } from "../../domain/vocabulary.js";
import {
  ALTERNATIVE_EXCLUSIONS,
  CAPITAL_EXCLUSIONS,
  CAPITAL_EXTRAS,
  DEMONYM_EXTRAS,
  NOT_STATES,
  PROVINCES,
  STATE_EXTRAS,
} from "../data/place-extras.js";
import { REGION_FORMS } from "../data/regions.js";
import { phrasePattern } from "../text/phrase-pattern.js";

/** How a place is named: by its name, an adjective of nationality, its capital, or a region. */
export type PlaceForm = "name" | "demonym" | "capital" | "region" | "none";

/** What one surface form names. */
export interface PlaceEntry {
  codes: readonly string[];
  region?: RegionSlug;
  form: PlaceForm;
}

/** The surface forms of states and regions, and one pattern that finds them all. */
export interface PlaceLexicon {
  entries: ReadonlyMap<string, PlaceEntry>;
  pattern: RegExp;
  /** The English short name of each state, for the record. */
  names: ReadonlyMap<string, string>;
}

// world-countries ships CommonJS types: under NodeNext the default import is typed as
// the module object, though at run time it is the array of countries.
const COUNTRIES = worldCountries as unknown as readonly Country[];

// world-countries codes Kosovo UNK (the UN mission's code); the record uses XKX, the
// user-assigned code the EU, the IMF and most data sets give it (src/domain/countries.ts).
const CODE_ALIASES: Readonly<Record<string, string>> = { UNK: "XKX" };

const LATIN = /^[\p{Script=Latin}\s'’.()-]+$/u;

/** Builds the lexicon from world-countries and the extras kept as data. */
export function buildPlaceLexicon(): PlaceLexicon {
  const entries = new Map<string, PlaceEntry>();
  const names = new Map<string, string>();
  const add = (form: string, entry: PlaceEntry): void => {
    if (!entries.has(form)) entries.set(form, entry);
  };
  for (const [form, slug] of Object.entries(REGION_FORMS))
    add(form, { codes: [], region: slug, form: "region" });
  for (const form of NOT_STATES) add(form, { codes: [], form: "none" });
  for (const [form, codes] of Object.entries(STATE_EXTRAS)) add(form, { codes, form: "name" });
  for (const [form, codes] of Object.entries(PROVINCES)) add(form, { codes, form: "name" });
  for (const [form, codes] of Object.entries(DEMONYM_EXTRAS)) add(form, { codes, form: "demonym" });
  for (const [form, codes] of Object.entries(CAPITAL_EXTRAS)) add(form, { codes, form: "capital" });
  // Sovereign states first, so that a demonym shared with a territory names the state.
  const ordered = [...COUNTRIES].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const code = CODE_ALIASES[country.cca3] ?? country.cca3;
    const codes = [code];
    names.set(code, country.name.common);
    add(country.name.common, { codes, form: "name" });
    add(country.name.official, { codes, form: "name" });
    for (const alt of country.altSpellings)
      if (usableAlternative(alt)) add(alt, { codes, form: "name" });
    const demonyms = country.demonyms?.eng;
    if (demonyms)
      for (const d of [demonyms.m, demonyms.f]) if (d) add(d, { codes, form: "demonym" });
    for (const capital of country.capital)
      if (!CAPITAL_EXCLUSIONS.has(capital)) add(capital, { codes, form: "capital" });
  }
  return { entries, pattern: compile([...entries.keys()]), names };
}

function usableAlternative(alt: string): boolean {
  if (!LATIN.test(alt) || alt.includes(",") || ALTERNATIVE_EXCLUSIONS.has(alt)) return false;
  return alt.length >= 4 || /^[A-Z]{3}$/.test(alt);
}

/** Every form in one pattern, the longest that fits at a place first, never inside a word. */
function compile(forms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(forms)}(?![\\p{L}\\p{N}])`, "gu");
}
