import { type DatePrecision } from "./vocabulary.js";

/** The days a dated fact stands for: inclusive ISO days. */
export interface DateInterval {
  start: string;
  end: string;
}

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of an ISO date prefix: "2026" year, "2026-01" month, "2026-01-13" day. */
export function precisionOf(date: string): DatePrecision {
  if (date.length === 10) return "day";
  return date.length === 7 ? "month" : "year";
}

/** Finer precision ranks higher: a day beats a month beats a year. */
export function precisionRank(precision: DatePrecision | undefined): number {
  return precision === "day" ? 3 : precision === "month" ? 2 : precision === "year" ? 1 : 0;
}

/**
 * The interval of an ISO date prefix, or undefined when it is not a real date
 * ("2026-02-30" and "2026-13" are rejected rather than rolled over).
 */
export function dateInterval(date: string): DateInterval | undefined {
  const match = DATE_PREFIX.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month === undefined) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  if (day === undefined)
    return { start: `${match[1]}-${mm}-01`, end: `${match[1]}-${mm}-${lastDay}` };
  if (day < 1 || day > lastDay) return undefined;
  return { start: date, end: date };
}

/** True when the string is an ISO date prefix naming a real day, month or year. */
export function isDatePrefix(date: string): boolean {
  return dateInterval(date) !== undefined;
}
