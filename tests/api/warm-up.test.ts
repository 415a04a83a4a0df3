import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { QUERY_NAMES } from "../../src/graph/cypher-registry.js";
import { startHttpServer } from "../../src/api/server.js";
import { type ApiHarness, openApiHarness, recordingReads, seedRecord } from "./api-harness.js";

describe("query plan warm-up at start", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(() => h.close());

  it("is not ready until every read statement of the API has run once", async () => {
    const { executor, names, release } = recordingReads(h.graph.executor, {
      held: true,
      unrecorded: ["admin/ping"],
    });
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
