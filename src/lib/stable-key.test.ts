import { describe, expect, it } from "vitest";
import { stableKey } from "./stable-key.js";

class Args {
  first?: number | null;
  filter?: { from?: string | null; kinds?: string[] | null } | null;
}

describe("stableKey", () => {
  it("is the same for equal arguments in any key order, class or plain, null or absent", () => {
    const instance = Object.assign(new Args(), {
      filter: { kinds: ["summit"], from: "2020" },
      first: 5,
      after: undefined,
    });
    expect(stableKey(instance)).toBe(
      stableKey({ first: 5, filter: { from: "2020", kinds: ["summit"], to: null } }),
    );
  });

  it("differs when a value or the order of a list differs", () => {
    expect(stableKey({ first: 5 })).not.toBe(stableKey({ first: 6 }));
    expect(stableKey({ kinds: ["a", "b"] })).not.toBe(stableKey({ kinds: ["b", "a"] }));
    expect(stableKey({ filter: {} })).not.toBe(stableKey({ filter: { from: "2020" } }));
  });
});
