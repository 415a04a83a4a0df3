import { type GraphQLFormattedError } from "graphql";
import { GraphQLError } from "../graphql-runtime.js";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseTimeoutError, DatabaseUnavailableError } from "../../graph/errors.js";
import { ApiError, ErrorCode } from "./api-error.js";
import { errorExtensions } from "./error-extensions.js";

/** Codes that Apollo and graphql-js set for a malformed request: safe to show as they are. */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** What the database did when the API answered SERVICE_UNAVAILABLE or REQUEST_TIMEOUT. */
export type DatabaseFailureLog = (
  error: DatabaseUnavailableError | DatabaseTimeoutError,
  code: typeof ErrorCode.SERVICE_UNAVAILABLE | typeof ErrorCode.REQUEST_TIMEOUT,
) => void;

/**
 * Apollo's `formatError`: client errors keep their message and code, an unavailable
 * database becomes SERVICE_UNAVAILABLE, anything else is masked as
 * INTERNAL_SERVER_ERROR (no Neo4j message, no Bolt URI, no stack) and reported to `log`.
 * The client never sees the database's own words; `logDatabaseFailure` gets them (Neo4j's
 * code and message are the error's cause), so that an operator can tell a full memory pool
 * from a lost connection. The service's own failures carry the request's id
 * (`extensions.requestId`).
 */
export function createFormatError(
  log: (error: unknown) => void = () => {},
  logDatabaseFailure: DatabaseFailureLog = () => {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const apiError = findApiError(original);
    if (apiError) {
      // Apollo has already taken `http` (the status) out of the extensions.
      const { http: _http, ...extensions } = apiError.extensions;
      return { ...base, message: apiError.message, extensions };
    }
    if (original instanceof DatabaseUnavailableError) {
      logDatabaseFailure(original, ErrorCode.SERVICE_UNAVAILABLE);
      return {
        ...base,
        message: "The graph database is unavailable; try again later.",
        extensions: errorExtensions(ErrorCode.SERVICE_UNAVAILABLE),
      };
    }
    if (original instanceof DatabaseTimeoutError) {
      logDatabaseFailure(original, ErrorCode.REQUEST_TIMEOUT);
      return {
        ...base,
        message: "The request took longer than its time limit and was abandoned.",
        extensions: errorExtensions(ErrorCode.REQUEST_TIMEOUT),
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_CODES.has(code) && isRequestError(original)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    log(original);
    return {
      ...base,
      message: "Internal server error",
      extensions: errorExtensions(ErrorCode.INTERNAL_SERVER_ERROR),
    };
  };
}

/**
 * The API error itself, or the one a validation rule reported: Apollo wraps those in
 * its own ValidationError (code GRAPHQL_VALIDATION_FAILED) with ours as the cause.
 */
function findApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  const cause: unknown = (error as { originalError?: unknown } | null)?.originalError;
  return isGraphQLError(error) && cause instanceof ApiError ? cause : undefined;
}

/** Request errors are raised by graphql-js or Apollo themselves, wrapping no foreign error. */
function isRequestError(original: unknown): boolean {
  let current: unknown = original;
  for (let depth = 0; depth < 5; depth += 1) {
    if (!isGraphQLError(current)) return false;
    const cause: unknown = (current as { originalError?: unknown }).originalError;
    if (cause === undefined || cause === null || cause === current) return true;
    current = cause;
  }
  return false;
}

/**
 * Duck-typed, because graphql can be loaded twice (its CommonJS and ESM builds) and
 * an error of one copy is no instance of the other's class.
 */
function isGraphQLError(value: unknown): boolean {
  return (
    value instanceof GraphQLError ||
    (value instanceof Error &&
      typeof (value as { extensions?: unknown }).extensions === "object" &&
      "locations" in value)
  );
}
