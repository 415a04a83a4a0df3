// Where one request of the benchmark spends its time, P0 against diplograph:
//   NODE_ENV=production npx tsx bench/request-split.ts [--op q3,q2,q4,q6,q1-rare,q1-busy-40y,q1-busy-1y]
//     [--tier 10k] [--meetings 3000] [--ids 40] [--rounds 30] [--widths] [--plans] [--phases]
//     [--variants DIR]
// (`--op` one or more, comma-separated; default q3)
// Starts a Neo4j of its own, loads the corpus through diplograph's loader, and serves P0 and
// the API in this process. For the operation's parameter sets (Q3: a sample of `--ids`
// meetings; Q1: the benchmark's state and range), interleaved, it times each peer's
// statement three ways: Neo4j's own time (the result summary), the statement through the
// driver in an auto-commit transaction as both peers run it, and the whole request over
// HTTP; and this process's CPU per HTTP request (client included: the same fetch for
// both). The HTTP time less the driver time is each peer's HTTP and GraphQL layer. It
// checks first that both answer the same (the benchmark's gate), and reports the size of
// each statement's rows as JSON: what Neo4j sends, the driver decodes and the API walks;
// with --widths, where those bytes are, by key path; with --plans, each statement's operators
// with the most db hits and the most memory (PROFILE, the first parameter set); with
// --phases, where diplograph's requests spend their time, from the client's send to its
// read of the answer, phase by phase (peers/request-phases.ts; medians); with --variants, each
// file of DIR (another text of diplograph's statement for the operation, as an experiment
// would rewrite it) timed through the driver with diplograph's parameters, interleaved with
// P0's statement, with its db hits and the size of its rows.
// NODE_ENV=production as in the benchmark's peers: graphql-js checks it when it loads.
import "reflect-metadata";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { startBenchNeo4j } from "./bench-neo4j.js";
import { LAST_FIVE, RECENT } from "./benchmark.js";
import { benchmarkStates, buildWorld, DEFAULT_SEED, tierNamed, TIERS } from "./corpus/index.js";
import { sampleIds } from "./cypher/index.js";
import { type Json } from "./operations/canonical.js";
import { deepNestOperation } from "./operations/deep-nest.js";
import { dossierOperation } from "./operations/dossier.js";
import { stanceMatrixOperation } from "./operations/stance-matrix.js";
import { compareLoaders } from "./ingest/measure-ingest.js";
import { median } from "./load/quantiles.js";
import { meetingOperation, type Operation, timelinePages } from "./operations/operations.js";
import { startP0Server } from "./peers/p0-server.js";
import { startRecordingApi } from "./peers/recording-api.js";
import { PhaseLog } from "./peers/request-phases.js";
import { addWidths, printPlans, runDirect, timeVariants } from "./profile/direct-statements.js";
import { type PeerName } from "./peers/peer-names.js";
import {
  newStatementLog,
  recordingDriver,
  type SentStatement,
  type StatementLog,
} from "./peers/recording-driver.js";

if (process.env.NODE_ENV !== "production") {
  throw new Error("run with NODE_ENV=production, as the benchmark's peers run");
}
const OPERATIONS = ["q3", "q2", "q4", "q6", "q1-rare", "q1-busy-40y", "q1-busy-1y"] as const;
type OperationChoice = (typeof OPERATIONS)[number];
const { values } = parseArgs({
  options: {
    op: { type: "string", default: "q3" },
    tier: { type: "string", default: "10k" },
    meetings: { type: "string", default: "3000" },
    ids: { type: "string", default: "40" },
    rounds: { type: "string", default: "30" },
    widths: { type: "boolean", default: false },
    plans: { type: "boolean", default: false },
    phases: { type: "boolean", default: false },
    variants: { type: "string" },
  },
});
const choices = (values.op ?? "q3").split(",") as OperationChoice[];
for (const choice of choices) {
  if (!OPERATIONS.includes(choice)) {
    throw new Error(`--op ${choice}: expected one of ${OPERATIONS.join(", ")}`);
  }
}
const tier = tierNamed(values.tier ?? "10k");

type Peer = Extract<PeerName, "p0" | "diplograph">;
const PEERS: readonly Peer[] = ["p0", "diplograph"];
interface Samples {
  neo4j: number[];
  driver: number[];
  http: number[];
  cpuMicros: number;
  /** The statement's rows as JSON, summed over the parameter sets. */
  rowBytes: number;
  /** The same bytes by key path (`rows[].participants[].name`): a key and its value. */
  widths: Map<string, number>;
}

const db = await startBenchNeo4j(tier);
try {
  await compareLoaders({
    executor: db.graph.executor,
    loaders: ["diplograph-1-writer"],
    corpus: { seed: DEFAULT_SEED, meetings: Number(values.meetings ?? TIERS[tier]) },
    warmUp: false,
    log: (line) => console.error(line),
  });
  const { executor } = db.graph;
  const { driver, database } = executor;
  const phases = values.phases ? new PhaseLog() : undefined;
  const api = await startRecordingApi(executor, phases);
  const p0Log = newStatementLog();
  const p0 = await startP0Server({
    driver: recordingDriver(driver, p0Log),
    database,
    host: "127.0.0.1",
  });
  const peers: Record<Peer, { url: string; log: StatementLog }> = {
    p0: { url: p0.url, log: p0Log },
    diplograph: api,
  };
  const send = (peer: Peer, operation: Operation): Promise<Response> => {
    const { path, body } = operation.request(peer);
    return fetch(`${peers[peer].url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
  };
  /** Milliseconds until the whole answer has been read. */
  const timed = async (peer: Peer, operation: Operation): Promise<number> => {
    const marking = peer === "diplograph" ? phases : undefined;
    const began = performance.now();
    marking?.begin();
    await (await send(peer, operation)).text();
    const took = performance.now() - began;
    marking?.end();
    return took;
  };
  try {
    for (const choice of choices) {
      const operations = await operationsFor(choice);
      // Each peer's one statement for each parameter set, as it sent it; and the same
      // answer from all (the benchmark's gate, for the sets timed here).
      const statements = new Map<Operation, Record<Peer, SentStatement>>();
      for (const operation of operations) {
        const sent = {} as Record<Peer, SentStatement>;
        const answers = {} as Record<Peer, Json>;
        for (const peer of PEERS) {
          const { log } = peers[peer];
          log.recording = true;
          log.recorded = [];
          const response = (await (await send(peer, operation)).json()) as Json;
          answers[peer] = operation.canonical(peer, response);
          log.recording = false;
          if (log.recorded.length !== 1) {
            throw new Error(`${peer} sent ${log.recorded.length} statements for ${operation.name}`);
          }
          sent[peer] = log.recorded[0]!;
          if (!isDeepStrictEqual(answers[peer], answers.p0)) {
            throw new Error(`${peer} and P0 answer ${operation.name} differently`);
          }
        }
        statements.set(operation, sent);
      }
      if (values.plans) await printPlans(executor, choice, statements.values().next().value!);
      if (values.variants) {
        const sets = [...statements.values()];
        await timeVariants({
          executor,
          label: choice,
          dir: values.variants,
          sets,
          rounds: Number(values.rounds),
        });
      }
      const samples = Object.fromEntries(
        PEERS.map((peer): [Peer, Samples] => [
          peer,
          { neo4j: [], driver: [], http: [], cpuMicros: 0, rowBytes: 0, widths: new Map() },
        ]),
      ) as Record<Peer, Samples>;
      for (const operation of operations) {
        for (const peer of PEERS) {
          const { rows } = await runDirect(executor, statements.get(operation)![peer], true);
          samples[peer].rowBytes += JSON.stringify(rows).length;
          addWidths(samples[peer].widths, rows);
        }
      }
      for (let round = 0; round < Number(values.rounds); round++) {
        for (const operation of operations) {
          for (const peer of PEERS) {
            const s = samples[peer];
            const run = await runDirect(executor, statements.get(operation)![peer]);
            s.neo4j.push(run.neo4j);
            s.driver.push(run.wall);
            const cpu = process.cpuUsage();
            s.http.push(await timed(peer, operation));
            const used = process.cpuUsage(cpu);
            s.cpuMicros += used.user + used.system;
          }
        }
      }
      printReport(choice, operations.length, samples);
      if (phases) printPhases(choice, phases);
    }
  } finally {
    await p0.close();
    await api.close();
  }
} finally {
  await db.close();
}

/** The benchmark's parameter sets for the operation (as benchmark.ts plans them). */
async function operationsFor(op: OperationChoice): Promise<Operation[]> {
  if (op === "q3") {
    const ids = await sampleIds(db.graph.executor, "sample/meeting-ids", Number(values.ids));
    return ids.map((id, i) => meetingOperation({ name: `Q3 #${i}`, id }));
  }
  if (op === "q2") {
    // The benchmark's three busiest leaders.
    const ids = await sampleIds(db.graph.executor, "sample/leader-ids", 3);
    return ids.map((id, i) => dossierOperation({ name: `Q2 #${i}`, id }));
  }
  if (op === "q4") {
    // The benchmark's three topics with most positions, over its last 20 years.
    const topics = await sampleIds(db.graph.executor, "sample/topic-ids", 3);
    return topics.map((topic, i) => stanceMatrixOperation({ name: `Q4 #${i}`, topic, ...RECENT }));
  }
  if (op === "q6") {
    // The benchmark's deep nest: the busiest state's last five years.
    const { busy } = benchmarkStates(buildWorld(DEFAULT_SEED));
    return [deepNestOperation({ name: "Q6 busy 5y", country: busy, ...LAST_FIVE })];
  }
  const name = {
    "q1-rare": "Q1 rare 40y",
    "q1-busy-40y": "Q1 busy 40y",
    "q1-busy-1y": "Q1 busy 1y",
  }[op];
  return timelinePages(buildWorld(DEFAULT_SEED)).filter((page) => page.name === name);
}

function printReport(choice: OperationChoice, sets: number, samples: Record<Peer, Samples>): void {
  const row = (label: string, figure: (s: Samples) => number): void => {
    const [p0, dg] = [figure(samples.p0), figure(samples.diplograph)];
    console.log(`| ${label} | ${p0.toFixed(2)} | ${dg.toFixed(2)} | ${(dg / p0).toFixed(2)}x |`);
  };
  const requests = samples.p0.http.length;
  console.log(`\n${choice}, ${requests} requests per peer, medians in ms:\n`);
  console.log("| figure | p0 | diplograph | diplograph / p0 |");
  console.log("| --- | --- | --- | --- |");
  row("Neo4j's own time (summary, whole ms)", (s) => median(s.neo4j));
  row("the statement through the driver", (s) => median(s.driver));
  row("the request over HTTP", (s) => median(s.http));
  row("HTTP less driver: the API's layers", (s) => median(s.http) - median(s.driver));
  row("CPU ms per HTTP request (this process)", (s) => s.cpuMicros / requests / 1000);
  row("the statement's rows as JSON, kB per request", (s) => s.rowBytes / 1000 / sets);
  if (!values.widths) return;
  for (const peer of PEERS) {
    console.log(`\n${peer}'s rows by key path (a key and its value), kB per request:\n`);
    const widest = [...samples[peer].widths].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [path, bytes] of widest)
      console.log(`${(bytes / 1000 / sets).toFixed(2).padStart(8)}  ${path}`);
  }
}

/** diplograph's requests phase by phase (medians of each span over the timed requests). */
function printPhases(choice: OperationChoice, phases: PhaseLog): void {
  console.log(
    `\n${choice}, diplograph's ${phases.requests.length} timed requests by phase, medians in ms:\n`,
  );
  console.log("| from | to | ms |");
  console.log("| --- | --- | --- |");
  for (const { from, to, ms } of phases.medians())
    console.log(`| ${from} | ${to} | ${ms.toFixed(3)} |`);
  phases.clear();
}
