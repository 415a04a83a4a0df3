import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "./lucene-query.js";

describe("full-text queries", () => {
  it("escapes every Lucene operator in user text", () => {
    expect(toLuceneQuery("Lee Jae-myung")).toBe("(Lee OR Lee*) AND (Jae\\-myung OR Jae\\-myung*)");
    expect(toLuceneQuery('a:b "c" (d)')).toContain('\\"c\\"');
  });

  it("rejects empty text", () => {
    expect(() => toLuceneQuery("   ")).toThrow(/empty/);
  });
});
