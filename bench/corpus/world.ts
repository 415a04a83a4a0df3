import isoCountries from "i18n-iso-countries";
import { countryName } from "../../src/domain/countries.js";
import { REGION_SLUGS, TOPIC_KINDS } from "../../src/domain/vocabulary.js";
import { Prng } from "./prng.js";

/** The years the corpus spans: 40 years of diplomacy. */
export const FIRST_YEAR = 1986;
export const LAST_YEAR = 2025;

export interface WorldCountry {
  code: string;
  name: string;
  /** Relative activity: a few supernodes, a long tail of rare states. */
  weight: number;
  title: "President" | "Prime Minister" | "Chancellor";
}

export interface WorldLeader {
  name: string;
  countryCode: string;
  title: string;
  /** Years of the term, inclusive. */
  from: number;
  to: number;
}

export interface WorldTopic {
  kind: (typeof TOPIC_KINDS)[number];
  args: string[];
}

/** The fixed cast of the synthetic world: states, their leaders by term, topics. */
export interface World {
  /** Most active first. */
  countries: WorldCountry[];
  leaders: WorldLeader[];
  topics: WorldTopic[];
  /** The leader in office of a state in a year. */
  leaderOf(countryCode: string, year: number): WorldLeader;
}

const COUNTRY_COUNT = 200;
const SUPERNODES = 5;
const TOPIC_COUNT = 50;
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ten",
  "su",
  "vo",
  "del",
  "an",
  "bri",
  "cho",
  "pa",
].concat(["ge", "no", "zu", "lin", "mar", "ost", "fe", "ri", "tam", "yo", "ha", "ven"]);

/** Builds the world of a seed: same seed, same world. */
export function buildWorld(seed: number): World {
  const prng = new Prng(seed ^ 0x5eed);
  const countries = buildCountries(prng);
  const leaders = buildLeaders(prng, countries);
  const byCountry = new Map<string, WorldLeader[]>();
  for (const leader of leaders) {
    const list = byCountry.get(leader.countryCode) ?? [];
    list.push(leader);
    byCountry.set(leader.countryCode, list);
  }
  return {
    countries,
    leaders,
    topics: buildTopics(prng, countries),
    leaderOf(countryCode, year) {
      const terms = byCountry.get(countryCode) ?? [];
      const leader = terms.find((t) => t.from <= year && year <= t.to) ?? terms.at(-1);
      if (!leader) throw new Error(`no leader of ${countryCode}`);
      return leader;
    },
  };
}

function buildCountries(prng: Prng): WorldCountry[] {
  const codes = Object.keys(isoCountries.getAlpha3Codes())
    .filter((code) => countryName(code) !== undefined)
    .sort()
    .slice(0, COUNTRY_COUNT);
  // Shuffle, then give rank r a Zipf weight (r+1)^-0.9; the first ranks, doubled, are supernodes.
  for (let i = codes.length - 1; i > 0; i -= 1) {
    const j = prng.int(0, i);
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
  }
  const titles = ["President", "Prime Minister", "Chancellor"] as const;
  return codes.map((code, rank) => ({
    code,
    name: countryName(code) ?? code,
    weight: (rank < SUPERNODES ? 2 : 1) / Math.pow(rank + 1, 0.9),
    title: prng.chance(0.05) ? titles[2] : prng.chance(0.5) ? titles[0] : titles[1],
  }));
}

function buildLeaders(prng: Prng, countries: readonly WorldCountry[]): WorldLeader[] {
  const names = new Set<string>();
  const leaders: WorldLeader[] = [];
  for (const country of countries) {
    // Terms from before the first year until after the last: about ten leaders a state.
    let year = FIRST_YEAR - prng.int(0, 5);
    while (year <= LAST_YEAR) {
      const to = Math.min(year + prng.int(2, 5), LAST_YEAR + 1);
      leaders.push({
        name: uniqueName(prng, names),
        countryCode: country.code,
        title: country.title,
        from: year,
        to,
      });
      year = to + 1;
    }
  }
  return leaders;
}

function uniqueName(prng: Prng, taken: Set<string>): string {
  const word = (parts: number): string => {
    let w = "";
    for (let i = 0; i < parts; i += 1) w += prng.pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  for (;;) {
    const name = `${word(prng.int(1, 2))} ${word(prng.int(2, 3))}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function buildTopics(prng: Prng, countries: readonly WorldCountry[]): WorldTopic[] {
  const topics = new Map<string, WorldTopic>();
  const kinds = TOPIC_KINDS.filter((k) => k !== "other");
  while (topics.size < TOPIC_COUNT) {
    const kind = prng.pick(kinds);
    const args = prng.chance(0.5)
      ? [prng.pick(REGION_SLUGS)]
      : [prng.pick(countries.slice(0, 30)).code];
    topics.set(`${kind}:${args.join(",")}`, { kind, args });
  }
  return [...topics.values()];
}
