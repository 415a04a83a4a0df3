import { describe, expect, it } from "vitest";
import { articleId, countrySetKey, personKey, stableId, topicKey } from "./keys.js";

describe("graph keys", () => {
  it("folds case, accents and punctuation out of person keys", () => {
    expect(personKey("Lee Jae-myung")).toBe("lee-jae-myung");
    expect(personKey("Luiz Inácio Lula da Silva")).toBe("luiz-inacio-lula-da-silva");
  });

  it("makes topic and country-set keys independent of argument order", () => {
    expect(topicKey("cooperation", ["USA", "KOR", "JPN"])).toBe(
      topicKey("cooperation", ["JPN", "USA", "KOR"]),
    );
    expect(countrySetKey(["KOR", "JPN", "KOR"])).toBe("JPN,KOR");
  });

  it("derives the same ids from the same content and different ids otherwise", () => {
    expect(articleId("text")).toBe(articleId("text"));
    expect(articleId("text")).not.toBe(articleId("text "));
    expect(stableId("a", "b")).not.toBe(stableId("ab"));
  });
});
