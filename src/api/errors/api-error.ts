import { GraphQLError } from "../graphql-runtime.js";

/** The codes a client can see in `extensions.code`; everything else is masked. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
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
