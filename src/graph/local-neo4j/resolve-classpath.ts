import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { delimiter, dirname, join, resolve } from "node:path";
import { type LauncherPaths, launcherPaths } from "./paths.js";
import { runMaven } from "./run-maven.js";

interface ClasspathCache {
  sourcesHash: string;
  classpath: string;
}

/** One Maven run per project at a time, however many starts ask at once. */
const inFlight = new Map<string, Promise<string>>();

/**
 * Returns the Java classpath (compiled launcher first, then the Neo4j jars) for
 * `neo4j-local/`. The first call runs `mvn -q -B -f neo4j-local/pom.xml compile`, which
 * resolves Neo4j from Maven Central and compiles the launcher (skipped when an earlier
 * `mvn compile` left outputs newer than the sources); the result is cached in
 * `<projectRoot>/.local/neo4j/launcher-classpath.json` under a hash of pom.xml and the
 * launcher source, so later calls run no Maven unless one of them changes or a cached
 * path disappears. Rejects with Maven's output when Maven is missing or fails.
 */
export function resolveNeo4jClasspath({ projectRoot }: { projectRoot: string }): Promise<string> {
  const root = resolve(projectRoot);
  let pending = inFlight.get(root);
  if (pending === undefined) {
    pending = resolveOnce(root).finally(() => inFlight.delete(root));
    inFlight.set(root, pending);
  }
  return pending;
}

async function resolveOnce(projectRoot: string): Promise<string> {
  const paths = launcherPaths(projectRoot);
  const sourcesHash = await hashLauncherSources(paths);
  const cached = await readCache(paths, sourcesHash);
  if (cached !== undefined) return cached;
  // After a plain `mvn compile` (as CI runs it) the outputs are there and newer than the
  // sources: adopt them, as make would, instead of running Maven a second time.
  let classpath = mavenOutputIsFresh(paths) ? await readMavenClasspath(paths) : undefined;
  if (classpath === undefined) {
    await runMaven({ cwd: projectRoot, args: ["-q", "-B", "-f", paths.pom, "compile"] });
    classpath = await readMavenClasspath(paths);
  }
  if (classpath === undefined) {
    throw new Error(`mvn compile left no complete classpath in ${paths.mavenClasspathFile}`);
  }
  await writeCache(paths.classpathCacheFile, { sourcesHash, classpath });
  return classpath;
}

/** The launcher's classes plus Maven's jar list, or undefined if any of it is missing. */
async function readMavenClasspath(paths: LauncherPaths): Promise<string | undefined> {
  let jars: string[];
  try {
    jars = (await readFile(paths.mavenClasspathFile, "utf8")).trim().split(delimiter);
  } catch {
    return undefined;
  }
  const entries = [paths.classesDir, ...jars.filter((jar) => jar !== "")];
  return allExist([compiledLauncher(paths), ...entries]) ? entries.join(delimiter) : undefined;
}

function compiledLauncher(paths: LauncherPaths): string {
  return join(paths.classesDir, "diplograph", "LocalNeo4j.class");
}

function allExist(files: readonly string[]): boolean {
  return files.every((file) => existsSync(file));
}

function mavenOutputIsFresh(paths: LauncherPaths): boolean {
  const outputs = [paths.mavenClasspathFile, compiledLauncher(paths)];
  if (!allExist(outputs)) return false;
  const newestSource = Math.max(...[paths.pom, paths.javaSource].map((f) => statSync(f).mtimeMs));
  return outputs.every((output) => statSync(output).mtimeMs >= newestSource);
}

async function hashLauncherSources(paths: LauncherPaths): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [paths.pom, paths.javaSource]) {
    hash.update(await readFile(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

async function readCache(paths: LauncherPaths, sourcesHash: string): Promise<string | undefined> {
  let cache: ClasspathCache;
  try {
    cache = JSON.parse(await readFile(paths.classpathCacheFile, "utf8")) as ClasspathCache;
  } catch {
    return undefined;
  }
  if (cache.sourcesHash !== sourcesHash) return undefined;
  // target/ or ~/.m2 may have been cleaned since: then Maven must run again.
  const entries = [compiledLauncher(paths), ...cache.classpath.split(delimiter)];
  return allExist(entries) ? cache.classpath : undefined;
}

async function writeCache(file: string, cache: ClasspathCache): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(cache, null, 2)}\n`);
  await rename(partial, file);
}
