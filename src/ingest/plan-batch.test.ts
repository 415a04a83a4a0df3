import { describe, expect, it } from "vitest";
import { BatchCollector } from "./plan-batch.js";

describe("BatchCollector", () => {
  it("takes records up to the batch size", () => {
    const batch = new BatchCollector<number>(2);
    batch.add(1, { id: "a", url: null });
    expect(batch.accepts({ id: "b", url: null })).toBe(true);
    batch.add(2, { id: "b", url: null });
    expect(batch.accepts({ id: "c", url: null })).toBe(false);
    expect(batch.take()).toEqual([1, 2]);
    expect(batch.length).toBe(0);
    expect(batch.accepts({ id: "a", url: null })).toBe(true);
  });

  it("refuses a second version of an article or of a URL in the same batch", () => {
    const batch = new BatchCollector<number>(10);
    batch.add(1, { id: "a", url: "https://x/1" });
    expect(batch.accepts({ id: "a", url: null })).toBe(false);
    expect(batch.accepts({ id: "b", url: "https://x/1" })).toBe(false);
    expect(batch.accepts({ id: "b", url: "https://x/2" })).toBe(true);
  });
});
