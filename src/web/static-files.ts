import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { contentTypeFor } from "./content-types.js";

/** Options of {@link serveStatic}. */
export interface ServeStaticOptions {
  /** The folder served; nothing outside it is ever read. */
  root: string;
  req: IncomingMessage;
  res: ServerResponse;
  /** The path inside `root` (default: the request's URL path). */
  pathname?: string;
  /** Cache lifetime for everything but HTML (default one hour). */
  maxAgeSeconds?: number;
}

/**
 * Serves one file from `root` for a GET or HEAD request, with its content type, an
 * ETag and caching headers; a folder serves its `index.html`. Returns false without
 * writing anything when the request is not a GET/HEAD or names no servable file, so
 * the caller can route it elsewhere or answer 404.
 */
export async function serveStatic(options: ServeStaticOptions): Promise<boolean> {
  const { req, res } = options;
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const file = await findFile(options.root, options.pathname ?? requestPath(req));
  if (file === undefined) return false;
  const etag = `W/"${file.size.toString(16)}-${file.mtimeMs.toString(16)}"`;
  const isHtml = file.path.endsWith(".html");
  res.setHeader("content-type", contentTypeFor(file.path));
  res.setHeader("etag", etag);
  res.setHeader("x-content-type-options", "nosniff");
  // HTML names the other assets, so it is always revalidated; assets may be cached.
  res.setHeader(
    "cache-control",
    isHtml ? "no-cache" : `public, max-age=${options.maxAgeSeconds ?? 3600}`,
  );
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304).end();
    return true;
  }
  res.setHeader("content-length", file.size);
  if (req.method === "HEAD") {
    res.writeHead(200).end();
    return true;
  }
  res.writeHead(200);
  // A client that goes away mid-file is not a server error: just drop the socket.
  await pipeline(createReadStream(file.path), res).catch(() => res.destroy());
  return true;
}

function requestPath(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://localhost").pathname;
}

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Resolves a URL path to a regular file under root, or undefined for anything unsafe. */
async function findFile(root: string, urlPath: string): Promise<FoundFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // NUL bytes, backslashes and dot-segments have no business in an asset path; refusing
  // them outright is simpler to trust than normalising them.
  if (/[\0\\]/.test(decoded)) return undefined;
  const segments = decoded.split("/").filter((s) => s.length > 0);
  if (segments.some((s) => s.startsWith("."))) return undefined;
  const base = resolve(root);
  const candidate = resolve(base, ...segments);
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  return (await regularFile(candidate)) ?? (await regularFile(join(candidate, "index.html")));
}

async function regularFile(path: string): Promise<FoundFile | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) return undefined;
  return { path, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) };
}
