// What a read's transaction costs, by the way the driver runs it:
//   NODE_ENV=production npx tsx bench/transaction-modes.ts [--rows 20] [--rounds 4000]
// One small statement (`--rows` rows) run, interleaved, in a managed transaction
// (session.executeRead: BEGIN, RUN, COMMIT, retried on transient failures), an explicit one
// (beginTransaction ... commit: the same messages, not retried) and an auto-commit one
// (session.run: RUN alone), each in a fresh session as a request of the API opens one.
// Reports the median wall time and this process's CPU per statement, and each as a ratio
// to the managed transaction measured in the same rounds. It starts a Neo4j of its own
// (the 10k tier's settings, no corpus: the statement reads nothing).
import { parseArgs } from "node:util";
import { type Driver } from "neo4j-driver";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { median } from "./load/quantiles.js";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "20" },
    rounds: { type: "string", default: "4000" },
  },
});
const rounds = Number(values.rounds);
const WARM_UP_ROUNDS = Math.min(300, Math.floor(rounds / 10));
const STATEMENT = "UNWIND range(1, $rows) AS i RETURN i";
const params = { rows: Number(values.rows) };

type Mode = "managed" | "explicit" | "auto-commit";
const MODES: readonly Mode[] = ["managed", "explicit", "auto-commit"];

/** Runs the statement once in a fresh session, the way `mode` says. */
async function runIn(mode: Mode, driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    if (mode === "managed") {
      await session.executeRead((tx) => tx.run(STATEMENT, params));
    } else if (mode === "explicit") {
      const tx = session.beginTransaction();
      await tx.run(STATEMENT, params);
      await tx.commit();
    } else {
      await session.run(STATEMENT, params);
    }
  } finally {
    await session.close();
  }
}

const db = await startBenchNeo4j("10k");
try {
  const { driver, database } = db.graph.executor;
  const samples = new Map(MODES.map((mode) => [mode, { wall: [] as number[], cpuMicros: 0 }]));
  for (let round = 0; round < rounds; round++) {
    for (const mode of MODES) {
      const cpu = process.cpuUsage();
      const began = performance.now();
      await runIn(mode, driver, database);
      const wall = performance.now() - began;
      const used = process.cpuUsage(cpu);
      if (round < WARM_UP_ROUNDS) continue;
      const s = samples.get(mode)!;
      s.wall.push(wall);
      s.cpuMicros += used.user + used.system;
    }
  }
  const figures = (mode: Mode) => {
    const s = samples.get(mode)!;
    return { wall: median(s.wall), cpu: s.cpuMicros / s.wall.length / 1000 };
  };
  const base = figures("managed");
  console.log(`\n${rounds - WARM_UP_ROUNDS} statements of ${params.rows} rows per mode:\n`);
  console.log("| transaction | wall p50, ms | / managed | client CPU ms | / managed |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const mode of MODES) {
    const { wall, cpu } = figures(mode);
    console.log(
      `| ${mode} | ${wall.toFixed(3)} | ${(wall / base.wall).toFixed(2)}x | ${cpu.toFixed(3)} | ${(cpu / base.cpu).toFixed(2)}x |`,
    );
  }
} finally {
  await db.close();
}
