import { describe, expect, it } from "vitest";
import { lowerCase } from "./letter-case.js";

describe("lowerCase", () => {
  it("lower-cases the dotted capital I to a plain i", () => {
    expect(lowerCase("TÜRKİYE")).toBe("türkiye");
    expect(lowerCase("ŞİMŞEK")).toBe("şimşek");
  });
  it("lower-cases other capitals as usual", () => {
    expect(lowerCase("NAIROBI Ledger")).toBe("nairobi ledger");
  });
});
