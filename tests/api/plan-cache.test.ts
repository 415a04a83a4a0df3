import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { warmUpPlans } from "../../src/api/warm-up/warm-up-plans.js";
import { type ApiHarness, openApiHarness, recordingReads, seedRecord } from "./api-harness.js";

/**
 * Neo4j caches a plan per statement text and per types of its parameters, and planning
 * the API's larger statements takes seconds (find-meetings 12-17 s on a cold JVM). The
 * warm-up plans each statement once, with its optional arguments absent; a request that
 * gives them must reuse that plan, not add one of its own. Each test clears the plan
 * cache, runs requests of one root field that differ only in their optional arguments
 * (asOf, filters, cursors, nested pages), and asks how many plans Neo4j then held: one
 * per distinct statement that ran. (Integration files run one at a time, so nothing
 * else plans meanwhile; the warm-up plans them again afterwards.)
 */

describe("one plan per statement, whatever the optional arguments", () => {
  let h: ApiHarness;
  let api: ApiServer;
  let names: Set<string>;

  /** Clears Neo4j's plan caches and returns how many plans they held. */
  async function clearPlans(): Promise<number> {
    const session = h.graph.executor.driver.session({ database: h.graph.executor.database });
    try {
      const result = await session.run("CALL db.clearQueryCaches()");
      const message = String(result.records[0]?.get(0));
      if (/already empty/i.test(message)) return 0;
      const count = /cleared of (\d+) quer/i.exec(message)?.[1];
      if (count === undefined) throw new Error(`unexpected answer: ${message}`);
      return Number(count);
    } finally {
      await session.close();
    }
  }

  async function run(query: string): Promise<Record<string, unknown>> {
    const response = await api.apollo.executeOperation(
      { query },
      { contextValue: api.contextFor() },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    expect(errors, query).toBeUndefined();
    return data as Record<string, unknown>;
  }

  /** The end cursor of a connection's first page of one, for the `after` variants. */
  async function cursorOf(field: string, args = ""): Promise<string> {
    const data = await run(`{ ${field}(first: 1${args}) { pageInfo { endCursor } } }`);
    const cursor = (data[field] as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
    expect(cursor).not.toBeNull();
    return cursor as string;
  }

  /** Runs `queries` after clearing the plans; returns [plans held, distinct statements]. */
  async function plansFor(queries: string[]): Promise<[number, number]> {
    await clearPlans();
    names.clear();
    for (const query of queries) await run(query);
    return [await clearPlans(), names.size];
  }

  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const recorder = recordingReads(h.graph.executor);
    names = recorder.names;
    api = await createApiServer({
      executor: recorder.executor,
      config: loadConfig({ NODE_ENV: "test" }),
    });
  });
  afterAll(async () => {
    // Plans as the files after this one found them: the integration files share one Neo4j,
    // and a cleared cache would make their first big statements plan inside their timeouts.
    if (api) await warmUpPlans(api, (operation, error) => console.error(operation, error));
    await api?.apollo.stop();
    await h?.close();
  });

  it("a timeline page, with and without asOf, a range, a cursor and participants' pages", async () => {
    const after = await cursorOf("meetings", `, filter: {countries: ["KOR"]}`);
    const node = "edges { node { id participants { id } positions { id } } }";
    const [plans, statements] = await plansFor([
      `{ meetings(first: 2, filter: {countries: ["KOR"]}) { ${node} } }`,
      `{ meetings(first: 2, asOf: "2026-01", filter: {countries: ["KOR"]}) { ${node} } }`,
      `{ meetings(first: 2, after: "${after}", filter: {countries: ["KOR"], from: "2020"}) { ${node} } }`,
      `{ meetings(first: 2) { edges { node { id participants { id meetings(first: 2) { totalCount } } } } } }`,
    ]);
    expect(statements).toBe(1);
    expect(plans).toBe(statements);
  });

  it("one meeting, and one leader with and without asOf, meetings and counterparts", async () => {
    const data = await run(`{ meetings(first: 1) { edges { node { id participants { id } } } } }`);
    const meeting = (
      data.meetings as { edges: { node: { id: string; participants: { id: string }[] } }[] }
    ).edges[0]!.node;
    const leader = meeting.participants[0]!.id;
    const [plans, statements] = await plansFor([
      `{ meeting(id: "${meeting.id}") { id } }`,
      `{ meeting(id: "${meeting.id}", asOf: "2026-01") { id } }`,
      `{ leader(id: "${leader}") { id } }`,
      `{ leader(id: "${leader}", asOf: "2026-01") { id meetings(first: 3) { totalCount } } }`,
      `{ leader(id: "${leader}") { id counterparts(first: 3, from: "2020") { meetings } } }`,
    ]);
    expect(statements).toBe(2);
    expect(plans).toBe(statements);
  });

  it("leaders, quotes and articles, filtered or not, on their first page or after it", async () => {
    const leaders = await cursorOf("leaders");
    const quotes = await cursorOf("quotes");
    const articles = await cursorOf("articles");
    const [plans, statements] = await plansFor([
      `{ leaders(first: 1) { totalCount } }`,
      `{ leaders(first: 1, filter: {name: "lee"}) { totalCount } }`,
      `{ leaders(first: 1, after: "${leaders}", filter: {countries: ["KOR"]}, asOf: "2026") { totalCount } }`,
      `{ quotes(first: 1) { totalCount } }`,
      `{ quotes(first: 1, filter: {speakers: ["x"], text: "peace"}) { totalCount } }`,
      `{ quotes(first: 1, after: "${quotes}") { totalCount } }`,
      `{ articles(first: 1) { totalCount } }`,
      `{ articles(first: 1, after: "${articles}", asOf: "2026") { totalCount } }`,
    ]);
    expect(statements).toBe(3);
    expect(plans).toBe(statements);
  });

  it("topics and states, with and without their stance matrix, filters and ranges", async () => {
    const data = await run(`{ topics { id } }`);
    const topic = (data.topics as { id: string }[])[0]!.id;
    const [plans, statements] = await plansFor([
      `{ topics { id } }`,
      `{ topics(filter: {kind: DENUCLEARIZATION}) { id stanceMatrix(from: "2020") { support } } }`,
      `{ topic(id: "${topic}") { id } }`,
      `{ topic(id: "${topic}") { id stanceMatrix { support } } }`,
      `{ countries { code } }`,
      `{ country(code: "KOR") { code counterparts { meetings } } }`,
      `{ country(code: "KOR") { code counterparts(from: "2020", to: "2026") { meetings } } }`,
    ]);
    expect(statements).toBe(4);
    expect(plans).toBe(statements);
  });
});
