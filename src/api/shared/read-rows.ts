import { type QueryName } from "../../graph/cypher-registry.js";
import { type GraphExecutor, type Params } from "../../graph/executor.js";
import { toPlain } from "./plain.js";
import { stampAsOf } from "./row.js";

/** Runs one registered statement and returns its rows as plain values stamped with asOf. */
export async function readRows<T>(
  executor: GraphExecutor,
  name: QueryName,
  params: Params & { asOf: string | null },
): Promise<T[]> {
  const rows = await executor.read(name, params);
  return stampAsOf(toPlain(rows) as T[], params.asOf);
}

/** Rows of a `... AS row` statement, keyed by `keyOf`. */
export function byKey<T>(rows: readonly { row: T }[], keyOf: (row: T) => string): Map<string, T> {
  return new Map(rows.map(({ row }) => [keyOf(row), row]));
}
