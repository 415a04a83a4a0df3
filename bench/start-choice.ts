// Where a state's timeline page should start, measured:
//   npx tsx bench/start-choice.ts [--tier 100k] [--meetings N] [--states 40] [--rounds 5]
// `find-meetings` pages a state's meetings either by walking the (dateStart, id) index until
// a page of them turns up (about limit × meetings / degree rows, each testing the meeting's
// participations) or from the state (its degree rows, then a sort). It starts from the
// state when degree² < FACTOR × limit × meetings (FACTOR is 2, from this experiment).
// This starts a Neo4j of its own, loads the tier's corpus through diplograph's loader, asks
// the API (in process, over HTTP) for Q1's 40-year page of states across the whole range
// of degrees, and replays the statement the API sent with each choice forced: db hits
// (PROFILE) and the median time of each. Then, for a range of factors, what the rule would
// have cost over the sample against always taking the cheaper start. The times are ratios
// within one process, not absolute figures.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadCypherRegistry } from "../src/graph/cypher-registry.js";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { DEFAULT_SEED, FIRST_YEAR, LAST_YEAR, tierNamed, TIERS } from "./corpus/index.js";
import { benchCypher } from "./cypher/index.js";
import { compareLoaders } from "./ingest/measure-ingest.js";
import { median } from "./load/quantiles.js";
import { Q1_TIMELINE } from "./operations/graphql-documents.js";
import { profileStatements } from "./peers/profile-statements.js";
import { type StatementLog, type SentStatement } from "./peers/recording-driver.js";
import { startRecordingApi } from "./peers/recording-api.js";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "100k" },
    meetings: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    states: { type: "string", default: "40" },
    rounds: { type: "string", default: "5" },
  },
});
const tier = tierNamed(values.tier ?? "100k");
const rounds = Number(values.rounds);
const FACTORS = [0.25, 0.5, 1, 2, 4, 8, 16, 32];

/** The rule's comparison in find-meetings: the one line this experiment overrides. */
const CHOICE = "degree * degree < 2 * toInteger($limit) * meetings AS fromStart";

/**
 * find-meetings with its start forced by `$forceFromStart`: everything else is the
 * statement as it ships. Fails when the rule's line has changed, rather than measure
 * something else.
 */
function forcedStatement(shipped: string): string {
  if (shipped.split(CHOICE).length !== 2) {
    throw new Error(
      `find-meetings no longer holds the line "${CHOICE}" once: update the experiment`,
    );
  }
  return shipped.replace(CHOICE, "$forceFromStart AS fromStart");
}

interface StateFigure {
  code: string;
  degree: number;
  /** degree² / (limit × meetings): the rule starts from the state below FACTOR. */
  ratio: number;
  hits: { start: number; walk: number };
  ms: { start: number; walk: number };
}

const db = await startBenchNeo4j(tier);
try {
  const corpus = { seed: Number(values.seed), meetings: Number(values.meetings ?? TIERS[tier]) };
  await compareLoaders({
    executor: db.graph.executor,
    loaders: ["diplograph-1-writer"],
    corpus,
    warmUp: false,
    log: (line) => console.error(line),
  });
  const { driver, database } = db.graph.executor;
  const server = await startRecordingApi(db.graph.executor);
  try {
    const shipped = loadCypherRegistry()["api/find-meetings"];
    const forced = forcedStatement(shipped);
    const figures: StateFigure[] = [];
    for (const state of await sampledStates(Number(values.states))) {
      const sent = await recordTimelinePage(server.url, state.code, server.log, shipped);
      const limit = Number(sent.params.limit);
      const variant = (fromStart: boolean): SentStatement => ({
        text: forced,
        params: { ...sent.params, forceFromStart: fromStart },
      });
      const figure: StateFigure = {
        code: state.code,
        degree: state.degree,
        ratio: (state.degree * state.degree) / (limit * state.meetings),
        hits: {
          start: await profileStatements({ driver, database, statements: [variant(true)] }),
          walk: await profileStatements({ driver, database, statements: [variant(false)] }),
        },
        ms: await medianTimes(variant(true), variant(false)),
      };
      figures.push(figure);
      console.error(JSON.stringify(figure));
    }
    printReport(figures);
  } finally {
    await server.close();
  }
} finally {
  await db.close();
}

/**
 * About `count` states spread evenly over the logarithm of their degree, the rarest and the
 * busiest included: the skew leaves most states rare, and the rule's boundary lies between.
 */
async function sampledStates(
  count: number,
): Promise<{ code: string; degree: number; meetings: number }[]> {
  const { records } = await db.graph.executor.driver.executeQuery(
    benchCypher("sample/country-degrees"),
    {},
    { database: db.graph.executor.database },
  );
  const all = records
    .map((r) => ({
      code: String(r.get("code")),
      degree: Number(r.get("degree")),
      meetings: Number(r.get("meetings")),
    }))
    .filter((s) => s.degree > 0);
  const [low, high] = [Math.log(all[0]!.degree), Math.log(all.at(-1)!.degree)];
  const picks = new Set<(typeof all)[number]>();
  for (let i = 0; i < count; i++) {
    const target = Math.exp(low + ((high - low) * i) / Math.max(1, count - 1));
    const nearest = all.reduce((a, b) =>
      Math.abs(Math.log(b.degree / target)) < Math.abs(Math.log(a.degree / target)) ? b : a,
    );
    picks.add(nearest);
  }
  return [...picks];
}

/** Asks the API for Q1's 40-year page of a state and returns the find-meetings it sent. */
async function recordTimelinePage(
  url: string,
  country: string,
  log: StatementLog,
  shipped: string,
): Promise<SentStatement> {
  log.recording = true;
  log.recorded = [];
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: Q1_TIMELINE,
      variables: { country, from: String(FIRST_YEAR), to: String(LAST_YEAR) },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  log.recording = false;
  if (body.errors) throw new Error(`Q1 for ${country}: ${JSON.stringify(body.errors)}`);
  const sent = log.recorded.filter((s) => s.text === shipped);
  if (sent.length !== 1) throw new Error(`Q1 for ${country} sent ${sent.length} find-meetings`);
  return sent[0]!;
}

/** Median wall time of each variant over `rounds` runs, interleaved, after one untimed run. */
async function medianTimes(
  start: SentStatement,
  walk: SentStatement,
): Promise<{ start: number; walk: number }> {
  const { driver, database } = db.graph.executor;
  const time = async (s: SentStatement): Promise<number> => {
    const began = performance.now();
    await driver.executeQuery(s.text, s.params, { database, routing: "READ" });
    return performance.now() - began;
  };
  await time(start);
  await time(walk);
  const times = { start: [] as number[], walk: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.start.push(await time(start));
    times.walk.push(await time(walk));
  }
  return { start: median(times.start), walk: median(times.walk) };
}

function printReport(figures: readonly StateFigure[]): void {
  console.log(
    "| state | degree | degree²/(limit×meetings) | db hits from state | db hits walk | ms from state | ms walk |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const f of figures) {
    console.log(
      `| ${f.code} | ${f.degree} | ${f.ratio.toFixed(2)} | ${f.hits.start} | ${f.hits.walk} | ${f.ms.start.toFixed(1)} | ${f.ms.walk.toFixed(1)} |`,
    );
  }
  const best = (m: "hits" | "ms"): number =>
    figures.reduce((sum, f) => sum + Math.min(f[m].start, f[m].walk), 0);
  const chosen = (m: "hits" | "ms", factor: number): number =>
    figures.reduce((sum, f) => sum + (f.ratio < factor ? f[m].start : f[m].walk), 0);
  const worst = (m: "hits" | "ms", factor: number): number =>
    Math.max(
      ...figures.map(
        (f) => (f.ratio < factor ? f[m].start : f[m].walk) / Math.min(f[m].start, f[m].walk),
      ),
    );
  console.log(
    "\n| FACTOR | db hits vs the cheaper start | worst state | time vs the cheaper start | worst state |",
  );
  console.log("| --- | --- | --- | --- | --- |");
  for (const factor of FACTORS) {
    console.log(
      `| ${factor} | ${(chosen("hits", factor) / best("hits")).toFixed(2)}x | ${worst("hits", factor).toFixed(2)}x | ${(chosen("ms", factor) / best("ms")).toFixed(2)}x | ${worst("ms", factor).toFixed(2)}x |`,
    );
  }
}
