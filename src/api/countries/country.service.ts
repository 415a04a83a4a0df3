import { type GraphExecutor } from "../../graph/executor.js";
import { byKey, readRows } from "../shared/read-rows.js";
import { type CounterpartCount, type Country } from "./country.type.js";

export interface CountryInclude {
  leaders: boolean;
  positions: boolean;
}

/** Countries by code, or all of them (codes null), ordered by code. */
export async function findCountries(
  executor: GraphExecutor,
  args: { codes: string[] | null; include: Partial<CountryInclude>; asOf: string | null },
): Promise<Country[]> {
  const rows = await readRows<{ row: Country }>(executor, "api/find-countries", {
    filter: { codes: args.codes }, // one map: see asOfParam in read-rows.ts
    asOf: args.asOf,
    include: { leaders: false, positions: false, ...args.include },
  });
  return rows.map((r) => r.row);
}

export async function findCountriesByCodes(
  executor: GraphExecutor,
  args: { keys: string[]; include: Record<string, boolean>; asOf: string | null },
): Promise<Map<string, Country>> {
  const countries = await findCountries(executor, {
    codes: args.keys,
    include: args.include,
    asOf: args.asOf,
  });
  return byKey(
    countries.map((row) => ({ row })),
    (c) => c.code,
  );
}

export async function countCounterparts(
  executor: GraphExecutor,
  args: { codes: string[]; from: string | null; to: string | null; asOf: string | null },
): Promise<Map<string, CounterpartCount[]>> {
  const rows = await readRows<{ code: string; counterparts: CounterpartCount[] }>(
    executor,
    "api/count-counterparts",
    // One map, not nullable parameters: see asOfParam in read-rows.ts.
    { codes: args.codes, filter: { from: args.from, to: args.to }, asOf: args.asOf },
  );
  return new Map(rows.map((r) => [r.code, r.counterparts]));
}
