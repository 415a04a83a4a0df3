import { describe, it, expect } from "vitest";
import { findPlaces } from "./find-places.js";
import { resolveShortNames } from "./short-names.js";

const codes = (text: string): string[] =>
  findPlaces(text).flatMap((m) => (m.region ? [m.region] : [...m.codes]));

describe("findPlaces", () => {
  it("knows cities where leaders are received, but not where a broadcaster is based", () => {
    expect(codes("He flew to Jeddah, then Istanbul, and spoke to the Dubai-based channel")).toEqual(
      ["SAU", "TUR"],
    );
  });
  it("finds names, short forms and adjectives of nationality", () => {
    expect(codes("The U.S. and Canadian envoys met Mexico's minister")).toEqual([
      "USA",
      "CAN",
      "MEX",
    ]);
  });
  it("does not read a currency such as US$ as a state", () => {
    expect(codes("Chile aims to lift exports to US$12 billion a year")).toEqual(["CHL"]);
    expect(codes("trade of 18 billion U.S. dollars, as the Japanese yen fell")).toEqual([]);
  });
  it("does not read a state's name in a sea's, nor a language, as the state", () => {
    expect(codes("jihadists reached the coastal states of the Gulf of Guinea")).toEqual([]);
    expect(codes("Faye, speaking in French through an interpreter, thanked Nigeria")).toEqual([
      "NGA",
    ]);
    // A demonym before a noun is still the state's.
    expect(codes("in French waters, and talks in Spanish ports")).toEqual(["FRA", "ESP"]);
  });
  it("reads a hyphenated group as several states", () => {
    expect(codes("Germany-France-Poland cooperation")).toEqual(["DEU", "FRA", "POL"]);
  });
  it("prefers a region over the state inside its name", () => {
    expect(codes("patrols in the South China Sea and the Taiwan Strait")).toEqual([
      "south-china-sea",
      "taiwan-strait",
    ]);
  });
  it("reads capitals as governments and marks them when they only locate", () => {
    const [moscow, berlin] = findPlaces("Moscow protested after talks in Berlin");
    expect(moscow?.codes).toEqual(["RUS"]);
    expect(moscow?.locative).toBe(false);
    expect(berlin?.locative).toBe(true);
  });
  it("skips a capital that begins an institution's name", () => {
    expect(codes("a fellow at the Nairobi Centre for Policy")).toEqual([]);
  });
  it("marks possessives and shifts offsets", () => {
    const [mention] = findPlaces("Kenya's plan", 10);
    expect(mention).toMatchObject({ start: 10, end: 15, possessive: true });
  });
  it("does not read an alternative spelling that is an English word or a name as a state", () => {
    expect(codes("Pacific Island countries, and the novels of Thomas Mann")).toEqual([]);
  });
  it("does not read the United Nations or a people as a state", () => {
    expect(codes("the United Nations helped Palestinians")).toEqual([]);
  });
  it("marks an adjective of nationality that only locates a city", () => {
    const [mention] = findPlaces("talks held in the Peruvian capital");
    expect(mention?.locative).toBe(true);
  });
  it("does not read continents, seas or features named after a state as states", () => {
    expect(codes("the North American trade pact and South America")).toEqual([]);
    expect(codes("the North Atlantic alliance met near the North Sea")).toEqual([]);
    expect(codes("the Jordan River, the Congo Basin and the Niger Delta")).toEqual([]);
    expect(codes("talks with the North stalled")).toEqual(["PRK"]);
    expect(codes("the North-South transport corridor")).toEqual([]);
  });
  it("reads short forms, adjectives and seats of government that world-countries lacks", () => {
    expect(codes("UK and Kazakh envoys met in Bogota")).toEqual(["GBR", "KAZ", "COL"]);
    expect(findPlaces("the Kremlin said")[0]?.form).toBe("capital");
  });
  it("reads the war in eastern Congo as the Democratic Republic's, and Congo alone as the Republic", () => {
    expect(codes("the wars in Sudan and eastern Congo")).toEqual(["SDN", "COD"]);
    expect(codes("Congo-Brazzaville and the Republic of Congo")).toEqual(["COG", "COG"]);
  });
});

describe("findPlaces: a state after a city", () => {
  it("takes 'in Bali, Indonesia' as locative, and 'Indonesia' alone as not", () => {
    const [place] = findPlaces("The last meeting took place in Bali, Indonesia, in 2022.").filter(
      (p) => p.surface === "Indonesia",
    );
    expect(place?.locative).toBe(true);
    expect(findPlaces("Indonesia hosted the talks.")[0]?.locative).toBe(false);
  });
});

describe("resolveShortNames", () => {
  const read = (text: string, surface = "Congo"): string[] =>
    resolveShortNames([findPlaces(text)])
      .flat()
      .filter((p) => p.surface === surface)
      .flatMap((p) => [...p.codes]);
  it("reads 'Congo' as the DRC in an article that names only the DRC otherwise", () => {
    expect(read("Rwanda and the DRC met. The accord commits Rwanda and Congo to peace.")).toEqual([
      "COD",
    ]);
  });
  it("reads 'Dominican' as the Dominican Republic's, unless the article names only Dominica", () => {
    expect(read("Dominican Foreign Minister Roberto Álvarez spoke.", "Dominican")).toEqual(["DOM"]);
    expect(
      read("Dominica's leader spoke in Roseau. The Dominican envoy agreed.", "Dominican"),
    ).toEqual(["DMA"]);
  });
  it("keeps 'Congo' the Republic's where the article names it, or names no DRC", () => {
    expect(read("Kinshasa and Brazzaville face each other. Congo exports oil.")).toEqual(["COG"]);
    expect(read("Congo exports oil.")).toEqual(["COG"]);
  });
});
