import { AsyncResource } from "node:async_hooks";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { type Logger } from "../lib/logger.js";
import { withRequestId } from "./request-id.js";

// Probes and scrapes come every few seconds and say nothing about users: debug only.
const QUIET_PATHS = new Set(["/health", "/ready", "/metrics"]);

/**
 * What the HTTP server runs around every request (`startHttpServer({ wrapRequest })`):
 * gives it an id (request-id.ts) and writes one `request` line when it is answered or
 * abandoned, with method, path (never the query string: it holds queries and
 * variables), status and milliseconds.
 */
export function traceRequests(
  log: Logger,
): (req: IncomingMessage, res: ServerResponse, next: () => Promise<void>) => Promise<void> {
  return (req, res, next) =>
    withRequestId(req, res, () => {
      const started = performance.now();
      // "close" is emitted by the socket, outside the request's async context: bind it
      // to this one, so the line gets the request's id like every other.
      res.once(
        "close",
        AsyncResource.bind(() => logAnswered({ log, req, res, started })),
      );
      return next();
    });
}

function logAnswered({
  log,
  req,
  res,
  started,
}: {
  log: Logger;
  req: IncomingMessage;
  res: ServerResponse;
  started: number;
}): void {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const level = QUIET_PATHS.has(path) ? "debug" : res.statusCode >= 500 ? "warn" : "info";
  log[level](
    {
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
      ...(res.writableFinished ? {} : { aborted: true }),
    },
    "request",
  );
}
