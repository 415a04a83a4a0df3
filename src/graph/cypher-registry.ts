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

/**
 * Loads every registered statement once, its fragments taken in (expandFragments) and
 * compacted (compactStatement); later calls return the same registry.
 */
export function loadCypherRegistry(
  root = projectPath("cypher/queries"),
  fragmentsRoot = projectPath("cypher/fragments"),
): CypherRegistry {
  if (loaded) return loaded;
  const entries = QUERY_NAMES.map((name) => [
    name,
    compactStatement(expandedStatement(name, root, fragmentsRoot)),
  ]);
  loaded = Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
  return loaded;
}

/** A registered statement as written, its fragments taken in: what the registry compacts. */
export function expandedStatement(
  name: QueryName,
  root = projectPath("cypher/queries"),
  fragmentsRoot = projectPath("cypher/fragments"),
): string {
  const readFragment = (fragment: string): { file: string; text: string | undefined } => {
    const file = `${fragmentsRoot}/${fragment}.cypher`;
    try {
      return { file, text: readFileSync(file, "utf8") };
    } catch {
      return { file, text: undefined };
    }
  };
  const { file, text } = readStatement(root, name);
  return expandFragments(text, { source: file, readFragment });
}

/**
 * A statement as it is sent: its header line (which names it in Neo4j's query log and in
 * SHOW TRANSACTIONS), then its Cypher without the other comment lines, indentation and blank
 * lines. The text travels with every request (Bolt has no prepared statements), and the
 * driver writes a message in 1,400-byte pieces, one socket write each: carrying
 * find-meetings' 28 kB as written cost a trivial statement 0.19 ms a request, its 18 kB
 * compacted 0.15 ms (bench/statement-text.ts). Only whole-line comments go: no statement has
 * a comment after code, nor a string literal over two lines, whose text this would change.
 */
export function compactStatement(text: string): string {
  const lines = text.split("\n");
  const header = lines[0]?.startsWith("//") ? [lines[0]] : [];
  const cypher = lines
    .slice(header.length)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
  return [...header, ...cypher].join("\n");
}

/** A line that takes in a fragment: `@include name`, indented as the text it stands for. */
const INCLUDE_LINE = /^(?<indent>[ \t]*)@include[ \t]+(?<name>[a-z0-9-]+)[ \t]*$/;

/**
 * Replaces each `@include name` line of a statement by the fragment `name`
 * (`cypher/fragments/name.cypher`): a block that several statements, or one statement
 * twice, share word for word (a meeting's projection, the filter of a person's meetings),
 * kept in one file so that a change to it is made once. The fragment's first comment
 * lines document it and are left out; each of its lines is indented as the directive is.
 * A fragment may include others. The directive is not Cypher: a statement whose fragments
 * were not taken in fails to plan rather than run without a part.
 */
export function expandFragments(
  text: string,
  context: {
    /** The statement's file, named in errors. */
    source: string;
    /** A fragment's file and its text (undefined when there is no such file). */
    readFragment: (name: string) => { file: string; text: string | undefined };
  },
  including: readonly string[] = [],
): string {
  return text
    .split("\n")
    .map((line) => {
      const include = INCLUDE_LINE.exec(line)?.groups;
      if (!include) return line;
      const name = include.name as string;
      if (including.includes(name)) {
        throw new CypherRegistryError(
          `${context.source}: fragment "${name}" includes itself (${[...including, name].join(" -> ")})`,
        );
      }
      const fragment = context.readFragment(name);
      if (fragment.text === undefined) {
        throw new CypherRegistryError(
          `${context.source}: fragment "${name}" has no file: expected ${fragment.file}`,
        );
      }
      const body = withoutHeader(fragment.text);
      const expanded = expandFragments(body, context, [...including, name]);
      return expanded
        .split("\n")
        .map((fragmentLine) => (fragmentLine === "" ? "" : `${include.indent}${fragmentLine}`))
        .join("\n");
    })
    .join("\n");
}

/** A fragment's text without its leading comment lines and its final line break. */
function withoutHeader(fragment: string): string {
  const lines = fragment.replace(/\n$/, "").split("\n");
  const first = lines.findIndex((line) => !line.trimStart().startsWith("//"));
  return first === -1 ? "" : lines.slice(first).join("\n");
}

function readStatement(root: string, name: QueryName): { file: string; text: string } {
  const file = `${root}/${name}.cypher`;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CypherRegistryError(`Cypher statement "${name}" has no file: expected ${file}`);
  }
  if (text.trim().length === 0) throw new CypherRegistryError(`${file} is empty`);
  return { file, text };
}
