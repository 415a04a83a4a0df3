import { spawn } from "node:child_process";

/** Maven's output can run to thousands of lines; its failure is at the end. */
const OUTPUT_TAIL_CHARS = 8000;
/** Debian's Maven prints colour resets even with -B; they are noise in an error message. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/**
 * Runs `mvn` with the given arguments and resolves with its combined output.
 * Rejects with an Error that says how to install Maven when it is missing, and that
 * carries the tail of Maven's output when it fails.
 */
export function runMaven({ cwd, args }: { cwd: string; args: readonly string[] }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const maven = spawn("mvn", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8").replace(ANSI_ESCAPE, "")).slice(-OUTPUT_TAIL_CHARS);
    };
    maven.stdout.on("data", collect);
    maven.stderr.on("data", collect);
    maven.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new Error(
              "Maven (mvn) is not on PATH: the local Neo4j is resolved with Maven. " +
                "Install Maven 3.8+ (Debian: apt-get install maven), or set NEO4J_URI " +
                "to use a Neo4j that is already running.",
            )
          : new Error(`could not run mvn: ${error.message}`),
      );
    });
    maven.on("close", (code, signal) => {
      if (code === 0) {
        resolvePromise(output);
        return;
      }
      const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
      reject(new Error(`mvn ${args.join(" ")} failed (${how}) in ${cwd}:\n${output.trim()}`));
    });
  });
}
