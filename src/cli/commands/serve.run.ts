import { startHttpServer } from "../../api/server.js";
import { type WarmUpEvent } from "../../api/warm-up/plan-warmer.js";
import { type Config, loadConfig } from "../../config.js";
import { type GraphExecutor } from "../../graph/executor.js";
import { applyMigrations } from "../../graph/migrations.js";
import { type OpenGraph, openGraph } from "../../graph/open-graph.js";
import { ingestFiles } from "../../ingest/ingest-files.js";
import { createArticleIngestor } from "../compose/article-ingestor.js";
import { createLogger, type Logger } from "../../lib/logger.js";
import { projectPath } from "../../lib/paths.js";
import { instrumentExecutor } from "../../web/cypher-timing.js";
import { getMetrics, recordIngestSummary } from "../../web/metrics.js";
import { metricsPlugin } from "../../web/metrics-plugin.js";
import { createWebHandler } from "../../web/mount.js";
import { traceRequests } from "../../web/request-log.js";

type HttpServer = Awaited<ReturnType<typeof startHttpServer>>;

/**
 * What `diplograph serve` does: the database (the local Neo4j unless NEO4J_URI is
 * set), the migrations, the seeds, then GraphQL, the dashboard and the IDE, each
 * request under its id (request-log.ts). SIGINT or SIGTERM stops the server, the
 * driver and any Neo4j it started.
 */
export async function runServe(options: { seed: boolean }): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const started = Date.now();
  const graph = await openGraph(config);
  log.info(
    { uri: graph.uri, localNeo4j: graph.startedLocalNeo4j, ms: Date.now() - started },
    "neo4j ready",
  );
  let server: HttpServer;
  try {
    log.info({ applied: await applyMigrations(graph.executor) }, "migrations applied");
    if (options.seed) await ingestSeeds({ executor: graph.executor, config, log });
    server = await serveApi({ graph, config, log, started });
  } catch (error) {
    // The driver (and a Neo4j started here) would keep the process alive after the error.
    await graph.close();
    throw error;
  }
  log.info(
    { url: `${server.url}/graphql`, ms: Date.now() - started },
    "diplograph is serving GraphQL",
  );
  stopOnSignals({ server, graph, log });
}

async function serveApi({
  graph,
  config,
  log,
  started,
}: {
  graph: OpenGraph;
  config: Readonly<Config>;
  log: Logger;
  /** When `serve` started (Date.now()): the first warm-up's line tells the time to ready. */
  started: number;
}): Promise<HttpServer> {
  // API reads fail fast when Neo4j is gone (no driver retries) and are cut off
  // server-side at the request deadline.
  const apiExecutor = graph.executor.withOptions({
    retryReads: false,
    transactionTimeoutMs: config.api.requestTimeoutMs,
  });
  return startHttpServer({
    executor: instrumentExecutor(apiExecutor, { log }),
    ingestor: createArticleIngestor(graph.executor),
    config,
    port: config.port,
    host: config.host,
    logError: (error) => log.error({ err: error }, "masked error"),
    // Not the service's bug, but an operator's question: which database error, how often.
    logDatabaseFailure: (error, code) => log.warn({ err: error, code }, "database failure"),
    plugins: [metricsPlugin()],
    handleWeb: await createWebHandler({ enableIde: config.enableIde }),
    warmUp: true,
    onWarmUp: logWarmUp(log, started),
    wrapRequest: traceRequests(log),
  });
}

/**
 * Counts each warm-up (`diplograph_plan_warmups_total`) and logs it: the first one's end
 * is when `serve` is ready; a later one follows an outage, while /ready answers 503.
 */
function logWarmUp(log: Logger, started: number): (event: WarmUpEvent) => void {
  const metrics = getMetrics();
  return ({ reason, count, ms }) => {
    if (ms === undefined) {
      metrics.planWarmUps.inc({ reason });
      if (reason !== "start")
        log.warn(
          { reason, warmUps: count },
          "neo4j is back after an outage: warming query plans up again",
        );
      return;
    }
    log.info(
      { reason, warmUps: count, ms, sinceStartMs: Date.now() - started },
      "query plans warmed up: ready",
    );
  };
}

/** Stop accepting, let the requests in flight finish, close the driver, exit 0. */
function stopOnSignals({
  server,
  graph,
  log,
}: {
  server: HttpServer;
  graph: OpenGraph;
  log: Logger;
}): void {
  const stop = async (signal: string): Promise<void> => {
    log.info({ signal }, "shutting down");
    let code = 0;
    try {
      await server.close();
      await graph.close();
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      code = 1;
    }
    log.info({ signal, code }, "stopped");
    log.flush();
    process.exit(code);
  };
  process.once("SIGINT", (s) => void stop(s));
  process.once("SIGTERM", (s) => void stop(s));
}

async function ingestSeeds({
  executor,
  config,
  log,
}: {
  executor: GraphExecutor;
  config: Readonly<Config>;
  log: Logger;
}): Promise<void> {
  const seeds = await ingestFiles({ executor, paths: [projectPath(config.seedsDir)] });
  recordIngestSummary(seeds);
  for (const file of seeds.files.filter((f) => f.error))
    log.warn({ file: file.source }, file.error);
  log.info(
    { loaded: seeds.loaded, unchanged: seeds.unchanged, rejected: seeds.rejected },
    "seeds ingested",
  );
}
