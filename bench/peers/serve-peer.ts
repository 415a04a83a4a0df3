// One peer of the benchmark in a process of its own, so that its CPU time and peak RSS
// can be read from /proc: `tsx bench/peers/serve-peer.ts PEER` with the database in
// BENCH_NEO4J_URI / BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD. Prints one JSON line {url} once it listens;
// GET /__bench/statements answers the Cypher statements run so far.
import "reflect-metadata";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { loadConfig } from "../../src/config.js";
import { connectGraph } from "../../src/graph/open-graph.js";
import { startHttpServer } from "../../src/api/server.js";
import { startP0Server } from "./p0-server.js";
import { countingDriver, type StatementLog } from "./p1/counting-driver.js";
import { startP1Server } from "./p1/p1-server.js";
import { isPeerName, type PeerName } from "./peer-names.js";

const peer = process.argv[2] ?? "";
if (!isPeerName(peer)) throw new Error(`unknown peer "${peer}"`);
const graph = await connectGraph({
  uri: process.env.BENCH_NEO4J_URI ?? "",
  user: process.env.BENCH_NEO4J_USER ?? "neo4j",
  password: process.env.BENCH_NEO4J_PASSWORD ?? "",
  database: "neo4j",
});

let p0Statements = 0;
const p1Log: StatementLog = { count: 0, texts: [] };
const statements = (): number =>
  peer === "diplograph"
    ? graph.executor.statementCount
    : peer === "p0"
      ? p0Statements
      : p1Log.count;
const benchRoute = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
  if (req.url !== "/__bench/statements") return false;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ statements: statements(), cypher: p1Log.texts }));
  return true;
};

const server = await start(peer);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on("SIGTERM", () => {
  void server.close().finally(() => graph.close().finally(() => process.exit(0)));
});

async function start(name: PeerName): Promise<{ url: string; close(): Promise<void> }> {
  if (name === "diplograph") {
    return startHttpServer({
      executor: graph.executor,
      // The API as it ships in production; the connection is the one opened above, so the
      // config's database settings only have to validate.
      config: loadConfig({
        NODE_ENV: "production",
        NEO4J_URI: process.env.BENCH_NEO4J_URI,
        NEO4J_PASSWORD: "x",
      }),
      port: 0,
      host: "127.0.0.1",
      logError: (e) => console.error(e),
      handleWeb: benchRoute,
    });
  }
  if (name === "p1" || name === "p1-cursor") {
    const driver = countingDriver(graph.executor.driver, p1Log);
    return startP1Server({ driver, host: "127.0.0.1", handleFirst: benchRoute });
  }
  const p0 = await startP0Server({
    driver: graph.executor.driver,
    database: graph.executor.database,
    host: "127.0.0.1",
    onStatement: () => (p0Statements += 1),
    handleFirst: benchRoute,
  });
  return p0;
}
