import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { type Config } from "../config.js";
import { type GraphExecutor } from "../graph/executor.js";
import { type ApiContext, createApiContext } from "./context.js";
import { createFormatError } from "./errors/format-error.js";
import { buildApiSchema } from "./schema.js";

export interface ApiServer {
  apollo: ApolloServer<ApiContext>;
  /** A fresh context (executor and per-request loaders) for one request. */
  contextFor(req?: IncomingMessage): ApiContext;
}

/** Builds and starts the Apollo server; unknown errors are masked and logged. */
export async function createApiServer(options: {
  executor: GraphExecutor;
  config: Readonly<Config>;
  logError?: (error: unknown) => void;
  /** Extra Apollo plugins (metrics); the CDN-loaded landing page is always off. */
  plugins?: ApolloServerPlugin<ApiContext>[];
}): Promise<ApiServer> {
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    formatError: createFormatError(options.logError ?? ((e) => console.error(e))),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Apollo's landing pages load their code from a CDN and show nothing offline; the
    // offline GraphiQL of src/web takes a browser's GET /graphql instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(options.plugins ?? [])],
  });
  await apollo.start();
  return { apollo, contextFor: () => createApiContext(options.executor) };
}

const MAX_BODY_BYTES = 1_000_000;

/**
 * Serves GraphQL at /graphql (JSON POST and GET), /health (200 while the process
 * runs) and /ready (200 when the database answers a ping, 503 otherwise).
 */
export async function startHttpServer(options: {
  executor: GraphExecutor;
  config: Readonly<Config>;
  port: number;
  host: string;
  /** Where masked errors are reported (default: console.error). */
  logError?: (error: unknown) => void;
  plugins?: ApolloServerPlugin<ApiContext>[];
  /** Answers the requests that are not the API's (dashboard, IDE, metrics) first. */
  handleWeb?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const api = await createApiServer(options);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await options.handleWeb?.(req, res)) return;
    await route(req, res, api, options.executor);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Internal server error" }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
      await api.apollo.stop();
    },
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  api: ApiServer,
  executor: GraphExecutor,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
  if (url.pathname === "/ready") {
    const ready = await executor.read("admin/ping").then(
      () => true,
      () => false,
    );
    return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable" });
  }
  if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const body = req.method === "POST" ? await readJsonBody(req) : undefined;
  const response = await api.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => api.contextFor(req),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Apollo answers 400 for a body it cannot use.
    return text;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}
