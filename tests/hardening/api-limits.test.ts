import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { openTestGraph } from "../helpers/graph.js";
import { apiWith, codes, faultyExecutor, httpWith, postJson, runIn } from "./hardening-harness.js";

/** `meetings { edges { node { participants { meetings ... } } } }`: depth 4 + 4 per hop. */
function nested(hops: number, first = 5): string {
  let inner = "id";
  for (let i = 0; i < hops; i += 1) {
    inner = `participants { meetings(first: ${first}) { edges { node { ${inner} } } } }`;
  }
  return `{ meetings(first: ${first}) { edges { node { ${inner} } } } }`;
}

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("query limits, in-process", () => {
  it("rejects an operation deeper than DIPLOGRAPH_MAX_DEPTH with QUERY_TOO_DEEP before any statement", async () => {
    const api = await apiWith({ executor: graph.executor, env: { DIPLOGRAPH_MAX_DEPTH: "7" } });
    const before = graph.executor.statementCount;
    const deep = await runIn(api, nested(1)); // depth 8
    expect(codes(deep)).toEqual(["QUERY_TOO_DEEP"]);
    expect(deep.errors?.[0]?.message).toBe(
      "The operation is nested 8 levels deep; at most 7 are allowed.",
    );
    expect(deep.errors?.[0]?.extensions?.limit).toBe(7);
    expect(graph.executor.statementCount).toBe(before);
    expect((await runIn(api, `{ meetings { edges { node { id } } } }`)).errors).toBeUndefined();
    await api.apollo.stop();
  });

  it("counts depth through fragments", async () => {
    const api = await apiWith({ executor: graph.executor, env: { DIPLOGRAPH_MAX_DEPTH: "4" } });
    const result = await runIn(
      api,
      `fragment F on Meeting { participants { meetings { edges { node { id } } } } }
       { meetings { edges { node { ...F } } } }`,
    );
    expect(codes(result)).toEqual(["QUERY_TOO_DEEP"]);
    await api.apollo.stop();
  });

  it("rejects more aliases than DIPLOGRAPH_MAX_ALIASES with TOO_MANY_ALIASES", async () => {
    const api = await apiWith({ executor: graph.executor, env: { DIPLOGRAPH_MAX_ALIASES: "3" } });
    const aliases = (n: number): string =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: meetings { totalCount }`).join(" ")} }`;
    const before = graph.executor.statementCount;
    const result = await runIn(api, aliases(4));
    expect(codes(result)).toEqual(["TOO_MANY_ALIASES"]);
    expect(result.errors?.[0]?.message).toBe(
      "The operation uses 4 aliases; at most 3 are allowed.",
    );
    expect(graph.executor.statementCount).toBe(before);
    expect((await runIn(api, aliases(3))).errors).toBeUndefined();
    await api.apollo.stop();
  });

  it("rejects an operation costlier than DIPLOGRAPH_MAX_COST with QUERY_TOO_COSTLY, counting variables", async () => {
    const api = await apiWith({ executor: graph.executor });
    const before = graph.executor.statementCount;
    const costly = await runIn(api, nested(2, 100)); // 100 x 5 x 100 x 5 x 100 nodes
    expect(codes(costly)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(costly.errors?.[0]?.message).toMatch(/^The operation costs \d+; at most 50000/);
    const viaVariable = await runIn(
      api,
      `query($n: Int) { meetings(first: $n) { edges { node { participants {
         meetings(first: $n) { edges { node { participants { id name } } } } } } } } }`,
      { variables: { n: 100 } },
    );
    expect(codes(viaVariable)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(graph.executor.statementCount).toBe(before);
    expect((await runIn(api, nested(1, 20))).errors).toBeUndefined();
    await api.apollo.stop();
  });

  it("charges a repeated operation by its variables of the time, not by an earlier request's", async () => {
    // The cost is remembered per parsed document and variables (the same query text is
    // the same document for Apollo): a small page must not let a big one through after it.
    const api = await apiWith({ executor: graph.executor });
    const query = `query($n: Int) { meetings(first: $n) { edges { node { participants {
       meetings(first: $n) { edges { node { participants { id } } } } } } } } }`;
    const answers = [];
    for (const n of [2, 100, 2, 100])
      answers.push(codes(await runIn(api, query, { variables: { n } })));
    expect(answers).toEqual([[], ["QUERY_TOO_COSTLY"], [], ["QUERY_TOO_COSTLY"]]);
    await api.apollo.stop();
  });

  it("keeps `first` at most 100 (BAD_USER_INPUT)", async () => {
    const api = await apiWith({ executor: graph.executor });
    const result = await runIn(api, `{ meetings(first: 101) { totalCount } }`);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    await api.apollo.stop();
  });

  it("gives each limit its own code", async () => {
    const api = await apiWith({
      executor: graph.executor,
      env: { DIPLOGRAPH_MAX_DEPTH: "3", DIPLOGRAPH_MAX_ALIASES: "1", DIPLOGRAPH_MAX_COST: "10" },
    });
    const deep = await runIn(api, `{ meetings { edges { node { id } } } }`);
    const aliased = await runIn(api, `{ a: articles { totalCount } b: articles { totalCount } }`);
    const costly = await runIn(api, `{ articles(first: 50) { totalCount edges { cursor } } }`);
    expect([...codes(deep), ...codes(aliased), ...codes(costly)]).toEqual([
      "QUERY_TOO_DEEP",
      "TOO_MANY_ALIASES",
      "QUERY_TOO_COSTLY",
    ]);
    await api.apollo.stop();
  });
});

describe("production defaults, in-process", () => {
  it("turns introspection off in production unless DIPLOGRAPH_INTROSPECTION is true", async () => {
    const prod = await apiWith({ executor: graph.executor, env: { NODE_ENV: "production" } });
    const refused = await runIn(prod, `{ __schema { queryType { name } } }`);
    expect(codes(refused)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    const enabled = await apiWith({
      executor: graph.executor,
      env: { NODE_ENV: "production", DIPLOGRAPH_INTROSPECTION: "true" },
    });
    expect((await runIn(enabled, `{ __schema { queryType { name } } }`)).errors).toBeUndefined();
    const dev = await apiWith({ executor: graph.executor, env: { NODE_ENV: "development" } });
    expect((await runIn(dev, `{ __schema { queryType { name } } }`)).errors).toBeUndefined();
    await Promise.all([prod, enabled, dev].map((a) => a.apollo.stop()));
  });

  it("hides field suggestions in production", async () => {
    const prod = await apiWith({ executor: graph.executor, env: { NODE_ENV: "production" } });
    const dev = await apiWith({ executor: graph.executor, env: { NODE_ENV: "development" } });
    const typo = `{ meeting(id: "x") { titel } }`;
    expect((await runIn(dev, typo)).errors?.[0]?.message).toMatch(/Did you mean "title"/);
    const hidden = await runIn(prod, typo);
    expect(codes(hidden)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(JSON.stringify(hidden)).not.toMatch(/Did you mean|"title"/);
    await Promise.all([prod, dev].map((a) => a.apollo.stop()));
  });

  it("masks an unknown error that carries a Bolt URL, without a stack trace, and logs it", async () => {
    const logged: unknown[] = [];
    const leaky = faultyExecutor(graph.executor, () =>
      Promise.reject(new Error("connect ECONNREFUSED bolt://neo4j:s3cret@db.internal:7687")),
    );
    const api = await apiWith({
      executor: leaky,
      env: { NODE_ENV: "production" },
      logError: (e) => logged.push(e),
    });
    const result = await runIn(api, `{ meetings { totalCount } }`);
    expect(codes(result)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(result.errors?.[0]?.message).toBe("Internal server error");
    expect(JSON.stringify(result)).not.toMatch(/bolt|s3cret|db\.internal|stacktrace|at /);
    expect(String(logged[0])).toContain("ECONNREFUSED");
    await api.apollo.stop();
  });
});

describe("request limits over HTTP", () => {
  it("answers a body over DIPLOGRAPH_MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE, declared or streamed", async () => {
    const server = await httpWith({
      executor: graph.executor,
      env: { DIPLOGRAPH_MAX_BODY_BYTES: "2000" },
    });
    const big = { query: `{ meetings { totalCount } }`, variables: { pad: "x".repeat(3000) } };
    const declared = await postJson(server.url, big);
    expect(declared.status).toBe(413);
    expect(codes(declared.body)).toEqual(["PAYLOAD_TOO_LARGE"]);
    // Without a Content-Length the limit holds while reading.
    const streamed = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([JSON.stringify(big)]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const small = await postJson(server.url, { query: `{ meetings { totalCount } }` });
    expect(small.status).toBe(200);
    await server.close();
  });

  it("refuses batched operations (TOO_MANY_OPERATIONS) and caps them at DIPLOGRAPH_MAX_BATCH", async () => {
    const off = await httpWith({ executor: graph.executor });
    const op = { query: `{ meetings { totalCount } }` };
    const refused = await postJson(off.url, [op, op]);
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(["TOO_MANY_OPERATIONS"]);
    await off.close();
    const two = await httpWith({ executor: graph.executor, env: { DIPLOGRAPH_MAX_BATCH: "2" } });
    const ok = await fetch(`${two.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([op, op]),
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    const three = await postJson(two.url, [op, op, op]);
    expect(codes(three.body)).toEqual(["TOO_MANY_OPERATIONS"]);
    await two.close();
  });

  it("answers a request that outlives DIPLOGRAPH_REQUEST_TIMEOUT_MS with 503 REQUEST_TIMEOUT", async () => {
    const slow = faultyExecutor(
      graph.executor,
      () => new Promise((resolve) => setTimeout(() => resolve([]), 3000)),
    );
    const server = await httpWith({
      executor: slow,
      env: { DIPLOGRAPH_REQUEST_TIMEOUT_MS: "300" },
    });
    const started = Date.now();
    const answer = await postJson(server.url, { query: `{ meetings { totalCount } }` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(503);
    expect(codes(answer.body)).toEqual(["REQUEST_TIMEOUT"]);
    await server.close();
  });

  it("answers the query limits with 400 and their codes", async () => {
    const server = await httpWith({ executor: graph.executor, env: { DIPLOGRAPH_MAX_DEPTH: "3" } });
    const answer = await postJson(server.url, { query: `{ meetings { edges { node { id } } } }` });
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(["QUERY_TOO_DEEP"]);
    await server.close();
  });

  it("refuses a cross-site simple request (Apollo's CSRF prevention)", async () => {
    const server = await httpWith({ executor: graph.executor });
    const query = encodeURIComponent(`{ meetings { totalCount } }`);
    const simple = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const form = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: `{ meetings { totalCount } }` }),
    });
    expect(form.status).toBe(400);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
    await server.close();
  });

  it("allows only the configured origins (CORS), none by default in production", async () => {
    const server = await httpWith({
      executor: graph.executor,
      env: { NODE_ENV: "production", DIPLOGRAPH_CORS_ORIGINS: "https://dash.example" },
    });
    const preflight = (origin: string): Promise<Response> =>
      fetch(`${server.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
    const allowed = await preflight("https://dash.example");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    const denied = await preflight("https://evil.example");
    expect(denied.status).toBe(403);
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
    const post = await postJson(
      server.url,
      { query: `{ meetings { totalCount } }` },
      { origin: "https://evil.example" },
    );
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    await server.close();
    const closed = await httpWith({ executor: graph.executor, env: { NODE_ENV: "production" } });
    const none = await fetch(`${closed.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://dash.example", "access-control-request-method": "POST" },
    });
    expect(none.status).toBe(403);
    await closed.close();
  });
});
