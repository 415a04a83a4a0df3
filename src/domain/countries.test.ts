import { describe, expect, it } from "vitest";
import { countryName, isKnownCountryCode, isState, regionOfState } from "./countries.js";

describe("countryName", () => {
  it("gives the common names that news uses", () => {
    expect(countryName("CHN")).toBe("China");
    expect(countryName("USA")).toBe("United States");
    expect(countryName("KOR")).toBe("South Korea");
    expect(countryName("PRK")).toBe("North Korea");
  });

  it("knows the accepted extras and rejects unknown codes", () => {
    expect(countryName("EUU")).toBe("European Union");
    expect(isKnownCountryCode("XKX")).toBe(true);
    expect(isKnownCountryCode("ZZZ")).toBe(false);
  });
});

describe("isState", () => {
  it("counts Kosovo and the ISO states, not the European Union", () => {
    expect(isState("XKX")).toBe(true);
    expect(isState("FRA")).toBe(true);
    expect(isState("EUU")).toBe(false);
  });
});

describe("regionOfState", () => {
  it("places a state in the region slug of its subregion or continent, where one fits", () => {
    expect(regionOfState("YEM")).toBe("middle-east");
    expect(regionOfState("SDN")).toBe("africa");
    expect(regionOfState("HTI")).toBe("latin-america");
    expect(regionOfState("MMR")).toBeUndefined();
    expect(regionOfState("XKX")).toBeUndefined();
  });
});
