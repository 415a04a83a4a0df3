import { describe, expect, it } from "vitest";
import { toPlainStamped } from "./plain.js";

/** What the driver returns for a DATE: an object with the parts and an ISO toString. */
const driverDate = {
  year: 2026,
  month: 1,
  day: 13,
  toString: () => "2026-01-13",
};

describe("toPlainStamped", () => {
  it("stamps every object, nested ones included, with the query's asOf", () => {
    const rows = toPlainStamped<{ m: { countries: { code: string }[] } }>(
      [{ m: { id: "m1", countries: [{ code: "KOR" }, { code: "JPN" }] } }],
      "2026-01-14",
    );
    expect(rows).toEqual([
      {
        asOf: "2026-01-14",
        m: {
          asOf: "2026-01-14",
          id: "m1",
          countries: [
            { code: "KOR", asOf: "2026-01-14" },
            { code: "JPN", asOf: "2026-01-14" },
          ],
        },
      },
    ]);
  });

  it("turns temporal values into ISO strings and lossless integers into numbers", () => {
    const integer = { low: 7, high: 0, toNumber: () => 7 };
    const [row] = toPlainStamped<Record<string, unknown>>(
      [{ date: driverDate, count: integer, dates: [driverDate] }],
      null,
    );
    expect(row).toEqual({ date: "2026-01-13", count: 7, dates: ["2026-01-13"], asOf: null });
  });

  it("answers null for missing values and leaves absent keys absent", () => {
    const [row] = toPlainStamped<Record<string, unknown>>(
      [{ title: undefined, quotes: [null, undefined] }],
      null,
    );
    expect(row).toEqual({ title: null, quotes: [null, null], asOf: null });
    expect("sources" in (row as object)).toBe(false);
  });

  it("converts in place: the rows it returns are the rows it was given", () => {
    const rows: unknown[] = [{ id: "m1" }];
    const original = rows[0];
    expect(toPlainStamped(rows, null)[0]).toBe(original);
  });
});
