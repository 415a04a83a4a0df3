import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, buildRecord, openApiHarness, uniqueTag } from "./api-harness.js";

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { title: string; date: string | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = `
  query Page($filter: MeetingFilter, $order: MeetingOrder, $first: Int, $after: String) {
    meetings(filter: $filter, orderBy: $order, first: $first, after: $after) {
      totalCount
      edges { cursor node { title date } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

describe("meeting timelines", () => {
  let h: ApiHarness;
  const tag = uniqueTag();
  const t = (name: string): string => `${name} ${tag}`;

  async function page(variables: Record<string, unknown>): Promise<Connection> {
    const result = await h.run(PAGE, variables);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    return result.data?.meetings as Connection;
  }
  const titles = (c: Connection): string[] =>
    c.edges.map((e) => e.node.title.replace(` ${tag}`, ""));

  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(
      buildRecord({
        tag,
        publishedAt: "2026-03-01",
        meetings: [
          {
            kind: "conference",
            date: "2025",
            title: t("G year"),
            countries: ["KOR", "USA", "JPN"],
          },
          { kind: "meeting", date: "2025-12-30", title: t("D day"), countries: ["KOR", "USA"] },
          { kind: "visit", date: "2026-01", title: t("A month"), countries: ["KOR", "CHN"] },
          { kind: "summit", date: "2026-01-13", title: t("B day"), countries: ["KOR", "JPN"] },
          { kind: "call", date: "2026-02-05", title: t("F day"), countries: ["KOR", "JPN", "USA"] },
          { kind: "summit", title: t("C undated"), countries: ["JPN", "PRK"] },
        ],
      }),
    );
  });
  afterAll(async () => {
    await h.close();
  });

  it("sorts month and year dates at the start of their interval and undated meetings last", async () => {
    expect(titles(await page({}))).toEqual([
      "G year",
      "D day",
      "A month",
      "B day",
      "F day",
      "C undated",
    ]);
    expect(titles(await page({ order: "DATE_DESC" }))).toEqual([
      "F day",
      "B day",
      "A month",
      "D day",
      "G year",
      "C undated",
    ]);
  });

  it("matches every range that a meeting's interval overlaps, and no range for undated ones", async () => {
    expect(titles(await page({ filter: { from: "2026-01-10" } }))).toEqual([
      "A month",
      "B day",
      "F day",
    ]);
    expect(titles(await page({ filter: { from: "2026-02-01" } }))).toEqual(["F day"]);
    expect(titles(await page({ filter: { to: "2025-12" } }))).toEqual(["G year", "D day"]);
    expect(titles(await page({ filter: { from: "2025-06", to: "2025-06" } }))).toEqual(["G year"]);
    const january = await page({ filter: { from: "2026-01", to: "2026-01" } });
    expect(titles(january)).toEqual(["A month", "B day"]);
    expect(january.totalCount).toBe(2);
  });

  it("requires every listed state with countries and any of them with anyCountries", async () => {
    expect(titles(await page({ filter: { countries: ["KOR", "JPN"] } }))).toEqual([
      "G year",
      "B day",
      "F day",
    ]);
    expect(titles(await page({ filter: { anyCountries: ["CHN", "PRK"] } }))).toEqual([
      "A month",
      "C undated",
    ]);
    expect(
      titles(await page({ filter: { countries: ["USA"], kinds: ["CALL", "MEETING"] } })),
    ).toEqual(["D day", "F day"]);
    expect(titles(await page({ filter: { statuses: ["PROPOSED"] } }))).toEqual(["C undated"]);
  });

  it("pages with cursors across dated and undated meetings, in both orders", async () => {
    for (const order of ["DATE_ASC", "DATE_DESC"]) {
      const all = titles(await page({ order }));
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i += 1) {
        const p: Connection = await page({ order, first: 2, after });
        seen.push(...titles(p));
        expect(p.totalCount).toBe(6);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it("keeps a page sequence stable when meetings are inserted between pages", async () => {
    const first = await page({ first: 3 });
    expect(titles(first)).toEqual(["G year", "D day", "A month"]);
    await h.load(
      buildRecord({
        tag: `${tag}-insert`,
        publishedAt: "2026-03-02",
        meetings: [
          { kind: "call", date: "2025-03-01", title: t("early insert"), countries: ["FRA", "DEU"] },
          { kind: "call", date: "2026-01-20", title: t("late insert"), countries: ["FRA", "DEU"] },
        ],
      }),
    );
    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(titles(second)).toEqual(["B day", "late insert", "F day"]);
  });

  it("counts meetings per month and per year under a filter", async () => {
    const result = await h.run(`{
      months: meetingStats(filter: { countries: ["KOR"] }, interval: MONTH) { period count }
      years: meetingStats(filter: { countries: ["KOR"] }, interval: YEAR) { period count }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.months).toEqual([
      { period: "2025-01", count: 1 },
      { period: "2025-12", count: 1 },
      { period: "2026-01", count: 2 },
      { period: "2026-02", count: 1 },
    ]);
    expect(result.data?.years).toEqual([
      { period: "2025", count: 2 },
      { period: "2026", count: 3 },
    ]);
  });
});
