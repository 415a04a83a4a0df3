import { Batcher } from "./batcher.js";

/**
 * A batcher whose items fall into groups (same asOf, same page arguments): each group
 * is one statement, run together, however many parents asked.
 */
export function groupedBatcher<Item, Result>(
  signature: (item: Item) => string,
  runGroup: (items: readonly Item[]) => Promise<readonly Result[]>,
): Batcher<Item, Result> {
  return new Batcher<Item, Result>(async (items) => {
    const groups = new Map<string, number[]>();
    items.forEach((item, i) => {
      const key = signature(item);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const results = new Array<Result>(items.length);
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const groupResults = await runGroup(indexes.map((i) => items[i] as Item));
        indexes.forEach((index, j) => (results[index] = groupResults[j] as Result));
      }),
    );
    return results;
  });
}

/** A request for one entity by key, with the nested parts its selection needs. */
export interface EntityRequest<Nested extends object = object> {
  key: string;
  include: object;
  asOf: string | null;
  /**
   * Nested parts planned from a field's arguments (a page of meetings, a ranking), each
   * projected for one set of arguments: requests that differ here are separate statements.
   */
  nested?: Nested;
}

/**
 * Loads entities by key: all keys of one asOf (and one set of nested plans) in one
 * statement, with the union of the nested parts that any requester asked for.
 */
export function entityBatcher<Row, Nested extends object = object>(
  fetch: (args: {
    keys: string[];
    include: Record<string, boolean>;
    asOf: string | null;
    nested: Nested | undefined;
  }) => Promise<Map<string, Row>>,
): Batcher<EntityRequest<Nested>, Row | null> {
  return groupedBatcher<EntityRequest<Nested>, Row | null>(
    (r) => JSON.stringify([r.asOf, r.nested ?? null]),
    async (requests) => {
      const include: Record<string, boolean> = {};
      for (const r of requests)
        for (const [part, wanted] of Object.entries(r.include)) include[part] ||= wanted === true;
      const keys = [...new Set(requests.map((r) => r.key))];
      const first = requests[0];
      const rows = await fetch({ keys, include, asOf: first?.asOf ?? null, nested: first?.nested });
      return requests.map((r) => rows.get(r.key) ?? null);
    },
  );
}
