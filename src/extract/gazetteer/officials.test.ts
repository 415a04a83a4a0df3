import { describe, it, expect } from "vitest";
import { officeAt, parseGazetteer } from "./officials.js";

const gazetteer = parseGazetteer({
  version: 1,
  officials: [
    {
      id: "ana-ruiz",
      name: "Ana Ruiz",
      surname: "Ruiz",
      gender: "f",
      country: "ESP",
      offices: [
        {
          title: "Foreign Minister",
          role: "foreign-minister",
          from: "2018-01-01",
          to: "2021-12-31",
        },
        { title: "Prime Minister", role: "head-of-government", from: "2022-01-10" },
      ],
    },
  ],
});
const official = gazetteer.officials[0]!;

describe("officeAt", () => {
  it("chooses the office in force on the article's date", () => {
    expect(officeAt(official, "2020-06-01")?.title).toBe("Foreign Minister");
    expect(officeAt(official, "2024-06-01")?.title).toBe("Prime Minister");
  });
  it("falls back to the latest office begun before a gap", () => {
    expect(officeAt(official, "2022-01-05")?.title).toBe("Foreign Minister");
  });
  it("falls back to the first office before any term", () => {
    expect(officeAt(official, "2010-01-01")?.title).toBe("Foreign Minister");
  });
});

describe("parseGazetteer", () => {
  it("defaults aliases to none", () => {
    expect(official.aliases).toEqual([]);
  });
  it("rejects an unknown role with the file name", () => {
    const bad = {
      version: 1,
      officials: [{ ...official, offices: [{ title: "X", role: "king", from: "2020-01-01" }] }],
    };
    expect(() => parseGazetteer(bad, "test.json")).toThrow(/test\.json/);
  });
});

describe("the bundled gazetteer", () => {
  it("validates and gives every official a country code and an office", async () => {
    const { loadGazetteer } = await import("./officials.js");
    const bundled = loadGazetteer();
    for (const o of bundled.officials) expect(o.country).toMatch(/^[A-Z]{3}$/);
    expect(bundled.officials.every((o) => o.offices.length > 0)).toBe(true);
  });
});
