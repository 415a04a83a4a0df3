import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { personKey } from "../../src/domain/keys.js";
import {
  type ApiHarness,
  at,
  buildRecord,
  openApiHarness,
  pluck,
  type PositionSpec,
  uniqueTag,
  type GraphQLBody,
  postCounted,
  serveHarness,
} from "./api-harness.js";

/** The page each side asks: everything the meeting statements project for it. */
const PAGE = `totalCount
  edges { cursor node { id kind status date title cameo { code } plover { type mode } countries { code name }
    participants { id name title country { code } } } }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const VARIABLES = `$first: Int, $after: String, $orderBy: MeetingOrder, $filter: MeetingFilter, $asOf: String`;
const PAGE_ARGS = `first: $first, after: $after, orderBy: $orderBy, filter: $filter`;

/** A leader's meetings under the participants of a page of the leader's meetings (Q6's shape). */
const NESTED = `query($root: ID!, ${VARIABLES}) {
  meetings(filter: { leaders: [$root] }, first: 8, asOf: $asOf) { edges { node { id
    participants { id meetings(${PAGE_ARGS}) { ${PAGE} } } } } } }`;
/** The same page of one leader, as `leader(id)` reads it (find-leaders-by-ids). */
const REFERENCE = `query($id: ID!, ${VARIABLES}) {
  leader(id: $id, asOf: $asOf) { meetings(${PAGE_ARGS}) { ${PAGE} } } }`;

/**
 * The participants' own meetings pages that find-meetings and find-meetings-by-ids project
 * (Meeting.participants -> Leader.meetings), over real HTTP, on records of the test's own:
 * every page must equal the one `leader(id)` answers for the same arguments (the statement
 * that answered nested pages before, one per level), and cost no statement of its own.
 */
describe("the participants' meetings pages of a meeting statement, over HTTP", () => {
  let h: ApiHarness;
  let server: { url: string; close(): Promise<void> };
  const tag = uniqueTag();
  const [ann, bob, cid, dee] = ["Ann", "Bob", "Cid", "Dee"].map((n) => `${n} ${tag}`) as [
    string,
    string,
    string,
    string,
  ];
  const id = (name: string): string => personKey(name);
  const position = (p: Omit<PositionSpec, "speaker">): PositionSpec => ({ ...p, speaker: ann });

  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(
      buildRecord({
        tag: `${tag}-a`,
        publishedAt: "2022-12-31",
        meetings: [
          {
            kind: "meeting",
            date: "2019-01-10",
            countries: ["USA", "GBR", "JPN"],
            leaders: [ann, dee],
          },
          {
            kind: "summit",
            date: "2020-03-01",
            countries: ["USA", "JPN"],
            leaders: [ann, bob],
            positions: [
              position({
                stance: "support",
                topic: { kind: "sanctions", args: ["PRK"] },
                holders: ["USA", "JPN"],
              }),
            ],
          },
          { kind: "call", date: "2021-05-01", countries: ["USA", "JPN"], leaders: [ann, bob] },
          {
            kind: "visit",
            date: "2021-06",
            countries: ["USA", "CHN"],
            leaders: [ann, cid],
            positions: [
              position({
                stance: "concern",
                topic: { kind: "trade", args: ["CHN"] },
                holders: ["USA"],
              }),
            ],
          },
          { kind: "meeting", status: "proposed", countries: ["USA", "CHN"], leaders: [ann, cid] },
          {
            kind: "summit",
            status: "planned",
            date: "2021",
            countries: ["USA", "GBR", "JPN"],
            leaders: [ann, bob, dee],
          },
          {
            kind: "conference",
            status: "proposed",
            countries: ["USA", "JPN"],
            leaders: [ann, bob],
          },
        ],
      }),
    );
    // A later article: one more meeting of Ann's, and one of Bob and Dee without her.
    await h.load(
      buildRecord({
        tag: `${tag}-b`,
        publishedAt: "2023-06-30",
        meetings: [
          { kind: "call", date: "2023-06-01", countries: ["USA", "CHN"], leaders: [ann, cid] },
          { kind: "meeting", date: "2021-06-15", countries: ["USA", "JPN"], leaders: [bob, dee] },
        ],
      }),
    );
    // Plan the statements in process first: a cold plan of find-meetings can take longer
    // than the HTTP request deadline on a busy machine.
    await h.run(NESTED, { root: id(ann) });
    await h.run(REFERENCE, { id: id(ann) });
    server = await serveHarness(h);
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  /** Posts an operation and counts the statements it ran. */
  const post = (query: string, variables?: Record<string, unknown>) =>
    postCounted(h, server.url, query, variables);

  /** Every participant's page in a response, by participant (each one must be the same). */
  function pagesOf(participants: unknown[], field = "meetings"): Map<string, unknown> {
    const pages = new Map<string, unknown>();
    for (const p of participants) {
      const pid = at(p, "id") as string;
      if (pages.has(pid)) expect(at(p, field)).toEqual(pages.get(pid));
      pages.set(pid, at(p, field));
    }
    return pages;
  }

  const participantsOfPage = (body: GraphQLBody): unknown[] =>
    pluck(at(body.data, "meetings", "edges"), "node", "participants").flat();

  /** Checks each page against `leader(id)`'s for the same arguments (and selection). */
  async function expectReferencePages(
    pages: Map<string, unknown>,
    variables: Record<string, unknown>,
    selection = PAGE,
  ): Promise<void> {
    const query = REFERENCE.replace(PAGE, selection);
    for (const [pid, page] of pages) {
      const reference = await post(query, { ...variables, id: pid });
      expect(reference.errors).toBeUndefined();
      expect(page, pid).toEqual(at(reference.data, "leader", "meetings"));
    }
  }

  /** Q6's shape for Ann's meetings: the pages, checked against the reference, and the cost. */
  async function nestedPages(
    variables: Record<string, unknown>,
  ): Promise<{ pages: Map<string, unknown>; statements: number }> {
    const body = await post(NESTED, { ...variables, root: id(ann) });
    expect(body.errors).toBeUndefined();
    const pages = pagesOf(participantsOfPage(body));
    expect([...pages.keys()].sort()).toEqual([ann, bob, cid, dee].map(id).sort());
    await expectReferencePages(pages, variables);
    return { pages, statements: body.statements };
  }

  const dates = (page: unknown): unknown[] => pluck(at(page, "edges"), "node", "date");

  it.each<[string, Record<string, unknown>]>([
    ["the default arguments", {}],
    ["two at a time, oldest first", { first: 2 }],
    ["two at a time, newest first", { first: 2, orderBy: "DATE_DESC" }],
    ["overlapping 2021", { filter: { from: "2021", to: "2021" } }],
    ["from mid-June 2021, newest first", { filter: { from: "2021-06-10" }, orderBy: "DATE_DESC" }],
    ["calls and summits", { filter: { kinds: ["CALL", "SUMMIT"] } }],
    ["planned or proposed", { filter: { statuses: ["PLANNED", "PROPOSED"] } }],
    ["with Japan", { filter: { countries: ["JPN"] } }],
    ["with China or Britain", { filter: { anyCountries: ["CHN", "GBR"] } }],
    ["on sanctions", { filter: { topic: { kind: "SANCTIONS" } } }],
    ["on a topic about China", { filter: { topic: { args: ["CHN"] } } }],
    ["as of January 2023, newest first", { asOf: "2023-01", orderBy: "DATE_DESC" }],
    ["as of January 2023, from 2021", { asOf: "2023-01", first: 3, filter: { from: "2021" } }],
  ])(
    "answers each participant's page %s as leader(id) does, in one statement",
    async (_n, args) => {
      const { pages, statements } = await nestedPages(args);
      expect(statements).toBe(1);
      expect([...pages.values()].some((page) => dates(page).length > 0)).toBe(true);
    },
  );

  it("filters a participant's page by a leader who took part", async () => {
    const { pages, statements } = await nestedPages({ filter: { leaders: [id(bob)] } });
    expect(statements).toBe(1);
    // Ann met Bob at three dated meetings and one undated; Cid never.
    expect(dates(pages.get(id(ann)))).toEqual(["2020-03-01", "2021", "2021-05-01", null]);
    expect(at(pages.get(id(cid)), "totalCount")).toBe(0);
  });

  it("sorts dated meetings by their start, undated last, and counts every match", async () => {
    const { pages } = await nestedPages({});
    const annPage = pages.get(id(ann));
    expect(dates(annPage)).toEqual([
      "2019-01-10",
      "2020-03-01",
      "2021",
      "2021-05-01",
      "2021-06",
      "2023-06-01",
      null,
      null,
    ]);
    expect(at(annPage, "totalCount")).toBe(8);
    // Three states held it: a multilateral consultation (from the states the row counts).
    expect(pluck(at(annPage, "edges", 0, "node", "countries"), "code")).toEqual([
      "GBR",
      "JPN",
      "USA",
    ]);
    expect(at(annPage, "edges", 0, "node", "plover")).toEqual({
      type: "CONSULT",
      mode: "multilateral",
    });
    expect(pluck(at(annPage, "edges", 0, "node", "participants"), "id")).toEqual(
      [ann, dee].map(id).sort(),
    );
    // As of January 2023 the later article's meetings are not known yet.
    const before = await nestedPages({ asOf: "2023-01" });
    expect(at(before.pages.get(id(ann)), "totalCount")).toBe(7);
    expect(dates(before.pages.get(id(bob)))).not.toContain("2021-06-15");
  });

  it("codes a leader's meeting of three states as multilateral (regression: find-leaders-by-ids left out countryKey)", async () => {
    const body = await post(
      `query($id: ID!) { leader(id: $id) { meetings(first: 1) {
      edges { node { date plover { type mode } } } } } }`,
      { id: id(dee) },
    );
    expect(at(body.data, "leader", "meetings", "edges", 0, "node")).toEqual({
      date: "2019-01-10",
      plover: { type: "CONSULT", mode: "multilateral" },
    });
  });

  it.each<[string, number]>([
    ["DATE_ASC", 2],
    ["DATE_DESC", 2],
    // Seven: the second page starts after an undated meeting.
    ["DATE_ASC", 7],
    ["DATE_DESC", 7],
  ])("pages through %s, %i at a time, with each page's cursor", async (orderBy, first) => {
    let after: string | null = null;
    const seen: unknown[] = [];
    for (let page = 0; page < 6; page += 1) {
      const { pages, statements } = await nestedPages({ orderBy, first, after });
      expect(statements).toBe(1);
      const annPage = pages.get(id(ann));
      seen.push(...dates(annPage));
      if (at(annPage, "pageInfo", "hasNextPage") !== true) break;
      after = at(annPage, "pageInfo", "endCursor") as string;
    }
    const dated = ["2019-01-10", "2020-03-01", "2021", "2021-05-01", "2021-06", "2023-06-01"];
    expect(seen).toEqual([...(orderBy === "DATE_DESC" ? dated.reverse() : dated), null, null]);
  });

  it("projects the participants' pages of one meeting, in one statement", async () => {
    const page = await post(
      `query($id: ID!) { meetings(filter: { leaders: [$id], kinds: [CALL] }, first: 1) {
        edges { node { id } } } }`,
      { id: id(ann) },
    );
    const meetingId = at(page.data, "meetings", "edges", 0, "node", "id");
    const variables = { first: 3, orderBy: "DATE_DESC" };
    const body = await post(
      `query($meeting: ID!, ${VARIABLES}) { meeting(id: $meeting, asOf: $asOf) {
        participants { id meetings(${PAGE_ARGS}) { ${PAGE} } } } }`,
      { ...variables, meeting: meetingId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.statements).toBe(1);
    const pages = pagesOf(at(body.data, "meeting", "participants") as unknown[]);
    expect([...pages.keys()].sort()).toEqual([ann, bob].map(id).sort());
    await expectReferencePages(pages, variables);
  });

  it("projects the participants' pages of a state's meetings with that level's statement", async () => {
    const variables = { first: 2, filter: { from: "2021" } };
    const body = await post(
      `query(${VARIABLES}) { country(code: "CHN", asOf: $asOf) { meetings(first: 5) { edges { node {
        participants { id meetings(${PAGE_ARGS}) { ${PAGE} } } } } } } }`,
      variables,
    );
    expect(body.errors).toBeUndefined();
    // The state, then its meetings with their participants' pages.
    expect(body.statements).toBe(2);
    const participants = pluck(
      at(body.data, "country", "meetings", "edges"),
      "node",
      "participants",
    );
    const pages = pagesOf(participants.flat());
    expect([...pages.keys()].sort()).toEqual([ann, cid].map(id).sort());
    await expectReferencePages(pages, variables);
  });

  it("projects them under the pages of states that several meetings share", async () => {
    // Regression: equal scopes of one statement share their rows, and the second pass over
    // a shared meeting dropped the pages the first had turned into prefetched values.
    const variables = { first: 2, orderBy: "DATE_DESC" };
    // Shallow enough for the depth limit (12).
    const page = `totalCount edges { cursor node { id date } } pageInfo { hasNextPage endCursor }`;
    const body = await post(
      `query($root: ID!, ${VARIABLES}) {
        meetings(filter: { leaders: [$root] }, first: 8, asOf: $asOf) { edges { node {
          countries { code meetings(first: 3) { edges { node {
            participants { id meetings(${PAGE_ARGS}) { ${page} } } } } } } } } } }`,
      { ...variables, root: id(ann) },
    );
    expect(body.errors).toBeUndefined();
    // The page, then every state's page with their participants' pages.
    expect(body.statements).toBe(2);
    const states = pluck(at(body.data, "meetings", "edges"), "node", "countries").flat();
    const participants = states.flatMap((state) =>
      pluck(at(state, "meetings", "edges"), "node", "participants").flat(),
    );
    expect(states.filter((state) => at(state, "code") === "USA")).toHaveLength(8);
    const pages = pagesOf(participants);
    expect(pages.size).toBeGreaterThan(1);
    await expectReferencePages(pages, variables, page);
  });

  it("falls back to one statement for the level when the page selects a part not projected", async () => {
    const variables = { first: 3 };
    const body = await post(
      `query($root: ID!, ${VARIABLES}) {
        meetings(filter: { leaders: [$root] }, first: 8, asOf: $asOf) { edges { node {
          participants { id meetings(${PAGE_ARGS}) { ${PAGE}
            edges { node { positions { stance topic { id } } } } } } } } } }`,
      { ...variables, root: id(ann) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.statements).toBe(2);
    const pages = pagesOf(participantsOfPage(body));
    const annPage = pages.get(id(ann));
    expect(pluck(at(annPage, "edges"), "node", "positions", 0, "stance")).toEqual([
      undefined,
      "SUPPORT",
      undefined,
    ]);
    for (const [pid, page] of pages) {
      const reference = await post(
        `query($id: ID!, ${VARIABLES}) { leader(id: $id, asOf: $asOf) {
          meetings(${PAGE_ARGS}) { ${PAGE} edges { node { positions { stance topic { id } } } } } } }`,
        { ...variables, id: pid },
      );
      expect(page, pid).toEqual(at(reference.data, "leader", "meetings"));
    }
  });

  it("falls back per set of arguments when aliases ask different pages", async () => {
    const body = await post(
      `query($root: ID!) { meetings(filter: { leaders: [$root] }) { edges { node {
        participants { id
          oldest: meetings(first: 2) { ${PAGE} }
          newest: meetings(first: 2, orderBy: DATE_DESC) { ${PAGE} } } } } } }`,
      { root: id(ann) },
    );
    expect(body.errors).toBeUndefined();
    // The page, then one find-leaders-by-ids for each set of arguments.
    expect(body.statements).toBe(3);
    const participants = participantsOfPage(body);
    await expectReferencePages(pagesOf(participants, "oldest"), { first: 2 });
    await expectReferencePages(pagesOf(participants, "newest"), {
      first: 2,
      orderBy: "DATE_DESC",
    });
  });

  it("answers a third level with one more statement", async () => {
    const body = await post(
      `query($root: ID!) { meetings(filter: { leaders: [$root], kinds: [CALL] }) { edges { node {
        participants { id meetings(first: 1) { edges { node { id
          participants { id meetings(filter: { kinds: [SUMMIT] }) { totalCount } } } } } } } } } }`,
      { root: id(ann) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.statements).toBe(2);
    // Ann's first meeting is with Dee, who took part in one summit.
    const annPage = pagesOf(participantsOfPage(body)).get(id(ann));
    const third = at(annPage, "edges", 0, "node", "participants") as unknown[];
    expect(pagesOf(third).get(id(dee))).toEqual({ totalCount: 1 });
    expect(pagesOf(third).get(id(ann))).toEqual({ totalCount: 2 });
  });

  it("sends the pages' parameter as a map when they are not planned too: one plan in Neo4j's cache", async () => {
    // A parameter's type is part of the plan cache's key: were it null for Q1 and a map for
    // Q6, the first Q6 after the warm-up would plan find-meetings again (seconds).
    const read = vi.spyOn(h.graph.executor, "read");
    try {
      await post(`{ meetings(first: 1) { edges { node { id participants { id } } } } }`);
      await post(`{ meeting(id: "no-such-meeting") { id } }`);
      const sent = read.mock.calls
        .filter(([name]) => name === "api/find-meetings" || name === "api/find-meetings-by-ids")
        .map(([, params]) => params?.participantMeetings);
      expect(sent).toEqual([
        expect.objectContaining({ scope: null }),
        expect.objectContaining({ scope: null }),
      ]);
    } finally {
      read.mockRestore();
    }
  });

  it("reports a malformed nested argument at the nested field's path", async () => {
    const body = await post(NESTED, { root: id(ann), filter: { from: "2021-13" } });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.every((e) => e.extensions?.code === "BAD_USER_INPUT")).toBe(true);
    expect(body.errors?.map((e) => e.path)).toContainEqual([
      "meetings",
      "edges",
      0,
      "node",
      "participants",
      0,
      "meetings",
    ]);
  });
});
