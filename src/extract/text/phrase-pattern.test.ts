import { describe, expect, it } from "vitest";
import { phrasePattern } from "./phrase-pattern.js";

describe("phrasePattern", () => {
  const titles = [
    "Minister",
    "Minister for Health",
    "Minister of Health",
    "Prime Minister",
    "U.S. Envoy (Acting)",
  ];
  const whole = new RegExp(`^${phrasePattern(titles)}$`, "u");

  it("matches each phrase and nothing else", () => {
    for (const title of titles) expect(whole.test(title), title).toBe(true);
    for (const other of ["Minister for", "Minister of Healt", "Prime", "U_S_ Envoy (Acting)", ""]) {
      expect(whole.test(other), other).toBe(false);
    }
  });

  it("prefers the longest phrase, and falls back to a shorter one when the rest needs it", () => {
    const titled = new RegExp(`(?<title>${phrasePattern(titles)}) (?<name>\\w+)`, "u");
    expect(titled.exec("Minister for Health Jane Roe")?.groups).toMatchObject({
      title: "Minister for Health",
      name: "Jane",
    });
    expect(titled.exec("Minister for Jane")?.groups).toMatchObject({
      title: "Minister",
      name: "for",
    });
  });

  it("shares the phrases' common beginnings", () => {
    expect(phrasePattern(["Minister for Health", "Minister of Health"])).toBe(
      "(?:Minister (?:for Health|of Health))",
    );
  });
});
