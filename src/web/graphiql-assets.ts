import { createHash } from "node:crypto";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** One file of the IDE's bundle, held in memory. */
interface Asset {
  body: Buffer;
  contentType: string;
  gzipped?: Buffer;
}

/** The GraphiQL bundle, served from memory under a content-hashed base path. */
export interface GraphiqlAssets {
  /** URL folder of the assets, e.g. `/graphiql/3f2a9c1d0b7e`; changes when the bundle does. */
  basePath: string;
  files: ReadonlyMap<string, Asset>;
}

const JS = "text/javascript; charset=utf-8";

/**
 * Loads the self-contained GraphiQL build of `@graphql-yoga/render-graphiql` (React,
 * Monaco, its workers, CSS: no CDN). It is ~9 MB of strings, so it is imported only
 * when the IDE is enabled, and served as cacheable files instead of inlined into
 * every page.
 */
export async function loadGraphiqlAssets(prefix = "/graphiql"): Promise<GraphiqlAssets> {
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql");
  const text = (body: string, contentType: string): Asset => ({
    body: Buffer.from(body, "utf8"),
    contentType,
  });
  const files = new Map<string, Asset>([
    ["graphiql.js", text(bundle.js, JS)],
    ["graphiql.css", text(bundle.css, "text/css; charset=utf-8")],
    ["editor.worker.js", text(bundle.editorWorkerService, JS)],
    ["json.worker.js", text(bundle.jsonWorker, JS)],
    ["graphql.worker.js", text(bundle.graphqlWorker, JS)],
    ["favicon.ico", decodeDataUrl(bundle.favicon)],
  ]);
  const hash = createHash("sha256");
  for (const asset of files.values()) hash.update(asset.body);
  return { basePath: `${prefix}/${hash.digest("hex").slice(0, 12)}`, files };
}

function decodeDataUrl(url: string): Asset {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (match === null) return { body: Buffer.alloc(0), contentType: "image/x-icon" };
  return { body: Buffer.from(match[2] ?? "", "base64"), contentType: match[1] ?? "image/x-icon" };
}

/**
 * Answers GET/HEAD for a file under `assets.basePath`. The path holds the content
 * hash, so the files are immutable and cached for a year; the 5 MB script is
 * gzipped once, on first demand. Returns false for any other request.
 */
export function serveGraphiqlAsset(
  assets: GraphiqlAssets,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  if (!pathname.startsWith(`${assets.basePath}/`)) return false;
  const asset = assets.files.get(pathname.slice(assets.basePath.length + 1));
  if (asset === undefined) return false;
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzip) asset.gzipped ??= gzipSync(asset.body);
  const body = gzip && asset.gzipped ? asset.gzipped : asset.body;
  res.writeHead(200, {
    "content-type": asset.contentType,
    "content-length": body.length,
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
