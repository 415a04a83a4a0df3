import { type IncomingMessage, type ServerResponse } from "node:http";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The service's Prometheus metrics, all in one registry. */
export interface ServiceMetrics {
  registry: Registry;
  /** Seconds from request start to response, by GraphQL operation name and type. */
  operationDuration: Histogram<"operation" | "type">;
  /** Seconds per Cypher statement, by registered statement name. */
  cypherDuration: Histogram<"statement" | "outcome">;
  /** GraphQL errors sent to clients, by `extensions.code`. */
  errors: Counter<"code">;
  articlesLoaded: Counter;
  articlesRejected: Counter;
  /** Query-plan warm-ups started, by reason (`start`, or `database back` after an outage). */
  planWarmUps: Counter<"reason">;
}

// GraphQL and Cypher are mostly milliseconds, with a tail of seconds on big pages.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Creates a registry with the service's metrics. `defaultMetrics` adds the process
 * metrics of prom-client (CPU, memory, event-loop lag); tests leave it off.
 */
export function createMetrics({ defaultMetrics = false } = {}): ServiceMetrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    operationDuration: new Histogram({
      name: "diplograph_graphql_operation_duration_seconds",
      help: "GraphQL request latency by operation name and type",
      labelNames: ["operation", "type"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    cypherDuration: new Histogram({
      name: "diplograph_cypher_duration_seconds",
      help: "Cypher statement time by statement name",
      labelNames: ["statement", "outcome"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: "diplograph_graphql_errors_total",
      help: "GraphQL errors returned to clients by extensions.code",
      labelNames: ["code"],
      registers,
    }),
    articlesLoaded: new Counter({
      name: "diplograph_ingest_articles_loaded_total",
      help: "Articles loaded (new or revised) into the graph",
      registers,
    }),
    articlesRejected: new Counter({
      name: "diplograph_ingest_articles_rejected_total",
      help: "Article files rejected by ingestion as bad input",
      registers,
    }),
    planWarmUps: new Counter({
      name: "diplograph_plan_warmups_total",
      help: "Query-plan warm-ups started, by reason (start, or database back after an outage)",
      labelNames: ["reason"],
      registers,
    }),
  };
}

let processMetrics: ServiceMetrics | undefined;

/** The process-wide metrics, created (with process metrics) on first use. */
export function getMetrics(): ServiceMetrics {
  processMetrics ??= createMetrics({ defaultMetrics: true });
  return processMetrics;
}

/** Counts one ingestion run's outcome (an `IngestSummary` fits this shape). */
export function recordIngestSummary(
  summary: { loaded: number; revised?: number; rejected: number },
  metrics: ServiceMetrics = getMetrics(),
): void {
  metrics.articlesLoaded.inc(summary.loaded + (summary.revised ?? 0));
  metrics.articlesRejected.inc(summary.rejected);
}

/**
 * Answers `GET /metrics` in the Prometheus text format; returns false for any other
 * request.
 */
export async function handleMetricsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: ServiceMetrics = getMetrics(),
): Promise<boolean> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  if (pathname !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
