import { randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { type Logger } from "../lib/logger.js";

/** The header that carries a request's id in and out. */
export const REQUEST_ID_HEADER = "x-request-id";

// An id from a client ends up in logs: accept only short, plain tokens.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when it is a plain token, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value !== undefined && SAFE_ID.test(value) ? value : randomUUID();
}

/**
 * Gives a request its id: echoes it in the response's `x-request-id` header and
 * returns a child logger whose every line carries `requestId`, so the lines of one
 * request can be found together.
 */
export function bindRequestId(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
): { requestId: string; logger: Logger } {
  const requestId = requestIdFor(req);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  return { requestId, logger: logger.child({ requestId }) };
}
