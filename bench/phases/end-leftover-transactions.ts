import { type GraphExecutor } from "../../src/graph/executor.js";
import { benchCypher } from "../cypher/index.js";

/**
 * The metadata of W2's writer's transactions, which are left running: W2 times reads while
 * it loads (bench/cypher/admin/running-transactions.cypher knows it by this).
 */
export const W2_WRITER = { benchmark: "w2-writer" } as const;

/** How a window's log line reports the statements stopped after it (nothing when none). */
export function leftoverNote(stopped: number): string {
  return stopped > 0 ? `, ${stopped} statements left running, stopped` : "";
}

/**
 * Stops the statements a peer's abandoned requests left running, and returns how many it
 * stopped. A request that times out at the client (autocannon gives up after 60 s) goes on
 * in Neo4j: at the 1m tier, P1's abandoned 40-year pages kept both cores busy through every
 * measurement after them (load average 43), so each timing window now starts on a quiet
 * database. Nothing of the benchmark's own runs between windows but W2's writer, whose
 * transactions carry W2_WRITER and are kept.
 */
export async function endLeftoverTransactions(executor: GraphExecutor): Promise<number> {
  const options = { database: executor.database };
  const running = await executor.driver.executeQuery(
    benchCypher("admin/running-transactions"),
    {},
    options,
  );
  const ids = running.records.map((r) => String(r.get("transactionId")));
  if (ids.length > 0) {
    await executor.driver.executeQuery(
      benchCypher("admin/terminate-transactions"),
      { ids },
      options,
    );
  }
  return ids.length;
}
