import * as chrono from "chrono-node";

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * Finds the first complete calendar date (day, month and year all written) in a
 * line such as "Posted January. 14, 2026 10:02" or "Thu 17 Apr 2025 14.20 BST".
 * Returns it as YYYY-MM-DD, or undefined when the line has no complete date.
 */
export function findFullDate(line: string): string | undefined {
  const iso = ISO_DAY.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // "January. 14" (a period after a month name) trips chrono up; a space keeps offsets.
  const normalised = line.replace(/\b([A-Z][a-z]{2,8})\.(?=\s*\d)/g, "$1 ");
  for (const result of chrono.en.parse(normalised)) {
    const { start } = result;
    if (start.isCertain("year") && start.isCertain("month") && start.isCertain("day")) {
      return formatDay(start.get("year"), start.get("month"), start.get("day"));
    }
  }
  return undefined;
}

/** Formats a year, month and day as YYYY-MM-DD. */
export function formatDay(year: number | null, month: number | null, day: number | null): string {
  const pad = (n: number | null): string => String(n ?? 1).padStart(2, "0");
  return `${String(year ?? 0).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}
