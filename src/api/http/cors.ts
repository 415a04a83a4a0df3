import { type IncomingMessage, type ServerResponse } from "node:http";

const ALLOWED_HEADERS =
  "content-type, authorization, x-api-key, apollo-require-preflight, x-request-id";
// A browser script reads only the response headers it is allowed to: the request id is
// what a dashboard shows the user to quote.
const EXPOSED_HEADERS = "x-request-id";

/**
 * CORS for /graphql: a browser on one of `origins` ("*" for any) may call the API;
 * others get no CORS headers (so their scripts cannot read the answer) and their
 * preflights a 403. Answers preflights itself; returns false when it has answered.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  origins: readonly string[],
): boolean {
  const origin = req.headers.origin;
  const allowed =
    origin !== undefined &&
    origins.some((o) => o === "*" || o.toLowerCase() === origin.toLowerCase());
  if (origin !== undefined) res.setHeader("vary", "Origin");
  if (allowed) {
    res.setHeader("access-control-allow-origin", origins.includes("*") ? "*" : origin);
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  }
  if (req.method !== "OPTIONS") return true;
  if (!allowed) {
    res.writeHead(403).end();
    return false;
  }
  res.writeHead(204, {
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": ALLOWED_HEADERS,
    "access-control-max-age": "600",
  });
  res.end();
  return false;
}
