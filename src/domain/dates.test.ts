import { describe, expect, it } from "vitest";
import { dateInterval, isDatePrefix, precisionOf } from "./dates.js";

describe("dateInterval", () => {
  it("spans a whole month, leap years included", () => {
    expect(dateInterval("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(dateInterval("2026-01")).toEqual({ start: "2026-01-01", end: "2026-01-31" });
  });

  it("spans a whole year and a single day", () => {
    expect(dateInterval("2026")).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(dateInterval("2026-01-13")).toEqual({ start: "2026-01-13", end: "2026-01-13" });
  });

  it("rejects days and months that do not exist", () => {
    expect(isDatePrefix("2026-02-30")).toBe(false);
    expect(isDatePrefix("2026-13")).toBe(false);
    expect(isDatePrefix("Jan 2026")).toBe(false);
  });

  it("reads the precision from the form", () => {
    expect(precisionOf("2026")).toBe("year");
    expect(precisionOf("2026-01")).toBe("month");
    expect(precisionOf("2026-01-13")).toBe("day");
  });
});
