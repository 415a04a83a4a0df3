import { type IncomingMessage, type ServerResponse } from "node:http";
import { loadExampleQueries } from "./example-queries.js";
import { loadGraphiqlAssets, serveGraphiqlAsset } from "./graphiql-assets.js";
import { renderGraphiqlPage } from "./graphiql-page.js";

/** Answers a request if it is for the IDE; returns false to let the caller route it. */
export type IdeRequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Whether the GraphQL IDE is served: on everywhere but production, where it is on
 * only when configuration asks for it (`enableIde: true`); an explicit false turns
 * it off in development too.
 */
export function isIdeEnabled({
  nodeEnv,
  enableIde,
}: {
  nodeEnv: string;
  enableIde?: boolean;
}): boolean {
  return enableIde ?? nodeEnv !== "production";
}

/** True for a browser navigating to the endpoint: a GET that accepts HTML. */
export function wantsIdePage(req: IncomingMessage, endpoint: string): boolean {
  if (req.method !== "GET") return false;
  const url = new URL(req.url ?? "/", "http://localhost");
  // A GET carrying a query is an operation, whatever the browser says it accepts.
  if (url.pathname !== endpoint || url.searchParams.has("query")) return false;
  return String(req.headers.accept ?? "").includes("text/html");
}

/**
 * Builds the IDE handler: `GET <endpoint>` with `Accept: text/html` gets the GraphiQL
 * page with the example queries of `exampleQueriesDir` as tabs, and the page's bundle
 * is served under `/graphiql/<hash>/`. The page is rendered once, here.
 */
export async function createIdeHandler({
  endpoint = "/graphql",
  exampleQueriesDir,
}: {
  endpoint?: string;
  exampleQueriesDir: string;
}): Promise<IdeRequestHandler> {
  const [assets, exampleQueries] = await Promise.all([
    loadGraphiqlAssets(),
    loadExampleQueries(exampleQueriesDir),
  ]);
  const page = renderGraphiqlPage({ endpoint, exampleQueries, assetsPath: assets.basePath });
  return function handleIdeRequest(req, res) {
    if (serveGraphiqlAsset(assets, req, res)) return true;
    if (!wantsIdePage(req, endpoint)) return false;
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      vary: "accept",
    });
    res.end(page);
    return true;
  };
}
