import worldCountries, { type Country } from "world-countries";
import { type RegionSlug } from "./vocabulary.js";

/** Actors that news treats as states but that have no ISO 3166-1 alpha-3 code of their own. */
const EXTRA_ACTORS: Readonly<Record<string, string>> = {
  XKX: "Kosovo",
  EUU: "European Union",
};

// The common English names ("China", "United States", "South Korea"), as news writes
// them, rather than the official ones ("People's Republic of China").
// Under NodeNext the CommonJS default export is typed as the module namespace.
const WORLD = worldCountries as unknown as readonly Country[];
const COMMON_NAMES: ReadonlyMap<string, string> = new Map([
  ...WORLD.map((c) => [c.cca3, c.name.common] as const),
  ...Object.entries(EXTRA_ACTORS),
]);

/** The common English name of a state by its alpha-3 code, or undefined for an unknown code. */
export function countryName(code: string): string | undefined {
  return COMMON_NAMES.get(code);
}

/** True for an ISO 3166-1 alpha-3 code or one of the few accepted extras (Kosovo, the EU). */
export function isKnownCountryCode(code: string): boolean {
  return COMMON_NAMES.has(code);
}

/** Actors with a code of their own that are not states: the European Union. */
const NON_STATE_ACTORS: ReadonlySet<string> = new Set(["EUU"]);

/** True for a state's code (Kosovo included); false for a union of states such as the EU. */
export function isState(code: string): boolean {
  return isKnownCountryCode(code) && !NON_STATE_ACTORS.has(code);
}

// The region slugs a state's world-countries region or subregion falls in; states of the
// other subregions (South and Central Asia, Oceania, North America) have none.
const REGION_OF_SUBREGION: Readonly<Record<string, RegionSlug>> = {
  "Western Asia": "middle-east",
  "Eastern Asia": "east-asia",
  "South America": "latin-america",
  "Central America": "latin-america",
  Caribbean: "latin-america",
};
const REGION_OF_CONTINENT: Readonly<Record<string, RegionSlug>> = {
  Africa: "africa",
  Europe: "europe",
};
const REGIONS: ReadonlyMap<string, RegionSlug> = new Map(
  WORLD.flatMap((c) => {
    const region = REGION_OF_SUBREGION[c.subregion] ?? REGION_OF_CONTINENT[c.region];
    return region ? [[c.cca3, region] as const] : [];
  }),
);

/** The region slug of a state ("YEM" -> "middle-east"), undefined where none fits. */
export function regionOfState(code: string): RegionSlug | undefined {
  return REGIONS.get(code);
}
