import { DATELINE_AGENCIES } from "../data/publishers.js";

/** A wire dateline at the start of a body: "SEOUL, March 3 (Yonhap) --", "Lima, 3 May (Andina) –", "LIMA:". */
export interface Dateline {
  /** Length of the dateline, separator and following spaces. */
  length: number;
  place: string;
  agency?: string;
}

const DATELINE =
  /^(?<place>[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*)*?)(?:,\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\((?<agency>[^()]{2,60})\))?\s*(?:--|—|–|-|:(?=\s))\s*/u;

/**
 * Reads a dateline at the start of a paragraph. A place alone counts only in
 * capitals ("TOKYO —"); otherwise a date or an agency must follow it.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups?.place) return undefined;
  const place = groups.place.replace(/,$/, "").trim();
  // "TOKYO —", or the city in capitals and its state after it: "BODØ, Norway —".
  const city = place.split(",")[0]?.trim() ?? "";
  const placeInCapitals = city === city.toUpperCase() && /\p{Lu}{3,}/u.test(city);
  if (!placeInCapitals && !groups.date && !groups.agency) return undefined;
  if (place.split(/\s+/).length > 6) return undefined;
  const agency = groups.agency?.trim();
  return {
    length: match[0].length,
    place,
    ...(agency ? { agency: DATELINE_AGENCIES[agency.toLowerCase()] ?? agency } : {}),
  };
}
