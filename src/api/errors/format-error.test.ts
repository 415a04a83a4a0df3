import { describe, expect, it } from "vitest";
import { GraphQLError } from "../graphql-runtime.js";
import {
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from "../../graph/errors.js";
import { runInRequest } from "../../lib/request-context.js";
import { BadUserInputError, QueryLimitError } from "./api-error.js";
import { createFormatError } from "./format-error.js";

const format = (error: unknown): ReturnType<ReturnType<typeof createFormatError>> => {
  const wrapped = new GraphQLError("wrapped", {
    path: ["meetings"],
    originalError: error instanceof Error ? error : undefined,
  });
  return createFormatError()({ message: wrapped.message, path: ["meetings"] }, wrapped);
};

describe("error masking", () => {
  it("keeps client errors with their code", () => {
    expect(format(new BadUserInputError("bad date", "from"))).toMatchObject({
      message: "bad date",
      extensions: { code: "BAD_USER_INPUT", argument: "from" },
    });
  });

  it("turns an unavailable database into SERVICE_UNAVAILABLE without its message", () => {
    const formatted = format(new DatabaseUnavailableError("Neo4j at bolt://db:7687 is down"));
    expect(formatted.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(formatted)).not.toMatch(/bolt|Neo4j/);
  });

  it("turns a transaction past its timeout into REQUEST_TIMEOUT", () => {
    const formatted = format(new DatabaseTimeoutError("Neo4j ended a transaction at bolt://db"));
    expect(formatted.extensions?.code).toBe("REQUEST_TIMEOUT");
    expect(JSON.stringify(formatted)).not.toMatch(/bolt|Neo4j/);
  });

  it("reports the database's failures with the code the client got, not as defects", () => {
    const masked: unknown[] = [];
    const failures: [Error, string][] = [];
    const formatError = createFormatError(
      (e) => masked.push(e),
      (e, code) => failures.push([e, code]),
    );
    const down = new DatabaseUnavailableError("Neo4j is unavailable (Neo.TransientError.X)");
    const late = new DatabaseTimeoutError("Neo4j ended a transaction at its timeout");
    for (const error of [down, late]) {
      const wrapped = new GraphQLError("x", { path: ["meetings"], originalError: error });
      formatError({ message: "x", path: ["meetings"] }, wrapped);
    }
    expect(failures).toEqual([
      [down, "SERVICE_UNAVAILABLE"],
      [late, "REQUEST_TIMEOUT"],
    ]);
    expect(masked).toEqual([]);
  });

  it("keeps the code of an API error that a validation rule reported", () => {
    const limit = new QueryLimitError("too deep", "QUERY_TOO_DEEP", 3);
    const wrapped = new GraphQLError(limit.message, {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      originalError: limit,
    });
    const formatted = createFormatError()({ message: limit.message }, wrapped);
    expect(formatted.extensions).toEqual({ code: "QUERY_TOO_DEEP", limit: 3 });
  });

  it("masks everything else as INTERNAL_SERVER_ERROR and reports it", () => {
    const seen: unknown[] = [];
    const error = new DatabaseQueryError(
      "Neo4j rejected MATCH (n) at bolt://db",
      "Neo.ClientError.X",
    );
    const wrapped = new GraphQLError("x", { path: ["a"], originalError: error });
    const formatted = createFormatError((e) => seen.push(e))(
      { message: "x", path: ["a"] },
      wrapped,
    );
    expect(formatted).toMatchObject({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(seen).toEqual([error]);
  });

  it("names the request being served in the service's own failures only", () => {
    runInRequest({ requestId: "req-9" }, () => {
      expect(format(new Error("a defect")).extensions).toEqual({
        code: "INTERNAL_SERVER_ERROR",
        requestId: "req-9",
      });
      expect(format(new DatabaseUnavailableError("down")).extensions).toMatchObject({
        requestId: "req-9",
      });
      expect(format(new BadUserInputError("bad date")).extensions).not.toHaveProperty("requestId");
    });
    expect(format(new Error("a defect")).extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  });
});
