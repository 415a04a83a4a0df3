import { type ApolloServerPlugin } from "@apollo/server";
import { loadConfig } from "../../src/config.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { createApiServer, type ApiServer, startHttpServer } from "../../src/api/server.js";
import { type ArticleIngestor } from "../../src/api/ingest/article-ingestor.js";
import { type ApiContext } from "../../src/api/context.js";
import { type WarmUpEvent } from "../../src/api/warm-up/plan-warmer.js";
import { type DatabaseFailureLog } from "../../src/api/errors/format-error.js";

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A configuration as `loadConfig` builds it from these variables (NODE_ENV test unless set). */
export function configWith(env: Record<string, string> = {}): ReturnType<typeof loadConfig> {
  return loadConfig({ NODE_ENV: "test", ...env });
}

/** Runs one operation in-process, as a request with these headers would. */
export async function runIn(
  api: ApiServer,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLBody> {
  const response = await api.apollo.executeOperation(
    { query, variables: options.variables },
    { contextValue: api.contextFor({ headers: options.headers ?? {} }) },
  );
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLBody;
}

export async function apiWith(options: {
  executor: GraphExecutor;
  env?: Record<string, string>;
  ingestor?: ArticleIngestor;
  logError?: (error: unknown) => void;
  plugins?: ApolloServerPlugin<ApiContext>[];
}): Promise<ApiServer> {
  return createApiServer({
    executor: options.executor,
    config: configWith(options.env),
    ingestor: options.ingestor,
    logError: options.logError ?? (() => {}),
    plugins: options.plugins,
  });
}

/** The HTTP server on a free port; with `warmUp`, as `serve` runs it (plan warm-ups). */
export async function httpWith(options: {
  executor: GraphExecutor;
  env?: Record<string, string>;
  ingestor?: ArticleIngestor;
  logError?: (error: unknown) => void;
  logDatabaseFailure?: DatabaseFailureLog;
  warmUp?: boolean;
  onWarmUp?: (event: WarmUpEvent) => void;
}): Promise<{ url: string; close(): Promise<void> }> {
  return startHttpServer({
    executor: options.executor,
    config: configWith(options.env),
    ingestor: options.ingestor,
    logError: options.logError ?? (() => {}),
    logDatabaseFailure: options.logDatabaseFailure,
    port: 0,
    host: "127.0.0.1",
    warmUp: options.warmUp,
    onWarmUp: options.onWarmUp,
  });
}

/** POSTs a GraphQL body and returns the status, headers and parsed answer. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GraphQLBody }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === "" ? {} : JSON.parse(text)) as GraphQLBody,
  };
}

/** An executor whose reads fail or stall as told; everything else is the real one. */
export function faultyExecutor(
  executor: GraphExecutor,
  read: (name: string) => Promise<never> | Promise<unknown>,
): GraphExecutor {
  return new Proxy(executor, {
    get(target, property) {
      if (property === "read") return (name: string) => read(name);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export const codes = (body: GraphQLBody): unknown[] =>
  (body.errors ?? []).map((e) => e.extensions?.code);
