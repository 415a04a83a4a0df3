import { createHash } from "node:crypto";

/**
 * Graph keys, derived in one place from record content, so that every producer of
 * records and every article that names the same entity meets at the same node.
 */

/** Case, accents and punctuation folded away: "Lee Jae-myung" -> "lee jae myung". */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A person's key: the folded name as a slug ("lee-jae-myung"). */
export function personKey(name: string): string {
  return foldName(name).replace(/ /g, "-");
}

/** An organization's key, by the same rule as a person's. */
export function organizationKey(name: string): string {
  return personKey(name);
}

/** A topic's key: kind and its arguments, order-free ("cooperation:JPN,KOR,USA"). */
export function topicKey(kind: string, args: readonly string[]): string {
  return `${kind}:${[...new Set(args)].sort().join(",")}`;
}

/** The set of countries of a meeting as one comparable value ("JPN,KOR"). */
export function countrySetKey(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join(",");
}

/** The content hash that identifies an article: the same text is the same article. */
export function articleId(text: string): string {
  return sha256(text).slice(0, 32);
}

/** A short deterministic id from its parts (same parts, same id, in every run). */
export function stableId(...parts: readonly (string | undefined)[]): string {
  return sha256(JSON.stringify(parts)).slice(0, 24);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
