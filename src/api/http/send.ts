import { type ServerResponse } from "node:http";
import { type ErrorCode } from "../errors/api-error.js";
import { errorExtensions } from "../errors/error-extensions.js";

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...headers, "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

/** A GraphQL error response written by the HTTP layer, before or instead of Apollo. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: { message: string; code: ErrorCode; limit?: number },
  headers: Record<string, string> = {},
): void {
  const extensions = errorExtensions(
    error.code,
    error.limit === undefined ? {} : { limit: error.limit },
  );
  sendJson(res, status, { errors: [{ message: error.message, extensions }] }, headers);
}
