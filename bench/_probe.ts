import { spawn } from "node:child_process";
import { parseRecord } from "../src/domain/validate-record.js";
import { findFreePort } from "../src/graph/local-neo4j/index.js";
import { projectPath } from "../src/lib/paths.js";
import { BENCH_PASSWORD, startBenchNeo4j } from "./bench-neo4j.js";
import { benchmarkStates, buildWorld, DEFAULT_SEED, generateCorpus } from "./corpus/index.js";
import { loadBare } from "./ingest/bare-loader.js";
import { Q1_TIMELINE } from "./operations/graphql-documents.js";
const neo4j = await startBenchNeo4j("10k");
const records = (function* () { for (const r of generateCorpus({ seed: DEFAULT_SEED, meetings: Number(process.argv[2] ?? 2000) })) yield parseRecord(r); })();
console.log("loaded", await loadBare({ driver: neo4j.graph.executor.driver, database: "neo4j", records, batchSize: 500 }));
const port = await findFreePort();
const api = spawn(process.execPath, [projectPath("bin/diplograph.js"), "serve", "--no-seed"], { cwd: projectPath(), env: { PATH: process.env.PATH, NODE_ENV: "production", LOG_LEVEL: "info", PORT: String(port), NEO4J_URI: `bolt://127.0.0.1:${neo4j.port}`, NEO4J_PASSWORD: BENCH_PASSWORD }, stdio: ["ignore", "inherit", "inherit"] });
const url = `http://127.0.0.1:${port}`;
for (;;) { if ((await fetch(`${url}/ready`).catch(() => undefined))?.status === 200) break; await new Promise((r) => setTimeout(r, 200)); }
const { busy } = benchmarkStates(buildWorld(DEFAULT_SEED));
const body = JSON.stringify({ query: Q1_TIMELINE, variables: { country: busy, from: "2000", to: "2025" } });
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await r.text();
  console.log(i, r.status, (performance.now() - t).toFixed(0), "ms", text.slice(0, 200));
}
const t = performance.now();
await Promise.all(Array.from({ length: 8 }, () => fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body }).then((r) => r.text())));
console.log("8 concurrent", (performance.now() - t).toFixed(0));
api.kill("SIGTERM");
await neo4j.close();
