import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";

/** A documented example operation, as the IDE opens it in a tab. */
export interface ExampleQuery {
  /** The file name without `.graphql`, e.g. `summits-of-a-state-in-a-year`. */
  name: string;
  /** The whole file, comments included: they explain the question. */
  query: string;
  /** Pretty-printed JSON variables from the file's `# variables: {...}` line, if any. */
  variables?: string;
}

const VARIABLES_LINE = /^#\s*variables:\s*(\{.*\})\s*$/m;

/**
 * Reads every `*.graphql` file of `dir` (docs/queries), in name order. The example
 * variables come from a `# variables: {...}` comment line; a line that is not JSON is
 * ignored rather than failing the server, since the docs test already checks them.
 */
export async function loadExampleQueries(dir: string): Promise<ExampleQuery[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".graphql")).sort();
  return Promise.all(
    names.map(async (fileName) => {
      const query = await readFile(join(dir, fileName), "utf8");
      return { name: basename(fileName, ".graphql"), query, variables: readVariables(query) };
    }),
  );
}

function readVariables(query: string): string | undefined {
  const json = VARIABLES_LINE.exec(query)?.[1];
  if (json === undefined) return undefined;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return undefined;
  }
}
