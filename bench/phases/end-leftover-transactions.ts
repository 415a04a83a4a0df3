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

/** How long a peer must show no activity before the next window starts. */
const QUIET_MS = 1000;
/** How often the running transactions and the peer's statement count are read. */
const POLL_MS = 250;
/** A peer still busy after this long is reported, and the run goes on. */
const DRAIN_LIMIT_MS = 300_000;

/**
 * Stops the statements a peer's abandoned requests left running, until the peer has been
 * quiet for a second, and returns how many it stopped. A request that times out at the
 * client (autocannon gives up after 60 s) goes on in Neo4j: at the 1m tier, P1's abandoned
 * 40-year pages kept both cores busy through every measurement after them (load average
 * 43). And an abandoned request can start statements after one is stopped: P2 runs one per
 * field, and at 100k its abandoned requests ran 93 statements into the next window (P0's,
 * at one connection) after the running ones had been stopped once. So this stops what runs
 * and polls until neither a transaction runs nor the peer's count of statements started
 * (`statementsStarted`) has moved for QUIET_MS. Nothing of the benchmark's own runs
 * between windows but W2's writer, whose transactions carry W2_WRITER and are kept.
 */
export async function endLeftoverTransactions(args: {
  executor: GraphExecutor;
  /** How many statements the window's peer has started so far (its /__bench/statements). */
  statementsStarted?: () => Promise<number>;
  /** Reports a peer that is still busy after DRAIN_LIMIT_MS. */
  warn?: (line: string) => void;
  quietMs?: number;
}): Promise<number> {
  const quietMs = args.quietMs ?? QUIET_MS;
  const began = performance.now();
  let stopped = 0;
  // A peer busy with its backlog may fail to answer (a reset connection): that counts as
  // activity, and the next poll asks again.
  const countStarted = (): Promise<number | undefined> =>
    args.statementsStarted ? args.statementsStarted().catch(() => NaN) : Promise.resolve(undefined);
  let started = await countStarted();
  let quietSince = began;
  for (;;) {
    const ids = await runningTransactions(args.executor);
    if (ids.length > 0) await terminateTransactions(args.executor, ids);
    stopped += ids.length;
    const nowStarted = await countStarted();
    if (ids.length > 0 || nowStarted !== started) quietSince = performance.now();
    started = nowStarted;
    if (performance.now() - quietSince >= quietMs) return stopped;
    if (performance.now() - began >= DRAIN_LIMIT_MS) {
      args.warn?.(
        `  the peer was still starting statements ${DRAIN_LIMIT_MS / 1000} s after the window`,
      );
      return stopped;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function runningTransactions(executor: GraphExecutor): Promise<string[]> {
  const { records } = await executor.driver.executeQuery(
    benchCypher("admin/running-transactions"),
    {},
    { database: executor.database },
  );
  return records.map((r) => String(r.get("transactionId")));
}

async function terminateTransactions(executor: GraphExecutor, ids: string[]): Promise<void> {
  await executor.driver.executeQuery(
    benchCypher("admin/terminate-transactions"),
    { ids },
    { database: executor.database },
  );
}
