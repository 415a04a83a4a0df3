// How long Neo4j takes to plan statements: `npx tsx bench/plan-time.ts [--rounds N] FILE.cypher...`.
// First, for each file, a fresh Neo4j of its own (temp dir, free port, migrated, empty) and
// the time of its first EXPLAIN: what the warm-up pays after a start (a cold JVM, an empty
// plan cache). Then, in one more fresh Neo4j, N rounds (3 by default) that replan every file
// in turn (`CYPHER replan=force`), so that the files are compared under the same load: the
// median of each. Planning does not depend on the data or on the parameters' values.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { median } from "./load/quantiles.js";

const { values, positionals: files } = parseArgs({
  options: { rounds: { type: "string", default: "3" } },
  allowPositionals: true,
});
if (files.length === 0) throw new Error("usage: npx tsx bench/plan-time.ts FILE.cypher...");
const texts = files.map((file) => readFileSync(file, "utf8"));

/** Runs `work` against a fresh Neo4j, stopped and deleted afterwards. */
async function withFreshNeo4j<T>(
  work: (explain: (text: string, prefix?: string) => Promise<number>) => Promise<T>,
): Promise<T> {
  const neo4j = await startBenchNeo4j("10k");
  try {
    return await work(async (text, prefix = "") => {
      const started = performance.now();
      await neo4j.graph.executor.runSchemaStatement(`${prefix}EXPLAIN ${text}`);
      return Math.round(performance.now() - started);
    });
  } finally {
    await neo4j.close();
  }
}

const first: number[] = [];
for (const text of texts) first.push(await withFreshNeo4j((explain) => explain(text)));
const replans = await withFreshNeo4j(async (explain) => {
  const times = texts.map((): number[] => []);
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const [i, text] of texts.entries()) {
      times[i]!.push(await explain(text, "CYPHER replan=force "));
    }
  }
  return times;
});
files.forEach((file, i) => {
  const warm = replans[i]!;
  console.log(
    `${file}: first on a fresh Neo4j ${first[i]} ms; replanned warm ${warm.join(" / ")} ms (median ${median(warm)})`,
  );
});
