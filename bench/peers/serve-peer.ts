// One peer of the benchmark in a process of its own, so that its CPU time and peak RSS
// can be read from /proc: `tsx bench/peers/serve-peer.ts PEER` with the database in
// BENCH_NEO4J_URI / BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD. Prints one JSON line {url} once
// it listens. Every peer reaches Neo4j through a recording driver; the benchmark's routes:
//   GET  /__bench/statements  the statements run so far and their distinct texts
//   POST /__bench/record      record the statements (with parameters) of what follows
//   GET  /__bench/recorded    stop recording; how many were recorded and their PROFILE db hits
// Each peer's server module is imported only when it is served: type-graphql keeps its
// types in one global store, and diplograph's and P2's must not meet.
import "reflect-metadata";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { connectBenchNeo4j } from "./bench-process.js";
import { isPeerName, type PeerName } from "./peer-names.js";
import { profileStatements } from "./profile-statements.js";
import { newStatementLog, recordingDriver } from "./recording-driver.js";

const peer = process.argv[2] ?? "";
if (!isPeerName(peer)) throw new Error(`unknown peer "${peer}"`);
const graph = await connectBenchNeo4j();
const { database } = graph.executor;
const log = newStatementLog();
const driver = recordingDriver(graph.executor.driver, log);

const benchRoute = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
  const send = (value: unknown): true => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
    return true;
  };
  if (req.url === "/__bench/statements") {
    return send({ statements: log.count, cypher: log.texts });
  }
  if (req.url === "/__bench/record" && req.method === "POST") {
    log.recorded = [];
    log.recording = true;
    return send({});
  }
  if (req.url === "/__bench/recorded") {
    log.recording = false;
    const statements = log.recorded;
    log.recorded = [];
    // PROFILE through the plain driver: the replay is not the request's.
    const dbHits = await profileStatements({ driver: graph.executor.driver, database, statements });
    return send({ statements: statements.length, dbHits });
  }
  return false;
};

const server = await start(peer);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on("SIGTERM", () => {
  void server.close().finally(() => graph.close().finally(() => process.exit(0)));
});

async function start(name: PeerName): Promise<{ url: string; close(): Promise<void> }> {
  const host = "127.0.0.1";
  if (name === "diplograph") {
    const { startDiplograph } = await import("./diplograph-server.js");
    return startDiplograph({ driver, database, host, handleWeb: benchRoute });
  }
  if (name === "p1" || name === "p1-cursor") {
    const { startP1Server } = await import("./p1/p1-server.js");
    return startP1Server({ driver, host, handleFirst: benchRoute });
  }
  if (name === "p0-graphql") {
    const { startP0GraphqlServer } = await import("./p0-graphql/p0-graphql-server.js");
    return startP0GraphqlServer({ driver, database, host, handleFirst: benchRoute });
  }
  if (name === "p2") {
    const { startP2Server } = await import("./p2/p2-server.js");
    return startP2Server({ driver, database, host, handleFirst: benchRoute });
  }
  const { startP0Server } = await import("./p0-server.js");
  return startP0Server({ driver, database, host, handleFirst: benchRoute });
}
