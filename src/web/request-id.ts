import { randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { runInRequest } from "../lib/request-context.js";

/** The header that carries a request's id in and out. */
export const REQUEST_ID_HEADER = "x-request-id";

// An id from a client ends up in logs and in a response header: accept only short,
// plain tokens, so that nothing a client sends can forge a log line or split a header.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when it is a plain token, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value !== undefined && SAFE_ID.test(value) ? value : randomUUID();
}

/**
 * Serves a request under its id: echoes the id in the response's `x-request-id`
 * header and runs `handle` in the request's context, so that every log line written
 * while it runs (however deep) carries `requestId` (see src/lib/request-context.ts).
 */
export function withRequestId<T>(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (requestId: string) => T,
): T {
  const requestId = requestIdFor(req);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  return runInRequest({ requestId }, () => handle(requestId));
}
