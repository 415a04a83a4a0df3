import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCypherRegistry } from "../../src/graph/cypher-registry.js";
import {
  meetingPageParamOrNone,
  planMeetingScope,
} from "../../src/api/meetings/meeting.service.js";
import { asOfParam } from "../../src/api/shared/read-rows.js";
import { type ApiHarness, buildRecord, openApiHarness, uniqueTag } from "./api-harness.js";

/** 40 years of monthly calls between two states, plus one undated proposal. */
function fortyYears(tag: string): Parameters<typeof buildRecord>[0] {
  const meetings = [];
  for (let year = 1986; year < 2026; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      meetings.push({
        kind: "call" as const,
        date: `${year}-${String(month).padStart(2, "0")}-15`,
        title: `Call ${year}-${month}`,
        countries: ["FRA", "DEU"],
      });
    }
  }
  meetings.push({ kind: "summit" as const, title: "Proposed summit", countries: ["FRA", "DEU"] });
  // A rare state: three visits in 40 years, among the 480 calls of the busy pair.
  for (const year of [1990, 2005, 2020]) {
    meetings.push({
      kind: "visit" as const,
      date: `${year}-06-01`,
      title: `Visit ${year}`,
      countries: ["FRA", "LUX"],
    });
  }
  return { tag, publishedAt: "2026-03-01", meetings };
}

/** Database hits of one page of find-meetings, measured with PROFILE. */
async function pageCost(
  h: ApiHarness,
  filter: { from?: string; to?: string; countries?: string[] },
  desc = false,
): Promise<number> {
  const session = h.graph.executor.driver.session({ database: h.graph.executor.database });
  try {
    const result = await session.run(`PROFILE ${loadCypherRegistry()["api/find-meetings"]}`, {
      scopes: [planMeetingScope({ key: "k", filter, desc })],
      limit: 21,
      desc,
      asOf: asOfParam(null),
      include: {
        totalCount: false,
        countries: false,
        participants: false,
        positions: false,
        positionEvidence: false,
        quoteEvidence: false,
        quotes: false,
        evidence: false,
      },
      participantMeetings: meetingPageParamOrNone(undefined),
    });
    let hits = 0;
    const walk = (plan: { dbHits?: number; children?: unknown[] }): void => {
      hits += Number(plan.dbHits ?? 0);
      (plan.children ?? []).forEach((c) => walk(c as typeof plan));
    };
    walk(result.summary.profile as unknown as { dbHits?: number; children?: unknown[] });
    return hits;
  } finally {
    await session.close();
  }
}

describe("timeline pages come from the (dateStart, id) index", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(buildRecord(fortyYears(uniqueTag())));
  });
  afterAll(async () => {
    await h.close();
  });

  it("costs about as much for a page of 40 years as for a page of one year", async () => {
    const oneYear = await pageCost(h, { from: "2000", to: "2000" });
    const fortyYearRange = await pageCost(h, { from: "1986", to: "2025" });
    const unbounded = await pageCost(h, {});
    const newestFirst = await pageCost(h, {}, true);
    expect(fortyYearRange).toBeLessThan(oneYear * 2);
    expect(unbounded).toBeLessThan(oneYear * 2);
    expect(newestFirst).toBeLessThan(oneYear * 2);
  });

  it("starts a rare state's page from the state, a busy state's from the index", async () => {
    const oneYear = await pageCost(h, { from: "2000", to: "2000" });
    // Walking the index for LUX would read all 484 dated meetings to find its three.
    const rare = await pageCost(h, { from: "1986", to: "2025", countries: ["LUX"] });
    const rareNewestFirst = await pageCost(h, { countries: ["LUX"] }, true);
    const busy = await pageCost(h, { from: "1986", to: "2025", countries: ["DEU"] });
    expect(rare).toBeLessThan(oneYear);
    expect(rareNewestFirst).toBeLessThan(oneYear);
    expect(busy).toBeLessThan(oneYear * 3);
  });

  /** The titles of every page of `meetings(<args>)`, following the cursors. */
  async function allTitles(args: string, pages: number): Promise<string[]> {
    const titles: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < pages; i += 1) {
      const result = await h.run(
        `query($after: String) { meetings(after: $after, ${args}) {
          edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data?.meetings as {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      titles.push(...connection.edges.map((e) => e.node.title));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return titles;
  }

  it("keeps only the meetings of every named state on a page walked from the index", async () => {
    // DEU and FRA take part in hundreds of meetings: their pages walk the date index and
    // test each meeting's participation against the named states.
    const both = `filter: { countries: ["DEU", "FRA"], from: "1990-05" }`;
    expect(await allTitles(`first: 3, ${both}`, 1)).toEqual([
      "Call 1990-5",
      "Call 1990-6",
      "Call 1990-7",
    ]);
    const france = `filter: { countries: ["FRA"], from: "1990-05" }`;
    expect(await allTitles(`first: 3, ${france}`, 1)).toEqual([
      "Call 1990-5",
      "Visit 1990",
      "Call 1990-6",
    ]);
    const newest = `orderBy: DATE_DESC, filter: { countries: ["FRA", "LUX", "DEU"] }`;
    expect(await allTitles(`first: 2, ${newest}`, 1)).toEqual([]);
    const newestPair = `orderBy: DATE_DESC, filter: { countries: ["FRA", "DEU"], to: "2020" }`;
    expect(await allTitles(`first: 2, ${newestPair}`, 1)).toEqual(["Call 2020-12", "Call 2020-11"]);
    // A state that is not in the graph takes part in nothing: the page is empty.
    expect(await allTitles(`first: 3, filter: { countries: ["DEU", "ZZZ"] }`, 1)).toEqual([]);
  });

  it("pages a rare state's meetings from the state in both orders", async () => {
    const rare = (order: string) =>
      allTitles(`first: 1, orderBy: ${order}, filter: { countries: ["LUX"], from: "1986" }`, 5);
    expect(await rare("DATE_ASC")).toEqual(["Visit 1990", "Visit 2005", "Visit 2020"]);
    expect(await rare("DATE_DESC")).toEqual(["Visit 2020", "Visit 2005", "Visit 1990"]);
  });

  it("pages through all 483 dated meetings and then the undated proposal", async () => {
    const titles = await allTitles("first: 100", 10);
    expect(titles).toHaveLength(484);
    expect(titles[0]).toBe("Call 1986-1");
    expect(titles.slice(52, 54)).toEqual(["Call 1990-5", "Visit 1990"]);
    expect(titles[482]).toBe("Call 2025-12");
    expect(titles[483]).toBe("Proposed summit");
  });
});

describe("a rare state's page from the state", () => {
  let h: ApiHarness;
  /** 40 states besides ISL: the conferences' other members. */
  const members = Array.from(
    { length: 40 },
    (_, i) =>
      `X${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
  );
  beforeAll(async () => {
    h = await openApiHarness();
    const record = fortyYears(uniqueTag());
    // A second rare state, in three conferences of 41 states instead of three visits.
    for (const year of [1991, 2006, 2021]) {
      record.meetings.push({
        kind: "conference" as const,
        date: `${year}-09-01`,
        title: `Conference ${year}`,
        countries: ["ISL", ...members],
      });
    }
    await h.load(buildRecord(record));
  });
  afterAll(async () => {
    await h.close();
  });

  it("does not test the state's own participation in each of its meetings", async () => {
    const filter = (code: string) => ({ from: "1986", to: "2025", countries: [code] });
    const visits = await pageCost(h, filter("LUX"));
    const conferences = await pageCost(h, filter("ISL"));
    // Testing ISL's participation again would expand each conference's 41 participations.
    expect(conferences).toBeLessThan(visits * 1.5);
  });
});
