import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import neo4j from "neo4j-driver";
import { afterEach, describe, expect, it } from "vitest";
import {
  findFreePort,
  LocalNeo4jNotRunningError,
  localNeo4jStatus,
  probeTcpPort,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../src/graph/local-neo4j/index.js";
import { isProcessAlive, waitForExit } from "../../src/graph/local-neo4j/process-control.js";
import { projectPath } from "../../src/lib/paths.js";

const projectRoot = projectPath();
/** Each JVM start is CPU-bound (10 to 20 s on 2 idle cores); leave room for a busy machine. */
const JVM_TEST_TIMEOUT_MS = 240_000;
const homes: string[] = [];
const parents: ChildProcess[] = [];

/** A fresh Neo4j home per test, removed afterwards. */
function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), "diplograph-local-neo4j-test-"));
  homes.push(home);
  return home;
}

afterEach(async () => {
  // A failed test must not leave a JVM behind: not a parent's attached one, not a detached one.
  for (const parent of parents.splice(0)) parent.kill("SIGKILL");
  for (const home of homes.splice(0)) {
    await stopLocalNeo4j({ homeDir: home }).catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  }
});

/** Runs `RETURN 1` over Bolt as `neo4j` and returns x, or throws what the driver threw. */
async function returnOne(uri: string, password: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    const { records } = await driver.executeQuery("RETURN 1 AS x", {}, { database: "neo4j" });
    return (records[0]?.get("x") as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

describe("local Neo4j", () => {
  it(
    "serves Bolt with the configured password, rejects a wrong one and stops cleanly",
    async () => {
      const port = await findFreePort();
      const password = `pw-${randomUUID()}`;
      const local = await startLocalNeo4j({
        projectRoot,
        homeDir: freshHome(),
        port,
        password,
        attached: true,
      });
      try {
        expect(local.uri).toBe(`bolt://127.0.0.1:${port}`);
        expect(await returnOne(local.uri, password)).toBe(1);
        await expect(returnOne(local.uri, "not-the-password")).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
      } finally {
        await local.stop();
      }
      expect(await probeTcpPort({ port })).toBe(false);
      expect(isProcessAlive(local.pid)).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it(
    "exits within 15 s when the process that started it is SIGKILLed",
    async () => {
      const port = await findFreePort();
      const parent = spawnParentOfAttachedNeo4j({ homeDir: freshHome(), port });
      const jvmPid = await parent.jvmPid;
      expect(isProcessAlive(jvmPid)).toBe(true);
      parent.child.kill("SIGKILL");
      expect(await waitForExit({ pid: jvmPid, timeoutMs: 15_000 })).toBe(true);
      expect(await probeTcpPort({ port })).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it(
    "runs detached until stopLocalNeo4j, then restarts its home with a changed password",
    async () => {
      const homeDir = freshHome();
      const port = await findFreePort();
      const detached = await startLocalNeo4j({
        projectRoot,
        homeDir,
        port,
        password: "first-pw",
        attached: false,
      });
      expect(existsSync(join(homeDir, "neo4j.pid"))).toBe(true);
      expect(await localNeo4jStatus({ homeDir, port })).toMatchObject({
        listening: true,
        pid: detached.pid,
      });
      expect(await stopLocalNeo4j({ homeDir })).toEqual({ pid: detached.pid });
      expect(isProcessAlive(detached.pid)).toBe(false);
      expect(existsSync(join(homeDir, "neo4j.pid"))).toBe(false);
      expect(await localNeo4jStatus({ homeDir, port })).toMatchObject({
        listening: false,
        pid: null,
      });
      await expect(stopLocalNeo4j({ homeDir })).rejects.toBeInstanceOf(LocalNeo4jNotRunningError);

      const again = await startLocalNeo4j({
        projectRoot,
        homeDir,
        port,
        password: "second-pw",
        attached: true,
      });
      try {
        expect(await returnOne(again.uri, "second-pw")).toBe(1);
        await expect(returnOne(again.uri, "first-pw")).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
      } finally {
        await again.stop();
      }
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it("fails at once, naming the port, when the port is taken", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker.listen({ host: "127.0.0.1", port: 0 }, () =>
        resolve((blocker.address() as { port: number }).port),
      );
    });
    try {
      const start = startLocalNeo4j({
        projectRoot,
        homeDir: freshHome(),
        port,
        password: "pw",
        attached: true,
      });
      await expect(start).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("says what to install when Java cannot be found", async () => {
    const start = startLocalNeo4j({
      projectRoot,
      homeDir: freshHome(),
      port: await findFreePort(),
      password: "pw",
      attached: true,
      javaCommand: "/nonexistent/bin/java",
    });
    await expect(start).rejects.toThrow(/cannot run \/nonexistent\/bin\/java.*Java 17/);
  });

  it("reports the tail of launcher.log when the JVM exits during start-up", async () => {
    // A 1 KiB heap is below the JVM's minimum: it exits at once with its own message.
    const start = startLocalNeo4j({
      projectRoot,
      homeDir: freshHome(),
      port: await findFreePort(),
      password: "pw",
      heapSize: "1k",
      attached: true,
    });
    await expect(start).rejects.toThrow(/exited during start-up[\s\S]*launcher\.log[\s\S]*heap/i);
  });
});

/**
 * Spawns a Node process that starts an attached local Neo4j and then idles, as `npm start`
 * would; resolves the JVM's pid once the child reports it.
 */
function spawnParentOfAttachedNeo4j({ homeDir, port }: { homeDir: string; port: number }) {
  const entry = pathToFileURL(projectPath("src/graph/local-neo4j/index.ts")).href;
  const script = [
    `import { startLocalNeo4j } from ${JSON.stringify(entry)};`,
    `const local = await startLocalNeo4j(${JSON.stringify({ projectRoot, homeDir, port, password: "pw-parent", attached: true })});`,
    `process.stdout.write(JSON.stringify({ pid: local.pid }) + "\\n");`,
    "setInterval(() => {}, 60_000);",
  ].join("\n");
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  parents.push(child);
  let output = "";
  const jvmPid = new Promise<number>((resolve, reject) => {
    const collect = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = /\{"pid":(\d+)\}/.exec(output);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) =>
      reject(new Error(`parent exited (${code}) before Neo4j was ready:\n${output}`)),
    );
  });
  return { child, jvmPid };
}
