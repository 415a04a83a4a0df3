import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { QUERY_NAMES } from "../../src/graph/cypher-registry.js";
import { startHttpServer } from "../../src/api/server.js";
import { type ApiHarness, openApiHarness, seedRecord } from "./api-harness.js";

/**
 * The real executor, seen through a proxy that records which statements run and holds
 * every read until `release` is called, so the test can look at /ready mid-warm-up.
 */
function observed(executor: GraphExecutor): {
  executor: GraphExecutor;
  names: Set<string>;
  release: () => void;
} {
  const names = new Set<string>();
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const proxy = new Proxy(executor, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property !== "read") return value.bind(target);
      return async (name: string, ...rest: unknown[]) => {
        if (name !== "admin/ping") {
          names.add(name);
          await gate;
        }
        return value.call(target, name, ...rest) as unknown;
      };
    },
  });
  return { executor: proxy, names, release };
}

describe("query plan warm-up at start", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(() => h.close());

  it("is not ready until every read statement of the API has run once", async () => {
    const { executor, names, release } = observed(h.graph.executor);
    const server = await startHttpServer({
      executor,
      config: loadConfig({ NODE_ENV: "test" }),
      port: 0,
      host: "127.0.0.1",
      warmUp: true,
      logError: (error) => {
        throw error;
      },
    });
    try {
      const warming = await fetch(`${server.url}/ready`);
      expect(warming.status).toBe(503);
      expect(await warming.json()).toEqual({ status: "warming up" });
      release();
      await server.warmedUp;
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      const apiStatements = QUERY_NAMES.filter((name) => name.startsWith("api/"));
      expect([...names].sort()).toEqual(expect.arrayContaining(apiStatements));
    } finally {
      release();
      await server.close();
    }
  });
});
