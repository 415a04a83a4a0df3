import { dateInterval } from "../../domain/dates.js";
import { BadUserInputError } from "../errors/api-error.js";

/** Bounds that stand for "no bound" in an index seek: every stored date lies between. */
export const EARLIEST_DAY = "0001-01-01";
export const LATEST_DAY = "9999-12-31";

/** An inclusive range of days, from the `from`/`to` arguments (either may be open). */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/**
 * Parses `from` and `to` (ISO prefixes "2026", "2026-01", "2026-01-13"): `from` starts
 * at the first day of its interval and `to` ends at the last day of its own.
 */
export function parseDayRange(from?: string | null, to?: string | null): DayRange {
  const start = from == null ? null : parseDatePrefix(from, "from").start;
  const end = to == null ? null : parseDatePrefix(to, "to").end;
  if (start !== null && end !== null && start > end) {
    throw new BadUserInputError(`"from" (${from}) is after "to" (${to})`, "from");
  }
  return { from: start, to: end };
}

/** The last day that `asOf` names ("2026-01" is as of 31 January 2026), or null. */
export function parseAsOf(asOf?: string | null): string | null {
  return asOf == null ? null : parseDatePrefix(asOf, "asOf").end;
}

/** The inclusive interval of one ISO date prefix, or a BAD_USER_INPUT error naming `argument`. */
export function parseDatePrefix(value: string, argument: string): { start: string; end: string } {
  const interval = dateInterval(value.trim());
  if (interval === undefined) {
    throw new BadUserInputError(
      `"${argument}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`,
      argument,
    );
  }
  return interval;
}

/** The day one year before `day`: no dated fact spans more than a year, so a seek may start there. */
export function yearBefore(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  return `${String(Math.max(year, 1)).padStart(4, "0")}${day.slice(4)}`.replace(
    /-02-29$/,
    "-02-28",
  );
}
