import { describe, expect, it } from "vitest";
import { checkPageSize, decodeCursor, encodeCursor } from "./cursor.js";

describe("cursors", () => {
  it("round-trips a position and stays opaque", () => {
    const cursor = encodeCursor({ list: "meetings", key: "2026-01-13", id: "abc" });
    expect(cursor).not.toContain("2026");
    expect(decodeCursor(cursor, "meetings")).toEqual({
      list: "meetings",
      key: "2026-01-13",
      id: "abc",
    });
    const undated = encodeCursor({ list: "meetings", key: null, id: "x" });
    expect(decodeCursor(undated, "meetings").key).toBeNull();
  });

  it.each([
    ["garbage", "not a cursor!"],
    ["base64 of non-JSON", Buffer.from("hello").toString("base64url")],
    ["JSON of the wrong shape", Buffer.from(JSON.stringify({ a: 1 })).toString("base64url")],
    ["an empty id", Buffer.from(JSON.stringify(["meetings", null, ""])).toString("base64url")],
    ["another list's cursor", encodeCursor({ list: "quotes", key: null, id: "q" })],
  ])("rejects %s as BAD_USER_INPUT", (_name, cursor) => {
    expect(() => decodeCursor(cursor, "meetings")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });

  it("caps page sizes at 100", () => {
    expect(checkPageSize(undefined)).toBe(20);
    expect(checkPageSize(100)).toBe(100);
    expect(() => checkPageSize(101)).toThrow(/between 0 and 100/);
    expect(() => checkPageSize(-1)).toThrow(/between 0 and 100/);
  });
});
