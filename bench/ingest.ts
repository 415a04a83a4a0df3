// W1 alone: `npm run bench:ingest -- --tier 10k|100k|1m [--meetings N] [--seed S]
// [--p1-records 50]`. Starts its own Neo4j, loads the tier's corpus with the bare UNWIND
// loader, with P1's generated mutations (its first --p1-records records; 0 for all) and with
// diplograph's loader (one and two writers), and prints each one's records per second with its ratio to the
// bare loader measured in the same run.
import { parseArgs } from "node:util";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { DEFAULT_SEED, tierNamed, TIERS } from "./corpus/index.js";
import { compareLoaders, INGEST_LOADERS } from "./ingest/measure-ingest.js";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "100k" },
    meetings: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    "p1-records": { type: "string", default: "50" },
  },
});
const tier = tierNamed(values.tier ?? "100k");

const db = await startBenchNeo4j(tier);
try {
  const figures = await compareLoaders({
    executor: db.graph.executor,
    loaders: INGEST_LOADERS,
    p1Records: Number(values["p1-records"]) || undefined,
    corpus: { seed: Number(values.seed), meetings: Number(values.meetings ?? TIERS[tier]) },
    log: (line) => console.error(line),
  });
  const bare = figures.find((f) => f.loader === "bare-unwind")!;
  console.log("| loader | records | s | records/s | elements/s | statements | vs bare |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const f of figures)
    console.log(
      `| ${f.loader} | ${f.records} | ${f.seconds.toFixed(1)} | ${f.recordsPerSecond.toFixed(0)} | ` +
        `${f.elementsPerSecond.toFixed(0)} | ${f.statements ?? "-"} | ` +
        `${(f.recordsPerSecond / bare.recordsPerSecond).toFixed(2)}x |`,
    );
} finally {
  await db.close();
}
