import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputFileError } from "../../lib/read-text-file.js";

/**
 * Expands the paths given to `diplograph extract` into article files: a file as
 * named, a directory to its `*.txt` files (recursively, in name order, hidden ones
 * left out). A path that does not exist is the caller's mistake: it throws
 * {@link InputFileError} before any article is read.
 */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new InputFileError(path, "does not exist");
    });
    files.push(...(info.isDirectory() ? await listDirectory(path) : [path]));
  }
  return files;
}

async function listDirectory(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listDirectory(path)));
    else if (entry.isFile() && entry.name.endsWith(".txt")) files.push(path);
  }
  return files;
}
