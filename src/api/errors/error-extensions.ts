import { currentRequestId } from "../../lib/request-context.js";
import { ErrorCode } from "./api-error.js";

// Failures on the service's side: the user can do nothing about them but report them,
// so the answer carries the request id that finds the matching log lines.
const SERVER_SIDE = new Set<ErrorCode>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.REQUEST_TIMEOUT,
]);

/**
 * The `extensions` of an error answer: its code and `extra`, plus `requestId` when the
 * failure is the service's (internal, database unavailable, timeout) and a request is
 * being served.
 */
export function errorExtensions(
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const requestId = SERVER_SIDE.has(code) ? currentRequestId() : undefined;
  return { ...extra, code, ...(requestId === undefined ? {} : { requestId }) };
}
