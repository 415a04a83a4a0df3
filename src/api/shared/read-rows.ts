import { type QueryName } from "../../graph/cypher-registry.js";
import { type GraphExecutor, type Params } from "../../graph/executor.js";
import { stableKey } from "../../lib/stable-key.js";
import { type Page, toPage } from "./page-info.type.js";
import { toPlainStamped } from "./plain.js";

/**
 * The API's statements take their optional arguments in maps: `$asOf` (`{date: null}` when
 * a request reads the graph as it is), `$filter` (a list's filters and the keyset of
 * `after`) and the nested plans (`$meetingPage`, `$stanceMatrix`, ...), never as nullable
 * parameters of their own. A parameter's type is part of Neo4j's plan cache key, so each
 * combination of null and set parameters would be a plan of its own, planned by the first
 * request that uses it, after the warm-up; a map is one type whatever it holds. Measured
 * on a fresh Neo4j after the warm-up, before this: the first request with `asOf` 12.8 s
 * (find-meetings), a leader's meetings 6.3 s, each new combination of leader filters
 * 2.4-3.2 s, of quote filters 1.2-1.4 s.
 */
export function asOfParam(asOf: string | null): { date: string | null } {
  return { date: asOf };
}

/** Runs one registered statement and returns its rows as plain values stamped with asOf. */
export async function readRows<T>(
  executor: GraphExecutor,
  name: QueryName,
  params: Params & { asOf: string | null },
): Promise<T[]> {
  const rows = await executor.read(name, { ...params, asOf: asOfParam(params.asOf) });
  return toPlainStamped<T>(rows, params.asOf);
}

/** Rows of a `... AS row` statement, keyed by `keyOf`. */
export function byKey<T>(rows: readonly { row: T }[], keyOf: (row: T) => string): Map<string, T> {
  return new Map(rows.map(({ row }) => [keyOf(row), row]));
}

/**
 * Pages of a timeline statement (`find-meetings`, `find-positions`) for several
 * scopes at once: one statement answers every scope, and each scope's rows become a
 * page (one row more than asked tells whether another page follows). Equal scopes (a
 * leader under two meetings of a page) are sent once: the statement groups rows by
 * scope, and two equal scopes would share, and double, one page. Each distinct scope is
 * keyed by its position, since one parent may ask two different scopes (aliases).
 * `params` are the statement's other parameters.
 */
export async function readScopedPages<T, S extends { key: string }, I extends object>(
  executor: GraphExecutor,
  args: {
    statement: QueryName;
    scopes: S[];
    first: number;
    desc: boolean;
    asOf: string | null;
    include: I;
    cursorOf: (row: T) => string;
    params?: Params;
  },
): Promise<Page<T>[]> {
  const distinct = new Map<string, S>();
  const slots = args.scopes.map((scope) => {
    const content = stableKey(scope);
    if (!distinct.has(content)) distinct.set(content, { ...scope, key: String(distinct.size) });
    return (distinct.get(content) as S).key;
  });
  const rows = await readRows<{ key: string; totalCount: number | null; rows: T[] }>(
    executor,
    args.statement,
    {
      ...args.params,
      scopes: [...distinct.values()],
      limit: args.first + 1,
      desc: args.desc,
      asOf: args.asOf,
      include: args.include,
    },
  );
  const byScope = new Map(rows.map((r) => [r.key, r]));
  return slots.map((slot) => {
    const result = byScope.get(slot);
    return toPage(result?.rows ?? [], {
      first: args.first,
      totalCount: result?.totalCount ?? 0,
      cursorOf: args.cursorOf,
    });
  });
}
