import { join } from "node:path";

/** The launcher's main class, compiled from neo4j-local/src/main/java. */
export const LAUNCHER_MAIN_CLASS = "diplograph.LocalNeo4j";

/** The line prefix the launcher prints once Bolt accepts connections. */
export const READY_MARKER = "DIPLOGRAPH_NEO4J_READY";

/** The launcher's Maven project and the classpath cache, under the project root. */
export interface LauncherPaths {
  pom: string;
  javaSource: string;
  classesDir: string;
  /** Written by `mvn compile` (maven-dependency-plugin build-classpath). */
  mavenClasspathFile: string;
  classpathCacheFile: string;
}

/** Locates the launcher's sources, build outputs and classpath cache for a project. */
export function launcherPaths(projectRoot: string): LauncherPaths {
  const project = join(projectRoot, "neo4j-local");
  return {
    pom: join(project, "pom.xml"),
    javaSource: join(project, "src", "main", "java", "diplograph", "LocalNeo4j.java"),
    classesDir: join(project, "target", "classes"),
    mavenClasspathFile: join(project, "target", "classpath.txt"),
    classpathCacheFile: join(projectRoot, ".local", "neo4j", "launcher-classpath.json"),
  };
}

/** The files a running instance keeps beside its data in its home directory. */
export function homeFiles(homeDir: string): { log: string; pid: string } {
  return { log: join(homeDir, "launcher.log"), pid: join(homeDir, "neo4j.pid") };
}
