import { type RecordInput } from "../../src/domain/record.js";
import { writeArticle } from "./articles.js";
import { generateYearMeetings, meetingsPerYear, type SyntheticMeeting } from "./meetings.js";
import { Prng } from "./prng.js";
import { buildWorld, type World } from "./world.js";

export { buildWorld, FIRST_YEAR, LAST_YEAR, type World } from "./world.js";

/** Corpus sizes, by number of distinct meetings. */
export const TIERS = { "10k": 10_000, "100k": 100_000, "1m": 1_000_000 } as const;
export type TierName = keyof typeof TIERS;

export const DEFAULT_SEED = 20_260_101;

export function isTierName(value: string): value is TierName {
  return Object.hasOwn(TIERS, value);
}

/** A `--tier` option's value as a tier, or an error that lists the tiers. */
export function tierNamed(value: string): TierName {
  if (!isTierName(value)) throw new Error(`--tier must be one of ${Object.keys(TIERS).join(", ")}`);
  return value;
}

/** Share of articles that are a second report (another publisher) of meetings already reported. */
const REREPORT_SHARE = 0.1;

/**
 * The canonical records of a synthetic corpus, in load order: year by year, articles
 * reporting one to three meetings each, some meetings reported again by a later article.
 * Deterministic: the same seed and size give the same records, in the same order.
 */
export function* generateCorpus(options: {
  seed: number;
  meetings: number;
}): Generator<RecordInput> {
  const world = buildWorld(options.seed);
  const prng = new Prng(options.seed);
  let serial = 0;
  for (const [year, count] of meetingsPerYear(options.meetings)) {
    const meetings = generateYearMeetings({ world, prng: prng.fork(year), year, count });
    for (const group of groupIntoArticles(prng, meetings)) {
      serial += 1;
      yield writeArticle({
        world,
        prng,
        seed: options.seed,
        serial,
        meetings: group,
        brief: false,
      });
      if (prng.chance(REREPORT_SHARE)) {
        serial += 1;
        const again = group.slice(0, 1);
        yield writeArticle({
          world,
          prng,
          seed: options.seed,
          serial,
          meetings: again,
          brief: true,
        });
      }
    }
  }
}

/** Consecutive meetings (in date order) share an article: one to three each. */
function* groupIntoArticles(
  prng: Prng,
  meetings: readonly SyntheticMeeting[],
): Generator<SyntheticMeeting[]> {
  let i = 0;
  while (i < meetings.length) {
    const r = prng.next();
    const size = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    yield meetings.slice(i, i + size);
    i += size;
  }
}

/** The corpus as JSON Lines, one record a line, for files and byte-level comparison. */
export function* corpusJsonl(options: { seed: number; meetings: number }): Generator<string> {
  for (const record of generateCorpus(options)) yield `${JSON.stringify(record)}\n`;
}

/** The states the timeline benchmarks page through: the busiest and the rarest. */
export function benchmarkStates(world: World): { busy: string; rare: string } {
  const busy = world.countries[0]?.code;
  const rare = world.countries.at(-1)?.code;
  if (!busy || !rare) throw new Error("the world has no countries");
  return { busy, rare };
}
