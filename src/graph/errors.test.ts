import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  translateNeo4jError,
} from "./errors.js";

const newError = (message: string, code: string): Neo4jError =>
  new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("translateNeo4jError", () => {
  it("calls an unreachable server and an exhausted pool unavailable", () => {
    expect(
      translateNeo4jError(newError("connect ECONNREFUSED", "ServiceUnavailable")),
    ).toBeInstanceOf(DatabaseUnavailableError);
    const exhausted = newError(
      "Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100",
      "N/A",
    );
    expect(translateNeo4jError(exhausted)).toBeInstanceOf(DatabaseUnavailableError);
  });

  it("tells a transaction ended at its timeout from a rejected statement", () => {
    const timedOut = newError(
      "The transaction has not completed within the timeout specified at its start by the client.",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    );
    expect(translateNeo4jError(timedOut)).toBeInstanceOf(DatabaseTimeoutError);
    const syntax = newError("Invalid input", "Neo.ClientError.Statement.SyntaxError");
    expect(translateNeo4jError(syntax)).toBeInstanceOf(DatabaseQueryError);
  });
});
