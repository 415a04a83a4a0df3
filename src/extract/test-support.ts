import { type Analysis, analyzeArticle } from "./analyze.js";

/** Analyses a body of paragraphs separated by blank lines, as a test fixture. */
export function analyzeBody(body: string, publishedAt = "2024-05-08"): Analysis {
  return analyzeArticle(body, publishedAt);
}

/** The name of the entity with a local id, for readable assertions. */
export function nameOf(analysis: Analysis, id: string): string | undefined {
  return analysis.entities.find((e) => e.id === id)?.name;
}
