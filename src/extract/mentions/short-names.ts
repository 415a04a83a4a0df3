import { type PlaceMention } from "./find-places.js";

// A short name that names one state by default and another in articles about that other:
// "Congo" is the Republic of the Congo (world-countries' spelling) unless the article names
// the Democratic Republic of the Congo ("DRC", "Kinshasa", "Congolese" leaders of it) and
// never the Republic by any other name.
// "Dominican" is the Dominican Republic's unless the article names Dominica and never the
// republic ("Dominican Prime Minister Roosevelt Skerrit", told with Roseau).
const SHORT_NAMES: Readonly<Record<string, { usual: string; other: string }>> = {
  Congo: { usual: "COG", other: "COD" },
  Dominican: { usual: "DOM", other: "DMA" },
};

/** The article's places, with each ambiguous short name read as the state the article is about. */
export function resolveShortNames(places: readonly (readonly PlaceMention[])[]): PlaceMention[][] {
  const all = places.flat();
  const namedOtherwise = (code: string): boolean =>
    all.some((p) => !(p.surface in SHORT_NAMES) && p.codes.length === 1 && p.codes[0] === code);
  return places.map((sentence) =>
    sentence.map((p) => {
      const short = SHORT_NAMES[p.surface];
      if (!short || namedOtherwise(short.usual) || !namedOtherwise(short.other)) return p;
      return { ...p, codes: [short.other] };
    }),
  );
}
