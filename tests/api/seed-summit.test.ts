import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, at, openApiHarness, pluck, seedRecord } from "./api-harness.js";

describe("the API over the seed summit (in process)", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(async () => {
    await h.close();
  });

  it("returns the 13 January 2026 summit with both leaders and its positions in one statement", async () => {
    const result = await h.run(`{
      meetings(filter: { countries: ["KOR", "JPN"], from: "2026-01", to: "2026-01" }) {
        totalCount
        edges { cursor node {
          id kind status date datePrecision jointStatement sourceCount publisherCount
          countries { code }
          participants { id name title country { code } }
          positions { stance topic { kind args } holders { code } speakers { id } evidence { sentence } }
          quotes { text speaker { id } }
          evidence { article { publisher } sentence start end }
        } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const connection = result.data?.meetings as {
      totalCount: number;
      edges: { node: Record<string, unknown> }[];
    };
    expect(connection.totalCount).toBe(1);
    const summit = connection.edges[0]?.node as Record<string, unknown>;
    expect(summit).toMatchObject({
      kind: "SUMMIT",
      status: "HELD",
      date: "2026-01-13",
      datePrecision: "DAY",
      jointStatement: true,
      sourceCount: 1,
      publisherCount: 1,
      countries: [{ code: "JPN" }, { code: "KOR" }],
    });
    expect((summit.participants as { id: string }[]).map((p) => p.id).sort()).toEqual([
      "lee-jae-myung",
      "sanae-takaichi",
    ]);
    expect(summit.participants).toContainEqual({
      id: "lee-jae-myung",
      name: "Lee Jae-myung",
      title: "President",
      country: { code: "KOR" },
    });
    expect(summit.positions).toContainEqual(
      expect.objectContaining({
        stance: "SUPPORT",
        topic: { kind: "DENUCLEARIZATION", args: ["korean-peninsula"] },
        holders: [{ code: "JPN" }, { code: "KOR" }],
      }),
    );
    expect(result.statements).toBe(1);
  });

  it("lists KOR and JPN as supporting the denuclearization of the Korean Peninsula", async () => {
    const result = await h.run(`{
      topics(filter: { kind: DENUCLEARIZATION, args: ["korean-peninsula"] }) {
        id kind args label
        positions { totalCount edges { node { stance holders { code } sourceCount } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const topics = result.data?.topics as {
      kind: string;
      args: string[];
      positions: { edges: { node: { stance: string; holders: { code: string }[] } }[] };
    }[];
    expect(topics).toHaveLength(1);
    expect(topics[0]).toMatchObject({ kind: "DENUCLEARIZATION", args: ["korean-peninsula"] });
    const supporters = topics[0]?.positions.edges
      .filter((e) => e.node.stance === "SUPPORT")
      .flatMap((e) => e.node.holders.map((c) => c.code));
    expect(supporters?.sort()).toEqual(["JPN", "KOR"]);
    expect(result.statements).toBe(2);
  });

  it("gives Lee Jae-myung his three quotes and Sanae Takaichi her one", async () => {
    const result = await h.run(`{
      lee: leader(id: "lee-jae-myung") { name title country { code } quotes { text evidence { start end sentence } } }
      takaichi: leader(id: "sanae-takaichi") { name quotes { text meeting { kind date } } }
    }`);
    expect(result.errors).toBeUndefined();
    const lee = result.data?.lee as { quotes: { text: string }[]; title: string };
    const takaichi = result.data?.takaichi as { quotes: { text: string; meeting: unknown }[] };
    expect(lee.title).toBe("President");
    expect(lee.quotes).toHaveLength(3);
    expect(takaichi.quotes).toHaveLength(1);
    expect(takaichi.quotes[0]?.text).toMatch(/^We confirmed that Japan/);
    expect(takaichi.quotes[0]?.meeting).toEqual({ kind: "SUMMIT", date: "2026-01-13" });
    // Both leaders in one statement, then their quotes' meetings in one more.
    expect(result.statements).toBe(2);
  });

  it("finds leaders by any part of a name or alias, ignoring case and accents", async () => {
    const result = await h.run(`{
      a: leaders(filter: { name: "TAKAÏCHI" }) { totalCount edges { node { id } } }
      b: leaders(filter: { name: "jae myung" }) { edges { node { id } } }
      c: leaders(filter: { countries: ["JPN"] }) { edges { node { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    const ids = (k: string): string[] =>
      (result.data?.[k] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(ids("a")).toEqual(["sanae-takaichi"]);
    expect(ids("b")).toEqual(["lee-jae-myung"]);
    expect(ids("c")).toEqual(["sanae-takaichi"]);
  });

  it("answers a leader's meetings and positions, a state's counterparts, search and stats", async () => {
    const result = await h.run(`{
      leader(id: "lee-jae-myung") {
        meetings { totalCount edges { node { kind date participants { id } } } }
        positions { stance topic { kind } }
      }
      country(code: "KOR") { name leaders { id } counterparts { country { code } meetings } }
      search(text: "takaichi") { kind id }
      meetingStats(filter: { anyCountries: ["KOR"] }, interval: MONTH) { period count }
      quotes(filter: { speakers: ["lee-jae-myung"], text: "dialogue" }) { totalCount }
      articles { totalCount edges { node { publisher meetings { kind } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data;
    expect(at(data, "leader", "meetings", "totalCount")).toBe(3);
    expect(pluck(at(data, "leader", "meetings", "edges"), "node", "date")).toEqual([
      "2026-01",
      "2026-01-12",
      "2026-01-13",
    ]);
    expect(pluck(at(data, "leader", "positions"), "stance").length).toBeGreaterThan(3);
    expect(at(data, "country", "counterparts")).toEqual([
      { country: { code: "CHN" }, meetings: 1 },
      { country: { code: "JPN" }, meetings: 1 },
    ]);
    expect(at(data, "search")).toContainEqual({ kind: "LEADER", id: "sanae-takaichi" });
    expect(at(data, "meetingStats")).toEqual([{ period: "2026-01", count: 3 }]);
    expect(at(data, "quotes", "totalCount")).toBe(2);
    expect(at(data, "articles", "totalCount")).toBe(1);
    expect(at(data, "articles", "edges", 0, "node", "meetings")).toHaveLength(4);
  });
});
