/** ISO date prefixes ("2026-01-13", "2026-01", "2026") and the intervals they name. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The [start, end) interval of a prefix, as Date objects at UTC midnight. */
export function intervalOf(prefix) {
  const [year, month, day] = prefix.split("-").map(Number);
  if (day) return [utc(year, month - 1, day), utc(year, month - 1, day + 1)];
  if (month) return [utc(year, month - 1, 1), utc(year, month, 1)];
  return [utc(year, 0, 1), utc(year + 1, 0, 1)];
}

function utc(year, monthIndex, day) {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** "13 Jan 2026", "Jan 2026" or "2026", by the prefix's own precision. */
export function formatDate(prefix) {
  if (!prefix) return "undated";
  const [year, month, day] = prefix.split("-").map(Number);
  if (day) return `${day} ${MONTHS[month - 1]} ${year}`;
  if (month) return `${MONTHS[month - 1]} ${year}`;
  return String(year);
}

/** Every "YYYY-MM" from `first` to `last` inclusive, so empty months show as gaps. */
export function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split("-").map(Number);
  const [lastYear, lastMonth] = last.split("-").map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** "Jan 26" for a "2026-01" period: short enough for a chart axis. */
export function formatMonthShort(period) {
  const [year, month] = period.split("-").map(Number);
  return `${MONTHS[month - 1]} ${String(year).slice(2)}`;
}
