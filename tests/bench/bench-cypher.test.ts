import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { BENCH_QUERY_NAMES, benchCypher } from "../../bench/cypher/index.js";
import {
  endLeftoverTransactions,
  W2_WRITER,
} from "../../bench/phases/end-leftover-transactions.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph } from "../helpers/graph.js";

/** A statement that runs for minutes, as an abandoned request's would. */
const LONG_RUNNING = "UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)";

/** The transactions that carry W2's writer's metadata. */
async function writerTransactions(executor: GraphExecutor): Promise<string[]> {
  const { records } = await executor.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.benchmark = $tag RETURN transactionId",
    { tag: W2_WRITER.benchmark },
    { database: executor.database },
  );
  return records.map((r) => String(r.get("transactionId")));
}

/** The benchmark's own Cypher (P0, P2, the bare loader, sampling): listed and compiling. */
describe("the benchmark's Cypher statements", () => {
  let graph: OpenGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it("lists every file under bench/cypher", () => {
    const root = projectPath("bench/cypher");
    const files = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(root, d.name))
          .filter((f) => f.endsWith(".cypher"))
          .map((f) => `${d.name}/${f.replace(/\.cypher$/, "")}`),
      )
      .sort();
    expect([...BENCH_QUERY_NAMES].sort()).toEqual(files);
  });

  // SHOW SETTINGS and the admin commands are not queries that EXPLAIN takes: the smoke run
  // reads the settings, and the test below runs the admin commands.
  const explained = BENCH_QUERY_NAMES.filter(
    (n) => n !== "sample/neo4j-config" && !n.startsWith("admin/"),
  );
  it.each(explained)("%s compiles against the real database (EXPLAIN)", async (name) => {
    const text = benchCypher(name);
    expect(text.split("\n")[0]).toMatch(new RegExp(`^// ${name}\\(`));
    await expect(graph.executor.runSchemaStatement(`EXPLAIN ${text}`)).resolves.toBeDefined();
  });

  it("stops the statements left running, and nothing when none are", async () => {
    const executor = graph.executor;
    expect(await endLeftoverTransactions({ executor, quietMs: 0 })).toBe(0);
    const session = executor.driver.session({ database: executor.database });
    try {
      const abandoned = session.run(LONG_RUNNING).then(
        () => "finished",
        (error: Error) => error.message,
      );
      await expect
        .poll(() => endLeftoverTransactions({ executor, quietMs: 0 }), { timeout: 10_000 })
        .toBe(1);
      expect(await abandoned).toMatch(/terminated/);
      expect(await endLeftoverTransactions({ executor, quietMs: 0 })).toBe(0);
    } finally {
      await session.close();
    }
  });

  it("drains a peer whose abandoned request starts statements after one is stopped", async () => {
    const executor = graph.executor;
    const session = executor.driver.session({ database: executor.database });
    let started = 0;
    try {
      // An abandoned request of a peer that runs a statement per field (P2): each stopped
      // statement is followed by the next one, three in all.
      const chain = (async () => {
        for (let i = 0; i < 3; i++) {
          started += 1;
          await session.run(LONG_RUNNING).catch(() => undefined);
        }
      })();
      const drain = () =>
        endLeftoverTransactions({ executor, statementsStarted: async () => started });
      await expect.poll(drain, { timeout: 30_000 }).toBe(3);
      await chain;
      expect(await drain()).toBe(0);
    } finally {
      await session.close();
    }
  });

  it("takes a peer that fails to answer its count for a busy one, and asks again", async () => {
    let asked = 0;
    const statementsStarted = async (): Promise<number> => {
      asked += 1;
      if (asked <= 2) throw new Error("read ECONNRESET");
      return 7;
    };
    const executor = graph.executor;
    expect(await endLeftoverTransactions({ executor, statementsStarted, quietMs: 300 })).toBe(0);
    expect(asked).toBeGreaterThan(3);
  });

  it("keeps W2's writer's transactions running", async () => {
    const executor = graph.executor;
    const writer = executor.driver.session({ database: executor.database });
    const other = executor.driver.session({ database: executor.database });
    const ended = (error: Error) => error.message;
    try {
      const writing = writer
        .run(LONG_RUNNING, {}, { metadata: { ...W2_WRITER } })
        .then(() => "finished", ended);
      const abandoned = other.run(LONG_RUNNING).then(() => "finished", ended);
      // Only the other one is stopped, however often the leftovers are ended.
      await expect
        .poll(() => endLeftoverTransactions({ executor, quietMs: 0 }), { timeout: 10_000 })
        .toBe(1);
      expect(await abandoned).toMatch(/terminated/);
      expect(await endLeftoverTransactions({ executor, quietMs: 0 })).toBe(0);
      const writers = await writerTransactions(executor);
      expect(writers).toHaveLength(1);
      await executor.driver.executeQuery(
        benchCypher("admin/terminate-transactions"),
        { ids: writers },
        { database: executor.database },
      );
      expect(await writing).toMatch(/terminated/);
    } finally {
      await writer.close();
      await other.close();
    }
  });

  it("tags an executor's transactions with its metadata (how W2's writer is known)", async () => {
    const tagged = graph.executor.withOptions({ metadata: W2_WRITER });
    const seen = await tagged.writeTransaction(async (tx) => {
      await tx.run("admin/ping");
      return writerTransactions(graph.executor);
    });
    expect(seen).toHaveLength(1);
    expect(await writerTransactions(graph.executor)).toEqual([]);
  });
});
