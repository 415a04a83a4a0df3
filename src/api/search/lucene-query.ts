import { BadUserInputError } from "../errors/api-error.js";

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a Lucene query that matches its words literally (every
 * operator escaped), each word also as a prefix, so that "takai" finds Takaichi.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(SPECIAL, "\\$&"));
  if (words.length === 0) throw new BadUserInputError('"text" is empty', "text");
  return words.map((w) => `(${w} OR ${w}*)`).join(" AND ");
}
