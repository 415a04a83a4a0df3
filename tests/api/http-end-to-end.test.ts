import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DatabaseUnavailableError } from "../../src/graph/errors.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { startHttpServer } from "../../src/api/server.js";
import { type ApiHarness, at, openApiHarness, pluck, seedRecord } from "./api-harness.js";

interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe("the API over real HTTP, on the seed article", () => {
  let h: ApiHarness;
  let server: { url: string; close(): Promise<void> };
  const config = loadConfig({ NODE_ENV: "test" });

  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    server = await startHttpServer({
      executor: h.graph.executor,
      config,
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  async function post(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.headers.get("content-type")).toMatch(/application\/(graphql-response\+)?json/);
    // Answers change as articles load and may depend on the caller's key.
    expect(response.headers.get("cache-control")).toBe("no-store");
    return (await response.json()) as GraphQLBody;
  }

  it("returns the January 2026 KOR-JPN summit with both leaders, its joint statement and positions", async () => {
    const body = await post(
      `query($countries: [ID!]) {
        meetings(filter: { countries: $countries, from: "2026-01", to: "2026-01" }) {
          edges { node { date kind jointStatement participants { id name }
            positions { stance topic { kind args } holders { code } } } }
        }
      }`,
      { countries: ["KOR", "JPN"] },
    );
    expect(body.errors).toBeUndefined();
    const summit = at(body.data, "meetings", "edges", 0, "node") as Record<string, unknown>;
    expect(at(body.data, "meetings", "edges")).toHaveLength(1);
    expect(summit).toMatchObject({ date: "2026-01-13", kind: "SUMMIT", jointStatement: true });
    expect((pluck(summit.participants, "id") as string[]).sort()).toEqual([
      "lee-jae-myung",
      "sanae-takaichi",
    ]);
    expect(summit.positions).toContainEqual({
      stance: "SUPPORT",
      topic: { kind: "DENUCLEARIZATION", args: ["korean-peninsula"] },
      holders: [{ code: "JPN" }, { code: "KOR" }],
    });
  });

  it("lists KOR and JPN as supporting DENUCLEARIZATION of the korean-peninsula", async () => {
    const body = await post(`{
      topics(filter: { kind: DENUCLEARIZATION, args: ["korean-peninsula"] }) {
        positions { edges { node { stance holders { code } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const nodes = pluck(at(body.data, "topics", 0, "positions", "edges"), "node");
    const supporters = nodes
      .filter((node) => at(node, "stance") === "SUPPORT")
      .flatMap((node) => pluck(at(node, "holders"), "code") as string[]);
    expect(supporters.sort()).toEqual(["JPN", "KOR"]);
  });

  it("gives Lee Jae-myung three quotes and Sanae Takaichi one, over GET too", async () => {
    const query = `{ lee: leader(id: "lee-jae-myung") { quotes { text } } takaichi: leader(id: "sanae-takaichi") { quotes { text } } }`;
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as GraphQLBody;
    expect(at(body.data, "lee", "quotes")).toHaveLength(3);
    expect(at(body.data, "takaichi", "quotes")).toHaveLength(1);
  });

  it("answers errors with codes and HTTP statuses", async () => {
    const bad = await post(`{ meetings(first: 500) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const invalid = await post(`{ meetings { noSuchField } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const notFound = await fetch(`${server.url}/nowhere`);
    expect(notFound.status).toBe(404);
  });

  it("serves /health always and /ready while the database answers", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    const down = await startHttpServer({
      executor: {
        statementCount: 0,
        read: () => Promise.reject(new DatabaseUnavailableError("down")),
      } as unknown as GraphExecutor,
      config,
      port: 0,
      host: "127.0.0.1",
    });
    try {
      expect((await fetch(`${down.url}/health`)).status).toBe(200);
      expect((await fetch(`${down.url}/ready`)).status).toBe(503);
      const response = await fetch(`${down.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ countries { code } }" }),
      });
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await down.close();
    }
  });
});
