import { type IncomingMessage, type ServerResponse } from "node:http";
import { projectPath } from "../lib/paths.js";
import { createIdeHandler } from "./ide-handler.js";
import { type ServiceMetrics, getMetrics, handleMetricsRequest } from "./metrics.js";
import { serveStatic } from "./static-files.js";
import { serveVendorFile } from "./vendor-files.js";

/** Answers a request if it is for the web front; false lets the API route it. */
export type WebHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Options of {@link createWebHandler}; every folder defaults to the repository's. */
export interface WebHandlerOptions {
  /** The dashboard's static files (default `web/`). */
  webRoot?: string;
  /** The IDE's example operations (default `docs/queries/`). */
  exampleQueriesDir?: string;
  /** Serve GraphiQL at `GET /graphql` for browsers (see `isIdeEnabled`). */
  enableIde: boolean;
  /** Where `/vendor/<package>/` files come from (default `node_modules/`). */
  nodeModulesRoot?: string;
  /** Serve `/metrics` (default true). */
  enableMetrics?: boolean;
  metrics?: ServiceMetrics;
}

/**
 * Builds the handler for everything that is not the GraphQL API itself: `/metrics`,
 * the GraphiQL page (a browser's `GET /graphql`) and its bundle, `/vendor/*` and the
 * dashboard's files (`/` is `web/index.html`). Mount it before the API's routes:
 * when it returns false the request is the API's (POST /graphql, /health, ...).
 */
export async function createWebHandler(options: WebHandlerOptions): Promise<WebHandler> {
  const webRoot = options.webRoot ?? projectPath("web");
  const nodeModulesRoot = options.nodeModulesRoot ?? projectPath("node_modules");
  const metrics = options.metrics ?? getMetrics();
  const handleIde = options.enableIde
    ? await createIdeHandler({
        exampleQueriesDir: options.exampleQueriesDir ?? projectPath("docs", "queries"),
      })
    : undefined;
  return async (req, res) => {
    if (options.enableMetrics !== false && (await handleMetricsRequest(req, res, metrics))) {
      return true;
    }
    if (handleIde?.(req, res)) return true;
    if (await serveVendorFile({ nodeModulesRoot, req, res })) return true;
    return serveStatic({ root: webRoot, req, res });
  };
}
