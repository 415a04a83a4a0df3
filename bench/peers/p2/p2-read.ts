import { type Driver } from "neo4j-driver";
import { toPlainStamped } from "../../../src/api/shared/plain.js";
import { benchCypher, type BenchQueryName } from "../../cypher/index.js";

/** Runs one P2 statement and returns its first column's values, as plain JSON. */
export type P2Read = <T>(name: BenchQueryName, params: Record<string, unknown>) => Promise<T[]>;

/** What every P2 resolver receives: a way to read, nothing batched or cached. */
export interface P2Context {
  read: P2Read;
}

/**
 * The naive way: each call is its own session and read transaction, as a resolver that
 * "just queries the database" does.
 */
export function p2Reader(driver: Driver, database: string): P2Read {
  return async <T>(name: BenchQueryName, params: Record<string, unknown>): Promise<T[]> => {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      const result = await session.executeRead((tx) => tx.run(benchCypher(name), params));
      const values: unknown[] = result.records.map((r) =>
        r.keys.length === 1 ? r.get(0) : r.toObject(),
      );
      // The API's own conversion (asOf stamps included, which P2's types ignore).
      return toPlainStamped<T>(values, null);
    } finally {
      await session.close();
    }
  };
}

/** ISO prefixes (the documents' `from`/`to`) as the days the statements compare. */
export function dayRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const first = from == null ? null : `${from}-01-01`.slice(0, 10);
  const last = to == null ? null : lastDayOf(to);
  return { from: first, to: last };
}

function lastDayOf(prefix: string): string {
  if (prefix.length === 10) return prefix;
  if (prefix.length === 4) return `${prefix}-12-31`;
  const [y, m] = prefix.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 1, 0)).toISOString().slice(0, 10);
}
