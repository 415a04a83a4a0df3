// The benchmark: `npm run bench -- --tier 10k|100k|1m [--meetings N] [--seconds S]
// [--concurrency 1,8,32] [--w2-concurrency 8] [--p1-records 50] [--no-ingest-compare]
// [--profile] [--loaders a,b] [--peers p0,diplograph] [--operations "Q1,Q3"]`
// (--w2-concurrency 0 leaves W2 out; --p1-records 0 loads the whole corpus through P1).
// Starts its own Neo4j (temp dir, free port, page cache sized to the tier), runs
// bench/benchmark.ts, prints the tables with ratios and writes
// bench/results/<tier>-<time>.{json,md} and bench/charts/latest-<tier>.svg. With --profile
// the peers run under V8's CPU profiler: bench/results/profiles/<time>/ gets each peer's
// .cpuprofile and flame graph (.svg), and the results a summary of each.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectPath } from "../src/lib/paths.js";
import { BENCH_PASSWORD, startBenchNeo4j } from "./bench-neo4j.js";
import { runBenchmark } from "./benchmark.js";
import { DEFAULT_SEED, tierNamed, TIERS } from "./corpus/index.js";
import { INGEST_LOADERS, type IngestLoader, isIngestLoader } from "./ingest/measure-ingest.js";
import { isPeerName, PEER_NAMES } from "./peers/peer-names.js";
import { renderChart } from "./report/chart.js";
import { type BenchResults } from "./report/results.js";
import { renderReport } from "./report/table.js";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "100k" },
    meetings: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    seconds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "1,8,32" },
    "w2-concurrency": { type: "string", default: "8" },
    "p1-records": { type: "string", default: "50" },
    "no-ingest-compare": { type: "boolean", default: false },
    loaders: { type: "string" },
    peers: { type: "string" },
    operations: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const tier = tierNamed(values.tier ?? "100k");

const startedAt = new Date();
const profileDir = values.profile
  ? projectPath(`bench/results/profiles/${stampOf(startedAt.toISOString())}`)
  : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const db = await startBenchNeo4j(tier);
try {
  const results = await runBenchmark({
    tier,
    corpus: { seed: Number(values.seed), meetings: Number(values.meetings ?? TIERS[tier]) },
    executor: db.graph.executor,
    neo4j: { uri: db.graph.uri, user: "neo4j", password: BENCH_PASSWORD, ...db.sizes },
    loaders: chosenLoaders(),
    peers: listOf(values.peers, isPeerName, "--peers", PEER_NAMES),
    operations: values.operations?.split(",").map((name) => name.trim()),
    concurrencies: (values.concurrency ?? "1,8,32").split(",").map(Number),
    seconds: Number(values.seconds),
    profileDir,
    startedAt,
    w2Connections: Number(values["w2-concurrency"]) || null,
    p1Records: Number(values["p1-records"]) || undefined,
    neo4jDebugLog: join(db.homeDir, "logs", "debug.log"),
    log: (line) => console.error(line),
  });
  writeResults(results);
} finally {
  await db.close();
}

function writeResults(results: BenchResults): void {
  const dir = projectPath("bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = stampOf(results.startedAt);
  const report = renderReport(results);
  writeFileSync(`${dir}/${results.tier}-${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/${results.tier}-${stamp}.md`, `${report}\n`);
  mkdirSync(projectPath("bench/charts"), { recursive: true });
  writeFileSync(projectPath(`bench/charts/latest-${results.tier}.svg`), renderChart(results));
  console.log(report);
  console.error(
    `results: bench/results/${results.tier}-${stamp}.json, chart: bench/charts/latest-${results.tier}.svg`,
  );
  if (profileDir) console.error(`CPU profiles and flame graphs: ${profileDir}`);
}

/** W1's loaders: --loaders, or the last (diplograph's) alone with --no-ingest-compare. */
function chosenLoaders(): readonly IngestLoader[] {
  if (values["no-ingest-compare"]) return INGEST_LOADERS.slice(-1);
  const chosen = listOf(values.loaders, isIngestLoader, "--loaders", INGEST_LOADERS);
  // The peers read the last loader's graph, which must be diplograph's: keep the order.
  return chosen ? INGEST_LOADERS.filter((l) => chosen.includes(l)) : INGEST_LOADERS;
}

function listOf<T extends string>(
  text: string | undefined,
  isMember: (value: string) => value is T,
  option: string,
  members: readonly T[],
): T[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(",").map((item) => item.trim());
  const unknown = items.filter((item) => !isMember(item));
  if (unknown.length > 0) {
    throw new Error(`${option}: unknown ${unknown.join(", ")} (one of ${members.join(", ")})`);
  }
  return items as T[];
}

function stampOf(iso: string): string {
  return iso.replace(/[:.]/g, "-");
}
