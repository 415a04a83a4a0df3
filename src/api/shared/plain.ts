/**
 * Turns what the executor returns into plain JSON values: Neo4j integers into
 * numbers, temporal values into their ISO strings. Duck-typed, because only
 * src/graph/ may import neo4j-driver.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  const candidate = value as Record<string, unknown> & { toNumber?: () => number };
  if (typeof candidate.toNumber === "function" && "low" in candidate && "high" in candidate) {
    return candidate.toNumber();
  }
  if ("year" in candidate && "month" in candidate && "day" in candidate) return String(value);
  return Object.fromEntries(Object.entries(candidate).map(([k, v]) => [k, toPlain(v)]));
}
