import { describe, it, expect } from "vitest";
import { findFullDate } from "./find-full-date.js";

describe("findFullDate", () => {
  it("reads a posted line with a period after the month", () => {
    expect(findFullDate("Posted March. 3, 2024 08:00")).toBe("2024-03-03");
  });
  it("reads a day-month-year line with a weekday and time zone", () => {
    expect(findFullDate("Mon 6 Oct 2025 09.10 CEST")).toBe("2025-10-06");
  });
  it("reads an ISO date", () => {
    expect(findFullDate("Updated : 2023-07-09 11:00")).toBe("2023-07-09");
  });
  it("ignores a date without a year", () => {
    expect(findFullDate("BERLIN, May 4 (AFP) --")).toBeUndefined();
  });
});
