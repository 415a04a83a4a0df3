// What the length of a statement's text costs a request:
//   NODE_ENV=production npx tsx bench/statement-text.ts [--rounds 3000]
// Bolt has no prepared statements: the text goes with every request, and the driver writes a
// message in 1,400-byte pieces, one socket write each. This times one trivial statement
// (`RETURN $x AS x`) three ways, interleaved, through the driver against a Neo4j of its own:
// alone, and carrying find-meetings' text (as a comment, so that Neo4j's work is the same) as
// written and as compacted by the registry (compactStatement). It prints each one's median
// wall time and this process's CPU per request, with their ratios to the statement alone.
import { parseArgs } from "node:util";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { median } from "./load/quantiles.js";
import { compactStatement, expandedStatement } from "../src/graph/cypher-registry.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3000" } } });
const rounds = Number(values.rounds);
const WARM_UP = 200;

const asWritten = expandedStatement("api/find-meetings");
const BARE = "RETURN $x AS x";
const carrying = (text: string): string =>
  [BARE, ...text.split("\n").map((line) => `// ${line}`)].join("\n");
const variants = [
  { name: "the statement alone", text: BARE },
  { name: "with find-meetings as written", text: carrying(asWritten) },
  { name: "with find-meetings compacted", text: carrying(compactStatement(asWritten)) },
].map((v) => ({ ...v, wall: [] as number[], cpuMicros: 0 }));

const db = await startBenchNeo4j("10k");
try {
  const { driver, database } = db.graph.executor;
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const session = driver.session({ database, defaultAccessMode: "READ" });
      try {
        await session.run(variant.text, { x: round });
      } finally {
        await session.close();
      }
      if (round < WARM_UP) continue;
      variant.wall.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      variant.cpuMicros += used.user + used.system;
    }
  }
  const [bare] = variants;
  const timed = rounds - WARM_UP;
  console.log(`\n${timed} requests each, interleaved:\n`);
  console.log("| statement | text, bytes | median ms | / alone | client CPU ms | / alone |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const v of variants) {
    const ms = median(v.wall);
    const cpu = v.cpuMicros / timed / 1000;
    const bareMs = median(bare?.wall ?? []);
    const bareCpu = (bare?.cpuMicros ?? 0) / timed / 1000;
    console.log(
      `| ${v.name} | ${Buffer.byteLength(v.text)} | ${ms.toFixed(3)} | ${(ms / bareMs).toFixed(2)}x | ${cpu.toFixed(3)} | ${(cpu / bareCpu).toFixed(2)}x |`,
    );
  }
} finally {
  await db.close();
}
