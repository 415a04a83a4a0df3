/**
 * Turns the rows the executor returns into the API's plain values, in place, in one walk:
 * temporal values become their ISO strings (the driver already returns integers as
 * numbers), missing values null, and every object gets the `asOf` of its query
 * (row.ts). Duck-typed, because only src/graph/ may import neo4j-driver. In place and
 * in one pass because the rows are fresh objects of this request, and a page of a
 * timeline holds thousands of them: copying each (as a first version did, then walking
 * the copies again to stamp them) was the API's costliest function of its own.
 */
export function toPlainStamped<T>(rows: unknown[], asOf: string | null): T[] {
  for (let i = 0; i < rows.length; i++) rows[i] = plainStamped(rows[i], asOf);
  return rows as T[];
}

function plainStamped(value: unknown, asOf: string | null): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = plainStamped(value[i], asOf);
    return value;
  }
  const record = value as Record<string, unknown>;
  if (isInteger(record)) return record.toNumber();
  if ("year" in record && "month" in record && "day" in record) return String(value);
  for (const key in record) record[key] = plainStamped(record[key], asOf);
  record.asOf = asOf;
  return record;
}

/** A neo4j.Integer, should a statement's integers ever come back lossless. */
function isInteger(
  record: Record<string, unknown>,
): record is Record<string, unknown> & { toNumber(): number } {
  return typeof record.toNumber === "function" && "low" in record && "high" in record;
}
