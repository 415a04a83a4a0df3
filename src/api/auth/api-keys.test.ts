import { describe, expect, it } from "vitest";
import { authenticate, hasRole } from "./api-keys.js";

const keys = [
  { role: "read" as const, key: "read-key-0123456789" },
  { role: "ingest" as const, key: "ingest-key-0123456789" },
];

describe("authenticate", () => {
  it("finds the role of a bearer key or an X-API-Key header", () => {
    expect(authenticate(keys, { authorization: "Bearer ingest-key-0123456789" })).toEqual({
      kind: "key",
      role: "ingest",
    });
    expect(authenticate(keys, { "x-api-key": "read-key-0123456789" })).toEqual({
      kind: "key",
      role: "read",
    });
  });

  it("tells a missing key from a wrong, truncated, extended or malformed one", () => {
    expect(authenticate(keys, {})).toEqual({ kind: "anonymous" });
    for (const value of [
      "Bearer read-key-012345678",
      "Bearer read-key-01234567890",
      "Bearer READ-KEY-0123456789",
      "Basic cmVhZA==",
      "Bearer",
    ]) {
      expect(authenticate(keys, { authorization: value })).toEqual({ kind: "invalid" });
    }
    expect(authenticate([], { authorization: "Bearer read-key-0123456789" })).toEqual({
      kind: "invalid",
    });
  });

  it("lets an ingest key read but not a read key ingest", () => {
    expect(hasRole({ kind: "key", role: "ingest" }, "read")).toBe(true);
    expect(hasRole({ kind: "key", role: "read" }, "ingest")).toBe(false);
    expect(hasRole({ kind: "anonymous" }, "read")).toBe(false);
  });
});
