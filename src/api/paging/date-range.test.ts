import { describe, expect, it } from "vitest";
import { parseAsOf, parseDayRange, yearBefore } from "./date-range.js";

describe("date ranges", () => {
  it("takes from at the start and to at the end of their intervals", () => {
    expect(parseDayRange("2026-01", "2026-01")).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(parseDayRange("2024", "2024-02")).toEqual({ from: "2024-01-01", to: "2024-02-29" });
    expect(parseDayRange(null, "2026-01-13")).toEqual({ from: null, to: "2026-01-13" });
    expect(parseAsOf("2026-02")).toBe("2026-02-28");
    expect(parseAsOf(null)).toBeNull();
  });

  it.each(["2026-13", "2026-02-30", "26-01-01", "yesterday", ""])(
    "rejects %j as BAD_USER_INPUT",
    (value) => {
      expect(() => parseDayRange(value, null)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argument: "from" }),
        }),
      );
    },
  );

  it("rejects a range that ends before it starts", () => {
    expect(() => parseDayRange("2026-02", "2026-01")).toThrow(/after/);
  });

  it("seeks a year back, where the longest interval can start", () => {
    expect(yearBefore("2026-01-10")).toBe("2025-01-10");
    expect(yearBefore("2024-02-29")).toBe("2023-02-28");
  });
});
