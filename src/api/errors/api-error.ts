import { GraphQLError } from "../graphql-runtime.js";

/** The codes a client can see in `extensions.code`; everything else is masked. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  QUERY_TOO_COSTLY: "QUERY_TOO_COSTLY",
  TOO_MANY_OPERATIONS: "TOO_MANY_OPERATIONS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The base of every client-facing error: it sets `extensions.code` from {@link ErrorCode}. */
export class ApiError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "ApiError";
  }
}

/** A malformed argument: a date, a cursor, a page size, a filter. */
export class BadUserInputError extends ApiError {
  constructor(message: string, argument?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, argument === undefined ? {} : { argument });
    this.name = "BadUserInputError";
  }
}

/**
 * An operation over one of the configured limits (depth, aliases, cost). Apollo
 * answers 400; the code says which limit, `limit` its value.
 */
export class QueryLimitError extends ApiError {
  constructor(message: string, code: ErrorCode, limit: number) {
    super(message, code, { limit, http: { status: 400 } });
    this.name = "QueryLimitError";
  }
}

/** No key, or a key that is not configured: 401. */
export class UnauthenticatedError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
    this.name = "UnauthenticatedError";
  }
}

/** A valid key whose role does not allow the operation: 403. */
export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN, { http: { status: 403 } });
    this.name = "ForbiddenError";
  }
}
