import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DatabaseUnavailableError, DatabaseQueryError } from "../../src/graph/errors.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { createApiServer } from "../../src/api/server.js";
import { type ApiHarness, at, buildRecord, openApiHarness, uniqueTag } from "./api-harness.js";

describe("the API contract: sources, asOf, errors, round trips", () => {
  let h: ApiHarness;
  const tag = uniqueTag();

  beforeAll(async () => {
    h = await openApiHarness();
    // Two publishers report one summit; the second, a month later, also reports a call.
    await h.load(
      buildRecord({
        tag: `${tag}-a`,
        publishedAt: "2026-01-14",
        publisher: "Wire A",
        meetings: [
          {
            kind: "summit",
            date: "2026-01-13",
            title: `Summit ${tag}`,
            countries: ["KOR", "JPN"],
            leaders: ["Lee Test", "Tak Test"],
          },
        ],
      }),
    );
    await h.load(
      buildRecord({
        tag: `${tag}-b`,
        publishedAt: "2026-02-10",
        publisher: "Wire B",
        meetings: [
          {
            kind: "summit",
            date: "2026-01-13",
            title: `Summit ${tag} again`,
            countries: ["KOR", "JPN"],
            leaders: ["Lee Test"],
          },
          {
            kind: "call",
            date: "2026-02-09",
            title: `Call ${tag}`,
            countries: ["KOR", "USA"],
            leaders: ["Lee Test"],
          },
        ],
      }),
    );
  });
  afterAll(async () => {
    await h.close();
  });

  const MEETINGS = `query($asOf: String) {
    meetings(asOf: $asOf) { totalCount edges { node { kind sourceCount publisherCount
      sources { publisher publishedAt } participants { id } } } }
  }`;

  it("counts the distinct articles and publishers that report a meeting", async () => {
    const result = await h.run(MEETINGS);
    expect(result.errors).toBeUndefined();
    const nodes = (
      result.data?.meetings as { edges: { node: Record<string, unknown> }[] }
    ).edges.map((e) => e.node);
    expect(nodes).toHaveLength(2);
    expect(nodes[0]).toMatchObject({ kind: "SUMMIT", sourceCount: 2, publisherCount: 2 });
    expect(nodes[1]).toMatchObject({ kind: "CALL", sourceCount: 1, publisherCount: 1 });
    // The articles are read by the page's own statement when, and only when, selected.
    expect(result.statements).toBe(1);
    const positions = await h.run(
      `{ meetings { edges { node { positions { id sourceCount sources { id } } } } } }`,
    );
    expect(positions.errors).toBeUndefined();
    expect(positions.statements).toBe(1);
  });

  it("answers asOf a day from the articles published by then", async () => {
    const result = await h.run(MEETINGS, { asOf: "2026-01-31" });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.meetings as {
      totalCount: number;
      edges: { node: Record<string, unknown> }[];
    };
    expect(connection.totalCount).toBe(1);
    expect(connection.edges[0]?.node).toMatchObject({
      kind: "SUMMIT",
      sourceCount: 1,
      sources: [{ publisher: "Wire A", publishedAt: "2026-01-14" }],
    });
    const before = await h.run(MEETINGS, { asOf: "2026-01-13" });
    expect((before.data?.meetings as { totalCount: number }).totalCount).toBe(0);
  });

  it("runs one batched statement per nesting level, however many results", async () => {
    const nest = (extra: string) => `{
      meetings { edges { node { title participants { id meetings { totalCount edges { node { title
        ${extra} participants { id name } } } } } } } }
    }`;
    for (const [extra, statements] of [
      // The root statement projects the participants' own pages...
      ["", 1],
      // ...unless they ask a part it does not: then one more for every participant's page.
      ["sourceCount", 2],
    ] as const) {
      const result = await h.run(nest(extra));
      expect(result.errors).toBeUndefined();
      const participants = (at(result.data, "meetings", "edges", 0, "node", "participants") ??
        []) as unknown[];
      const lee = participants.find((p) => at(p, "id") === "lee-test");
      expect(at(lee, "meetings", "totalCount")).toBe(2);
      expect(result.statements).toBe(statements);
    }

    const countries =
      await h.run(`{ countries { code leaders { id } meetings(first: 5) { edges { node { id
      countries { code } } } } counterparts { meetings } } }`);
    expect(countries.errors).toBeUndefined();
    expect((countries.data?.countries as unknown[]).length).toBe(3);
    expect(countries.statements).toBe(3);
  });

  it("returns null for an id that does not exist", async () => {
    const result = await h.run(`{
      meeting(id: "no-such-meeting") { id }
      leader(id: "no-such-leader") { id }
      country(code: "ZZZ") { code }
      article(id: "no-such-article") { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ meeting: null, leader: null, country: null, article: null });
  });

  it.each([
    ["a page above 100", `{ meetings(first: 101) { totalCount } }`],
    ["a negative page", `{ positions(first: -1) { totalCount } }`],
    ["a malformed date", `{ meetings(filter: { from: "2026-13" }) { totalCount } }`],
    ["an impossible day", `{ positions(filter: { to: "2026-02-30" }) { totalCount } }`],
    ["a from after to", `{ meetings(filter: { from: "2026-02", to: "2026-01" }) { totalCount } }`],
    ["a malformed asOf", `{ meetings(asOf: "yesterday") { totalCount } }`],
    ["a malformed cursor", `{ meetings(after: "not a cursor!") { totalCount } }`],
    ["a cursor that is not JSON", `{ quotes(after: "bm90IGpzb24") { totalCount } }`],
    ["an empty search", `{ search(text: "  ") { id } }`],
  ])("rejects %s as BAD_USER_INPUT", async (_name, query) => {
    const result = await h.run(query);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.statements).toBe(0);
  });

  it("rejects a cursor of another list", async () => {
    const page = await h.run(`{ meetings(first: 1) { pageInfo { endCursor } } }`);
    const cursor = (page.data?.meetings as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const result = await h.run(
      `query($after: String) { positions(after: $after) { totalCount } }`,
      { after: cursor },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("masks database failures as SERVICE_UNAVAILABLE and other failures as INTERNAL_SERVER_ERROR", async () => {
    const failing = (error: Error): GraphExecutor =>
      ({ statementCount: 0, read: () => Promise.reject(error) }) as unknown as GraphExecutor;
    const config = loadConfig({ NODE_ENV: "test" });
    const down = await createApiServer({
      executor: failing(
        new DatabaseUnavailableError("Neo4j is unavailable at bolt://secret-host:7687"),
      ),
      config,
      logError: () => {},
    });
    const broken = await createApiServer({
      executor: failing(
        new DatabaseQueryError("Neo4j rejected bolt://secret-host:7687", "Neo.ClientError.X"),
      ),
      config,
      logError: () => {},
    });
    try {
      for (const [server, code] of [
        [down, "SERVICE_UNAVAILABLE"],
        [broken, "INTERNAL_SERVER_ERROR"],
      ] as const) {
        const response = await server.apollo.executeOperation(
          { query: `{ meetings { totalCount } }` },
          { contextValue: server.contextFor() },
        );
        const body = JSON.stringify(response.body);
        expect(body).toContain(code);
        expect(body).not.toMatch(/bolt|secret-host|Neo4j/);
      }
    } finally {
      await down.apollo.stop();
      await broken.apollo.stop();
    }
  });
});
