// A bounded load test of the API (on demand, not in `npm test`), loopback only:
//   npx tsx bench/load-test.ts [--tier 100k] [--seconds 60] [--connections 32]
// Starts a Neo4j of its own, loads the synthetic corpus of the tier, starts
// `diplograph serve` as a child process against it, then runs autocannon for the
// timeline query alone and for the timeline query while articles are ingested through
// `ingestArticle`. Prints requests/s, p50/p99 latency, errors (transport, non-2xx and
// GraphQL errors) and the API's heap before and after (from its /metrics). Exits 1 on
// any error or when the heap does not come back within 20 % of its starting level.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { parseRecord } from "../src/domain/validate-record.js";
import { findFreePort } from "../src/graph/local-neo4j/index.js";
import { projectPath } from "../src/lib/paths.js";
import { BENCH_PASSWORD, startBenchNeo4j } from "./bench-neo4j.js";
import {
  benchmarkStates,
  buildWorld,
  DEFAULT_SEED,
  generateCorpus,
  tierNamed,
  TIERS,
} from "./corpus/index.js";
import { loadBare } from "./ingest/bare-loader.js";
import { Q1_TIMELINE } from "./operations/graphql-documents.js";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "100k" },
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "32" },
  },
});
const tier = tierNamed(values.tier ?? "100k");
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const INGEST_KEY = "load-test-ingest-key-0123456789";

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function heapUsed(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text);
  if (!match) throw new Error("the API's /metrics has no nodejs_heap_size_used_bytes");
  return Number(match[1]);
}

async function settledHeap(url: string): Promise<number> {
  // Let the API go idle and its GC run: the lowest of a few samples over 15 s.
  let lowest = Infinity;
  for (let i = 0; i < 6; i += 1) {
    await new Promise((r) => setTimeout(r, 2500));
    lowest = Math.min(lowest, await heapUsed(url));
  }
  return lowest;
}

async function run(options: {
  url: string;
  body: string;
  ingest?: () => Promise<number>;
}): Promise<{ result: autocannon.Result; graphqlErrors: number; ingestErrors: number }> {
  let graphqlErrors = 0;
  let stop = false;
  let ingestErrors = 0;
  const ingesting = (async () => {
    if (!options.ingest) return;
    while (!stop) ingestErrors += await options.ingest();
  })();
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: options.body,
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  stop = true;
  await ingesting;
  return { result, graphqlErrors, ingestErrors };
}

function report(name: string, r: Awaited<ReturnType<typeof run>>): number {
  const errors = r.result.errors + r.result.timeouts + r.result.non2xx + r.graphqlErrors;
  log(
    `${name}: ${r.result.requests.total} requests, ${r.result.requests.average.toFixed(0)}/s, ` +
      `p50 ${r.result.latency.p50} ms, p99 ${r.result.latency.p99} ms, max ${r.result.latency.max} ms; ` +
      `errors ${errors} (transport ${r.result.errors}, timeouts ${r.result.timeouts}, ` +
      `non-2xx ${r.result.non2xx}, GraphQL ${r.graphqlErrors}), ingestion errors ${r.ingestErrors}`,
  );
  return errors + r.ingestErrors;
}

const neo4j = await startBenchNeo4j(tier);
let api: ReturnType<typeof spawn> | undefined;
let failures = 0;
try {
  const started = Date.now();
  const records = (function* () {
    for (const r of generateCorpus({ seed: DEFAULT_SEED, meetings: TIERS[tier] }))
      yield parseRecord(r);
  })();
  const total = await loadBare({
    driver: neo4j.graph.executor.driver,
    database: "neo4j",
    records,
    batchSize: 500,
  });
  log(
    `loaded ${total} articles of the ${tier} tier in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  const port = await findFreePort();
  api = spawn(process.execPath, [projectPath("bin/diplograph.js"), "serve", "--no-seed"], {
    cwd: projectPath(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PORT: String(port),
      NEO4J_URI: `bolt://127.0.0.1:${neo4j.port}`,
      NEO4J_PASSWORD: BENCH_PASSWORD,
      DIPLOGRAPH_API_KEYS: `ingest:${INGEST_KEY}`,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const waitedFrom = Date.now();
  for (let i = 0; ; i += 1) {
    if ((await fetch(`${url}/ready`).catch(() => undefined))?.status === 200) break;
    if (i > 3000) throw new Error("the API did not become ready in 300 s");
    await new Promise((r) => setTimeout(r, 100));
  }

  log(`API ready (query plans warmed up) after ${((Date.now() - waitedFrom) / 1000).toFixed(1)} s`);
  const { busy } = benchmarkStates(buildWorld(DEFAULT_SEED));
  const body = JSON.stringify({
    query: Q1_TIMELINE,
    variables: { country: busy, from: "2000", to: "2025" },
  });
  await run({ url, body: body }).then(() => undefined); // warm-up is the first run's job too
  const before = await settledHeap(url);
  log(`API heap before: ${(before / 1e6).toFixed(1)} MB`);

  failures += report(
    `timeline, ${connections} connections, ${seconds} s`,
    await run({ url, body }),
  );

  let serial = 0;
  const ingest = async (): Promise<number> => {
    serial += 1;
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${INGEST_KEY}` },
      body: JSON.stringify({
        query: `mutation($text: String!, $meta: ArticleMetaInput) { ingestArticle(text: $text, meta: $meta) { outcome } }`,
        variables: {
          text: `President Lee Jae-myung met Prime Minister Narendra Modi in Seoul on March 2, 2026 (load test ${serial}).`,
          meta: { publishedAt: "2026-03-03", publisher: "Load Wire" },
        },
      }),
    });
    const answer = (await response.json()) as { errors?: unknown[] };
    return response.status === 200 && answer.errors === undefined ? 0 : 1;
  };
  failures += report(
    `timeline with ingestion, ${connections} connections, ${seconds} s`,
    await run({ url, body, ingest }),
  );

  const after = await settledHeap(url);
  log(
    `API heap after: ${(after / 1e6).toFixed(1)} MB (${(((after - before) / before) * 100).toFixed(1)} %)`,
  );
  if (after > before * 1.2) failures += 1;
} finally {
  api?.kill("SIGTERM");
  await neo4j.close();
}
log(
  failures === 0
    ? "load test passed"
    : `load test FAILED (${failures} errors or a heap that did not come back)`,
);
process.exit(failures === 0 ? 0 : 1);
