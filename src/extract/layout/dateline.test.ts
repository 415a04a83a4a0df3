import { describe, it, expect } from "vitest";
import { readDateline } from "./dateline.js";

describe("readDateline", () => {
  it("reads a wire dateline with an agency", () => {
    const line = "BERLIN, May 4 (Reuters) -- Germany said on Sunday";
    const dateline = readDateline(line);
    expect(dateline?.place).toBe("BERLIN");
    expect(dateline?.agency).toBe("Reuters");
    expect(line.slice(dateline?.length)).toBe("Germany said on Sunday");
  });
  it("reads a place in mixed case with a country and an agency", () => {
    const dateline = readDateline("Osaka, Japan, Nov. 2 (Kyodo)--Leaders met");
    expect(dateline?.agency).toBe("Kyodo News");
  });
  it("reads a capitalised place with an em dash", () => {
    expect(readDateline("NAIROBI — Kenya and Ethiopia")?.place).toBe("NAIROBI");
  });
  it("reads a day-first date with an en dash and a capitalised place with a colon", () => {
    const dateline = readDateline("Lima, 3 May (Andes Wire) – Peru said on Sunday");
    expect(dateline?.place).toBe("Lima");
    expect(dateline?.agency).toBe("Andes Wire");
    expect(readDateline("SANTIAGO: Chile and Peru agreed")?.place).toBe("SANTIAGO");
  });
  it("does not read an ordinary sentence", () => {
    expect(readDateline("Kenya and Ethiopia - two neighbours - met")).toBeUndefined();
  });
  it("reads a city in capitals with its state after it", () => {
    expect(readDateline("BODØ, Norway — The wind was strong.")?.place).toBe("BODØ, Norway");
  });
});
