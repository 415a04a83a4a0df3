import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCypherRegistry, type QueryName } from "../../src/graph/cypher-registry.js";
import {
  type ApiHarness,
  buildRecord,
  openApiHarness,
  runReading,
  uniqueTag,
} from "./api-harness.js";

/**
 * A page of a person's meetings holds what its sort keeps (the page), not every meeting of
 * the person. It once unwound a list of all the person's meetings in a subquery; Neo4j
 * counts such a list in every row the sort holds, so its memory grew with the square of the
 * person's meetings: 183 MB for one leader of 7,015 meetings, and at 1m eight concurrent
 * dossiers filled the transaction memory pool (MemoryPoolOutOfMemoryError). Measured here
 * with PROFILE's GlobalMemory, for a leader with four times the meetings of another. (The
 * participants' own pages of find-meetings and find-meetings-by-ids have the same shape.)
 */
describe("a person's meetings page holds memory for the page, not for every meeting", () => {
  let h: ApiHarness;
  let tag: string;
  beforeAll(async () => {
    h = await openApiHarness();
    tag = uniqueTag();
    const calls = (leader: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        kind: "call" as const,
        date: `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-10`,
        countries: ["FRA", "DEU"],
        leaders: [leader],
      }));
    await h.load(
      buildRecord({ tag, meetings: [...calls(`Few ${tag}`, 60), ...calls(`Many ${tag}`, 240)] }),
    );
  });
  afterAll(() => h.close());

  /** The statement and parameters the API sends for `query`, then PROFILE's peak memory. */
  const peakMemory = async (query: string, statement: QueryName): Promise<number> => {
    const { errors, reads } = await runReading(h, query, statement);
    expect(errors).toBeUndefined();
    expect(reads).toHaveLength(1);
    const { driver, database } = h.graph.executor;
    const session = driver.session({ database });
    try {
      const profiled = await session.run(
        `PROFILE ${loadCypherRegistry()[statement]}`,
        reads[0]!.params,
      );
      return Number(
        (profiled.summary.profile as { arguments: Record<string, unknown> }).arguments.GlobalMemory,
      );
    } finally {
      await session.close();
    }
  };
  const leaderId = async (name: string): Promise<string> => {
    const found = await h.run(`{ leaders(filter: {name: "${name}"}) { edges { node { id } } } }`);
    return (found.data?.leaders as { edges: { node: { id: string } }[] }).edges[0]!.node.id;
  };

  it("on a leader's meetings page", async () => {
    const query = (id: string) => `{ leader(id: "${id}") {
      meetings(first: 5, orderBy: DATE_DESC) { totalCount edges { node { id } } } } }`;
    const few = await peakMemory(query(await leaderId(`Few ${tag}`)), "api/find-leaders-by-ids");
    const many = await peakMemory(query(await leaderId(`Many ${tag}`)), "api/find-leaders-by-ids");
    expect(few).toBeGreaterThan(0);
    // Four times the meetings: the same memory now; 3.6 times as much before (239 and 869 kB).
    expect(many / few, `${few} and ${many} bytes`).toBeLessThan(2);
  });
});
