import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.js";

/**
 * Every Cypher statement diplograph runs, by name. A name is the path of its file
 * under `cypher/queries/` without the extension. Keeping the list here (and
 * checking it against the folder in a test) gives callers a closed union of names
 * and makes a missing file fail at boot rather than on the first request.
 */
export const QUERY_NAMES = [
  "api/count-counterparts",
  "api/find-articles",
  "api/find-articles-by-ids",
  "api/find-countries",
  "api/find-leaders",
  "api/find-leaders-by-ids",
  "api/find-meetings",
  "api/find-meetings-by-ids",
  "api/find-positions",
  "api/find-positions-by-ids",
  "api/find-quotes",
  "api/find-topics",
  "api/find-topics-by-keys",
  "api/meeting-stats",
  "api/search",
  "admin/await-indexes",
  "admin/count-graph",
  "admin/dump-nodes",
  "admin/dump-relationships",
  "admin/delete-all",
  "admin/ping",
  "export/article-facts",
  "export/find-meetings",
  "export/find-positions-without-meeting",
  "export/find-quotes-without-meeting",
  "ingest/find-articles",
  "ingest/remove-article",
  "ingest/prune-orphan-facts",
  "ingest/merge-articles",
  "ingest/merge-countries",
  "ingest/merge-organizations",
  "ingest/merge-persons",
  "ingest/merge-offices",
  "ingest/find-matching-meeting",
  "ingest/merge-meetings",
  "ingest/merge-topics",
  "ingest/merge-positions",
  "ingest/merge-quotes",
  "migrations/list-applied",
  "migrations/record-applied",
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

/** A loaded registry: statement text by name. */
export type CypherRegistry = Readonly<Record<QueryName, string>>;

/** Thrown at start-up when a registered statement has no file or an empty one. */
export class CypherRegistryError extends Error {
  override name = "CypherRegistryError";
}

let loaded: CypherRegistry | undefined;

/** Loads every registered statement once; later calls return the same registry. */
export function loadCypherRegistry(root = projectPath("cypher/queries")): CypherRegistry {
  if (loaded) return loaded;
  const entries = QUERY_NAMES.map((name) => [name, readStatement(root, name)] as const);
  loaded = Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
  return loaded;
}

function readStatement(root: string, name: QueryName): string {
  const file = `${root}/${name}.cypher`;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CypherRegistryError(`Cypher statement "${name}" has no file: expected ${file}`);
  }
  if (text.trim().length === 0) throw new CypherRegistryError(`${file} is empty`);
  return text;
}
