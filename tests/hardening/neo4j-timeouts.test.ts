import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import { DatabaseTimeoutError } from "../../src/graph/errors.js";
import { GraphExecutor } from "../../src/graph/executor.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";
import { codes, httpWith, postJson } from "./hardening-harness.js";

/**
 * Neo4j's own transaction timeout, end to end: the real server ends a transaction that
 * runs past the timeout the executor sent, the driver reports it with Neo4j's code, and
 * src/graph/errors.ts maps it to REQUEST_TIMEOUT (not a masked INTERNAL_SERVER_ERROR).
 * The statement behind `countries` is swapped for one that counts for minutes, since no
 * statement of the API is slow on a test graph.
 */
const COUNT_FOR_MINUTES = readFileSync(
  projectPath("tests/fixtures/cypher/count-for-minutes.cypher"),
  "utf8",
);
// Neo4j checks timeouts every 2 s (db.transaction.monitor.check.interval): the statement
// ends within about that, far from the minutes it would take and the API's deadline.
const TRANSACTION_TIMEOUT_MS = 200;
const ENDED_WITHIN_MS = 20_000;
const REQUEST_TIMEOUT_MS = 120_000;

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph?.close());

/** An executor on the suite's database whose `api/find-countries` counts for minutes. */
function slowExecutor(options: { retryReads?: boolean }): GraphExecutor {
  const registry = { ...loadCypherRegistry(), "api/find-countries": COUNT_FOR_MINUTES };
  return new GraphExecutor(graph.executor.driver, graph.executor.database, registry, {
    ...options,
    transactionTimeoutMs: TRANSACTION_TIMEOUT_MS,
  });
}

describe("Neo4j's transaction timeout", () => {
  it("ends a read at the executor's timeout as a DatabaseTimeoutError, not retried", async () => {
    const started = Date.now();
    const failure = await slowExecutor({ retryReads: true })
      .read("api/find-countries")
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseTimeoutError);
    const cause = (failure as Error).cause as { code?: string } | undefined;
    expect(cause?.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    // A retried timeout would run again for the driver's retry window (30 s).
    expect(Date.now() - started).toBeLessThan(ENDED_WITHIN_MS);
  });

  it("answers an API request whose transaction Neo4j ended with REQUEST_TIMEOUT", async () => {
    const logged: unknown[] = [];
    const failures: { code: string; cause: string | undefined }[] = [];
    const server = await httpWith({
      executor: slowExecutor({ retryReads: false }),
      env: { DIPLOGRAPH_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) },
      logError: (error) => logged.push(error),
      logDatabaseFailure: (error, code) =>
        failures.push({ code, cause: (error.cause as { code?: string } | undefined)?.code }),
    });
    try {
      const started = Date.now();
      const answer = await postJson(server.url, { query: "{ countries { code } }" });
      expect(Date.now() - started).toBeLessThan(ENDED_WITHIN_MS);
      expect(codes(answer.body), JSON.stringify(answer.body)).toEqual(["REQUEST_TIMEOUT"]);
      // Neo4j's answer, not the HTTP deadline's ("took longer than 120000 ms").
      expect(answer.body.errors?.[0]?.message).toBe(
        "The request took longer than its time limit and was abandoned.",
      );
      expect(logged).toEqual([]);
      // Not a defect to mask, but the operator's log still gets Neo4j's own code.
      expect(failures).toEqual([
        { code: "REQUEST_TIMEOUT", cause: expect.stringMatching(/TransactionTimedOut/) },
      ]);
    } finally {
      await server.close();
    }
  });
});
