import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(english);

/** Names that differ from, or codes beside, ISO 3166-1 alpha-3: actors that news treats as states. */
const EXTRA_ACTORS: Readonly<Record<string, string>> = {
  XKX: "Kosovo",
  // The ISO short name ("Taiwan, Province of China") takes a side that news reports do not.
  TWN: "Taiwan",
  EUU: "European Union",
};

/** The English short name of a state by its alpha-3 code, or undefined for an unknown code. */
export function countryName(code: string): string | undefined {
  return EXTRA_ACTORS[code] ?? countries.getName(code, "en", { select: "official" }) ?? undefined;
}

/** True for an ISO 3166-1 alpha-3 code or one of the few accepted extras (Kosovo, the EU). */
export function isKnownCountryCode(code: string): boolean {
  return countryName(code) !== undefined;
}
