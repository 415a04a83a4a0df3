import { LAUNCHER_MAIN_CLASS } from "./paths.js";

/**
 * What Neo4j's own start script passes to the JVM (conf/neo4j.conf, server.jvm.additional),
 * plus the opens and exports its embedded test harness uses. Without the module opens
 * Neo4j falls back to slower paths or fails on Java 17 (direct buffers, Unsafe, epoll).
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

/** Sizes as the JVM and Neo4j write them: a number with an optional k, m or g. */
const MEMORY_SIZE = /^\d+[kmg]?$/i;

/** What the launcher needs to know, as {@link buildLauncherArgs} takes it. */
export interface LauncherArgsOptions {
  classpath: string;
  homeDir: string;
  port: number;
  pageCacheSize: string;
  heapSize: string;
  watchParent: boolean;
}

/**
 * The `java` arguments that run the launcher. The heap is fixed (-Xms = -Xmx) as Neo4j
 * recommends; the password is not among them (it goes through the environment, out of
 * `ps`). Throws on a malformed size or port, before any process is started.
 */
export function buildLauncherArgs(options: LauncherArgsOptions): string[] {
  const { classpath, homeDir, port, pageCacheSize, heapSize, watchParent } = options;
  checkSize("heapSize", heapSize);
  checkSize("pageCacheSize", pageCacheSize);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`local Neo4j port must be an integer from 1 to 65535, got ${port}`);
  }
  return [
    `-Xms${heapSize}`,
    `-Xmx${heapSize}`,
    ...NEO4J_JVM_FLAGS,
    "-cp",
    classpath,
    LAUNCHER_MAIN_CLASS,
    "--home",
    homeDir,
    "--port",
    String(port),
    "--page-cache",
    pageCacheSize,
    ...(watchParent ? ["--watch-parent"] : []),
  ];
}

function checkSize(name: string, value: string): void {
  if (!MEMORY_SIZE.test(value)) {
    throw new Error(`local Neo4j ${name} must look like 512m or 1g, got "${value}"`);
  }
}
