import { Neo4jError, isRetryableError } from "neo4j-driver";

/** The database cannot be reached or is not serving (network, restart, leader switch). */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** A transaction ran past the timeout its caller set (the API's request deadline). */
export class DatabaseTimeoutError extends Error {
  override name = "DatabaseTimeoutError";
}

/** The database rejected a statement: a bug in diplograph's Cypher or a constraint hit. */
export class DatabaseQueryError extends Error {
  override name = "DatabaseQueryError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Translates a driver error into one of diplograph's database errors. This is the
 * one place that knows Neo4j's error codes; callers above `graph/` never see them.
 * Messages never include the connection URI.
 */
export function translateNeo4jError(error: unknown): Error {
  if (
    error instanceof DatabaseUnavailableError ||
    error instanceof DatabaseQueryError ||
    error instanceof DatabaseTimeoutError
  ) {
    return error;
  }
  if (error instanceof Neo4jError) {
    if (error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
      return new DatabaseTimeoutError("Neo4j ended a transaction at its timeout", { cause: error });
    }
    // The pool is exhausted (every connection busy): the database cannot take more now.
    const poolExhausted = error.message.startsWith("Connection acquisition timed out");
    if (isRetryableError(error) || isUnavailableCode(error.code) || poolExhausted) {
      return new DatabaseUnavailableError(`Neo4j is unavailable (${error.code})`, { cause: error });
    }
    return new DatabaseQueryError(`Neo4j rejected a statement: ${error.message}`, error.code);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function isUnavailableCode(code: string): boolean {
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    code.startsWith("Neo.TransientError.") ||
    code === "Neo.ClientError.Security.AuthenticationRateLimit"
  );
}
