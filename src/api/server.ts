import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { type Config } from "../config.js";
import { type GraphExecutor } from "../graph/executor.js";
import { authenticate, type RequestHeaders } from "./auth/api-keys.js";
import { authPlugin } from "./auth/auth.plugin.js";
import { type ApiContext, createApiContext } from "./context.js";
import { ErrorCode } from "./errors/api-error.js";
import { errorExtensions } from "./errors/error-extensions.js";
import { createFormatError, type DatabaseFailureLog } from "./errors/format-error.js";
import { handleGraphqlRequest } from "./http/graphql-handler.js";
import { applyCors } from "./http/cors.js";
import { listen } from "./http/listen.js";
import { sendJson } from "./http/send.js";
import { type ArticleIngestor } from "./ingest/article-ingestor.js";
import { costLimitPlugin, queryLimitRules } from "./limits/query-limits.js";
import { buildApiSchema } from "./schema.js";
import { watchDatabase } from "./warm-up/database-watch.js";
import { outagePlugin } from "./warm-up/outage.plugin.js";
import { createPlanWarmer, type PlanWarmer, type WarmUpEvent } from "./warm-up/plan-warmer.js";

export interface ApiServer {
  apollo: ApolloServer<ApiContext>;
  /** A fresh context (executor, per-request loaders, the caller's key) for one request. */
  contextFor(req?: { headers: RequestHeaders }): ApiContext;
}

/**
 * Runs around every HTTP request: may set headers and open a context (the request id
 * and its log line, src/web/request-log.ts), then calls `next`, which answers it.
 */
export type RequestWrapper = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => Promise<void>,
) => Promise<void>;

export interface ApiServerOptions {
  executor: GraphExecutor;
  config: Readonly<Config>;
  logError?: (error: unknown) => void;
  /** The database's failures the API answered SERVICE_UNAVAILABLE or REQUEST_TIMEOUT. */
  logDatabaseFailure?: DatabaseFailureLog;
  /** Extra Apollo plugins (metrics); the CDN-loaded landing page is always off. */
  plugins?: ApolloServerPlugin<ApiContext>[];
  /** How `ingestArticle` writes; without it the API is read-only. */
  ingestor?: ArticleIngestor;
}

/**
 * Builds and starts the Apollo server with the configured limits (depth, aliases,
 * cost), API keys, introspection and error masking (docs/security.md).
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const settings = options.config.api;
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    formatError: createFormatError(
      options.logError ?? ((e) => console.error(e)),
      options.logDatabaseFailure,
    ),
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: settings.hideSchemaDetails,
    // A browser cannot send a simple (preflight-free) request that Apollo executes.
    csrfPrevention: true,
    allowBatchedHttpRequests: settings.maxBatch > 1,
    // `serve` owns SIGTERM/SIGINT: Apollo's own handlers (on outside NODE_ENV=test) would
    // stop Apollo and re-send the signal, killing the requests in flight.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules(settings),
    plugins: [
      // Apollo's landing pages load their code from a CDN and show nothing offline; the
      // offline GraphiQL of src/web takes a browser's GET /graphql instead.
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, so Apollo's default cache-control plugin only ever
      // says `no-store`, at the price of a hook on every resolved field (and of Apollo
      // wrapping every resolver to call it): 3% of the API's CPU in the benchmark's
      // profile. graphql-handler.ts sends `no-store` itself.
      ApolloServerPluginCacheControlDisabled(),
      authPlugin({ readRequiresKey: settings.readRequiresKey }),
      costLimitPlugin(settings.maxCost) as ApolloServerPlugin<ApiContext>,
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();
  return {
    apollo,
    contextFor: (req) =>
      createApiContext(options.executor, {
        principal: authenticate(settings.keys, req?.headers),
        ingestor: options.ingestor,
      }),
  };
}

/**
 * Serves GraphQL at /graphql (JSON POST and GET), /health (200 while the process
 * runs) and /ready (200 when the database answers a ping, 503 otherwise). `close`
 * stops accepting connections, lets the requests in flight finish, then stops Apollo.
 * A request that fails outside Apollo is logged and answered 500 INTERNAL_SERVER_ERROR.
 */
export async function startHttpServer(
  options: ApiServerOptions & {
    port: number;
    host: string;
    /** Answers the requests that are not the API's (dashboard, IDE, metrics) first. */
    handleWeb?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
    /**
     * Plan every read statement once after listening (warm-up-plans.ts), and again when
     * the database answers after an outage (plan-warmer.ts); /ready answers 503 "warming
     * up" while a warm-up runs, so that load balancers wait for it.
     */
    warmUp?: boolean;
    /** Reports each warm-up's start and end (the log line and metric of `serve`). */
    onWarmUp?: (event: WarmUpEvent) => void;
    /** With `warmUp`: ping the database this often to notice a restart (0: only on demand). */
    databaseCheckMs?: number;
    wrapRequest?: RequestWrapper;
  },
): Promise<{ url: string; warmedUp: Promise<void>; close(): Promise<void> }> {
  let warmer: PlanWarmer | undefined;
  const outages = options.warmUp ? [outagePlugin(() => warmer?.noteUnavailable())] : [];
  const api = await createApiServer({
    ...options,
    plugins: [...(options.plugins ?? []), ...outages],
  });
  const settings = options.config.api;
  const logError = options.logError ?? ((e: unknown) => console.error(e));
  if (options.warmUp) {
    warmer = createPlanWarmer({
      api,
      onFailure: (_operation, error) => options.logError?.(error),
      onWarmUp: options.onWarmUp,
    });
  }
  const ready = readiness(options.executor, warmer);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await options.handleWeb?.(req, res)) return;
    await route({ req, res, api, settings, ready });
  };
  const answer = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    handle(req, res).catch((error: unknown) => {
      logError(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      const extensions = errorExtensions(ErrorCode.INTERNAL_SERVER_ERROR);
      res.end(JSON.stringify({ errors: [{ message: "Internal server error", extensions }] }));
    });
  const server = createServer((req, res) => {
    const answered = options.wrapRequest?.(req, res, () => answer(req, res)) ?? answer(req, res);
    answered.catch(() => res.destroy());
  });
  await listen(server, options).catch(async (error: unknown) => {
    await api.apollo.stop();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const warmedUp = warmer?.warmUp("start") ?? Promise.resolve();
  const checkMs = options.databaseCheckMs ?? DATABASE_CHECK_MS;
  const watch =
    warmer && checkMs > 0
      ? watchDatabase({ ping: () => ping(options.executor), warmer, intervalMs: checkMs })
      : undefined;
  return {
    url: `http://${address.address}:${address.port}`,
    warmedUp,
    close: async () => {
      watch?.stop();
      const closed = new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
      server.closeIdleConnections();
      // A request that outlives its own deadline is cut off rather than holding the exit.
      const force = setTimeout(
        () => server.closeAllConnections(),
        settings.requestTimeoutMs + 1000,
      );
      force.unref();
      await closed;
      clearTimeout(force);
      await api.apollo.stop();
    },
  };
}

/** How often `serve` pings Neo4j to notice a restart that no request ran into. */
const DATABASE_CHECK_MS = 5000;

const ping = (executor: GraphExecutor): Promise<boolean> =>
  executor.read("admin/ping").then(
    () => true,
    () => false,
  );

type Readiness = () => Promise<{ status: number; body: { status: string } }>;

/**
 * /ready: 503 "warming up" while a warm-up runs, else the database's answer to a ping.
 * The ping also tells the warmer: the first answer after an outage starts a warm-up,
 * and that answer is already "warming up".
 */
function readiness(executor: GraphExecutor, warmer: PlanWarmer | undefined): Readiness {
  const warmingUp = { status: 503, body: { status: "warming up" } };
  return async () => {
    if (warmer && !warmer.warm) return warmingUp;
    const up = await ping(executor);
    if (!up) {
      warmer?.noteUnavailable();
      return { status: 503, body: { status: "unavailable" } };
    }
    warmer?.noteAvailable();
    if (warmer && !warmer.warm) return warmingUp;
    return { status: 200, body: { status: "ready" } };
  };
}

async function route({
  req,
  res,
  api,
  settings,
  ready,
}: {
  req: IncomingMessage;
  res: ServerResponse;
  api: ApiServer;
  settings: Config["api"];
  ready: Readiness;
}): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
  if (url.pathname === "/ready") {
    const { status, body } = await ready();
    return sendJson(res, status, body);
  }
  if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });
  if (!applyCors(req, res, settings.corsOrigins)) return;
  await handleGraphqlRequest({ req, res, url, api, settings });
}
