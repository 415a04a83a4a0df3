import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/**
 * Leader.counterparts, Leader.meetings(orderBy), Leader.positionsByTopic and
 * Topic.stanceMatrix over real HTTP, on records of the test's own: each answer checked
 * against the data, and the statements each shape of question costs.
 */
describe("a leader's dossier and a topic's stance matrix, over HTTP", () => {
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
  const sanctions = { kind: "sanctions", args: ["PRK"] };
  const trade = { kind: "trade", args: ["CHN"] };
  const position = (p: Omit<PositionSpec, "speaker">): PositionSpec => ({ ...p, speaker: ann });

  beforeAll(async () => {
    h = await openApiHarness();
    // Ann met Bob twice, Cid and Dee once each; a proposed meeting has no date.
    await h.load(
      buildRecord({
        tag: `${tag}-a`,
        publishedAt: "2022-12-31",
        meetings: [
          { kind: "meeting", date: "2019-01-10", countries: ["USA", "GBR"], leaders: [ann, dee] },
          {
            kind: "summit",
            date: "2020-03-01",
            countries: ["USA", "JPN"],
            leaders: [ann, bob],
            positions: [position({ stance: "support", topic: sanctions, holders: ["USA", "JPN"] })],
          },
          {
            kind: "call",
            date: "2021-05-01",
            countries: ["USA", "JPN"],
            leaders: [ann, bob],
            positions: [position({ stance: "oppose", topic: sanctions, holders: ["USA"] })],
          },
          {
            kind: "visit",
            date: "2021-06",
            countries: ["USA", "CHN"],
            leaders: [ann, cid],
            positions: [
              position({ stance: "concern", topic: sanctions, holders: ["JPN"] }),
              position({ stance: "support", topic: trade, holders: ["USA"] }),
            ],
          },
          { kind: "meeting", status: "proposed", countries: ["USA", "CHN"], leaders: [ann, cid] },
        ],
      }),
    );
    // A later article reports one more meeting of Ann and Cid.
    await h.load(
      buildRecord({
        tag: `${tag}-b`,
        publishedAt: "2023-06-30",
        meetings: [
          { kind: "call", date: "2023-06-01", countries: ["USA", "CHN"], leaders: [ann, cid] },
        ],
      }),
    );
    server = await serveHarness(h);
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  /** Posts an operation and counts the statements it ran. */
  const post = (query: string, variables?: Record<string, unknown>) =>
    postCounted(h, server.url, query, variables);

  const COUNTERPARTS = `query($id: ID!, $from: String, $to: String, $first: Int, $asOf: String) {
    leader(id: $id, asOf: $asOf) { counterparts(from: $from, to: $to, first: $first) {
      meetings leader { id title country { code } } } }
  }`;
  const ranking = (body: GraphQLBody): [unknown, unknown][] =>
    ((at(body.data, "leader", "counterparts") ?? []) as unknown[]).map((c) => [
      at(c, "leader", "id"),
      at(c, "meetings"),
    ]);

  it("ranks the persons a leader met by shared meetings, then id, in one statement", async () => {
    const all = await post(COUNTERPARTS, { id: id(ann) });
    expect(all.errors).toBeUndefined();
    // Cid: the 2021 visit, the undated proposed meeting (no range given) and the 2023 call.
    expect(ranking(all)).toEqual([
      [id(cid), 3],
      [id(bob), 2],
      [id(dee), 1],
    ]);
    expect(at(all.data, "leader", "counterparts", 0, "leader", "title")).toBe("President");
    expect(all.statements).toBe(1);

    const in2021 = await post(COUNTERPARTS, { id: id(ann), from: "2021", to: "2021" });
    expect(ranking(in2021)).toEqual([
      [id(bob), 1],
      [id(cid), 1],
    ]);
    const top = await post(COUNTERPARTS, { id: id(ann), first: 1 });
    expect(ranking(top)).toEqual([[id(cid), 3]]);
    // As of the first article, the 2023 call of Ann and Cid is not known yet.
    const before = await post(COUNTERPARTS, { id: id(ann), asOf: "2023-01" });
    expect(ranking(before)).toEqual([
      [id(bob), 2],
      [id(cid), 2],
      [id(dee), 1],
    ]);
  });

  it("answers counterparts of a list of leaders in one more statement, with the same counts", async () => {
    const body = await post(
      `query($id: ID!) {
      meetings(filter: { leaders: [$id], kinds: [SUMMIT] }) { edges { node {
        participants { id counterparts { meetings leader { id } } } } } }
    }`,
      { id: id(ann) },
    );
    expect(body.errors).toBeUndefined();
    const participants = at(body.data, "meetings", "edges", 0, "node", "participants") as unknown[];
    const annRow = participants.find((p) => at(p, "id") === id(ann));
    expect(pluck(at(annRow, "counterparts"), "meetings")).toEqual([3, 2, 1]);
    const bobRow = participants.find((p) => at(p, "id") === id(bob));
    expect(pluck(at(bobRow, "counterparts"), "leader", "id")).toEqual([id(ann)]);
    expect(body.statements).toBe(2);
  });

  it("reports a malformed nested argument at its own path", async () => {
    const body = await post(COUNTERPARTS, { id: id(ann), from: "2021-13" });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.path).toEqual(["leader", "counterparts"]);
  });

  /** Both statements that answer a leader's meetings, asked for the same page. */
  async function bothPages(args: Record<string, unknown>): Promise<[unknown, unknown, number]> {
    const fields = `totalCount edges { cursor node { id date } } pageInfo { hasNextPage endCursor }`;
    const variables = { id: id(ann), ...args };
    const nested = await post(
      `query($id: ID!, $first: Int, $after: String, $orderBy: MeetingOrder, $from: String, $kinds: [MeetingKind!]) {
      leader(id: $id) { meetings(first: $first, after: $after, orderBy: $orderBy,
        filter: { from: $from, kinds: $kinds }) { ${fields} } } }`,
      variables,
    );
    const root = await post(
      `query($id: ID!, $first: Int, $after: String, $orderBy: MeetingOrder, $from: String, $kinds: [MeetingKind!]) {
      meetings(first: $first, after: $after, orderBy: $orderBy,
        filter: { leaders: [$id], from: $from, kinds: $kinds }) { ${fields} } }`,
      variables,
    );
    expect(nested.errors).toBeUndefined();
    expect(root.errors).toBeUndefined();
    return [at(nested.data, "leader", "meetings"), at(root.data, "meetings"), nested.statements];
  }

  it.each<[string, Record<string, unknown>]>([
    ["newest first", { orderBy: "DATE_DESC" }],
    ["oldest first", { orderBy: "DATE_ASC" }],
    ["from 2021", { orderBy: "DATE_DESC", from: "2021" }],
    ["calls", { kinds: ["CALL"] }],
  ])("pages a leader's meetings %s like the timeline does, in one statement", async (_n, args) => {
    // Page through two at a time: every page, cursor and count must be the timeline's.
    let after: string | null = null;
    const dates: unknown[] = [];
    for (let page = 0; page < 5; page += 1) {
      const [nested, root, statements] = await bothPages({ ...args, first: 2, after });
      expect(nested).toEqual(root);
      expect(statements).toBe(1);
      dates.push(...pluck(at(nested, "edges"), "node", "date"));
      if (at(nested, "pageInfo", "hasNextPage") !== true) break;
      after = at(nested, "pageInfo", "endCursor") as string;
    }
    if (args.orderBy === "DATE_DESC" && args.from === undefined) {
      expect(dates).toEqual([
        "2023-06-01",
        "2021-06",
        "2021-05-01",
        "2020-03-01",
        "2019-01-10",
        null,
      ]);
    }
    expect(dates.length).toBeGreaterThan(1);
  });

  it.each([
    // A leader's pages come from find-leaders-by-ids, one statement per set of arguments.
    ["a leader", "participants { id", 3],
    // A state's from find-meetings, one scope per page, both aliases in one statement.
    ["a state", "countries { id: code", 2],
  ])(
    "pages the meetings of %s under each meeting of a page, once each and per alias",
    async (_parent, field, statements) => {
      // Regression: equal scopes of one level were sent twice, and find-meetings grouped
      // both into one doubled page; two aliases of one parent got one page between them.
      const body = await post(
        `query($id: ID!) {
        meetings(filter: { leaders: [$id] }, first: 10) { edges { node { parent: ${field}
          all: meetings(first: 10) { totalCount edges { node { id } } }
          calls: meetings(first: 10, filter: { kinds: [CALL] }) { totalCount edges { node { id } } }
        } } } }
      }`,
        { id: id(ann) },
      );
      expect(body.errors).toBeUndefined();
      // Ann and the USA are in each of Ann's six meetings, two of them calls.
      const parents = pluck(at(body.data, "meetings", "edges"), "node", "parent")
        .flat()
        .filter((p) => [id(ann), "USA"].includes(at(p, "id") as string));
      expect(parents).toHaveLength(6);
      for (const parent of parents) {
        expect(new Set(pluck(at(parent, "all", "edges"), "node", "id")).size).toBe(6);
        expect(at(parent, "all", "totalCount")).toBe(6);
        expect(pluck(at(parent, "calls", "edges"), "node", "id")).toHaveLength(2);
      }
      expect(body.statements).toBe(statements);
    },
  );

  it("groups a leader's positions by topic, each group by date", async () => {
    const body = await post(
      `query($id: ID!) { leader(id: $id) {
      positionsByTopic { topic { id } positions { stance date holders { code } } } } }`,
      {
        id: id(ann),
      },
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, "leader", "positionsByTopic")).toEqual([
      {
        topic: { id: "sanctions:PRK" },
        positions: [
          { stance: "SUPPORT", date: "2020-03-01", holders: [{ code: "JPN" }, { code: "USA" }] },
          { stance: "OPPOSE", date: "2021-05-01", holders: [{ code: "USA" }] },
          { stance: "CONCERN", date: "2021-06", holders: [{ code: "JPN" }] },
        ],
      },
      {
        topic: { id: "trade:CHN" },
        positions: [{ stance: "SUPPORT", date: "2021-06", holders: [{ code: "USA" }] }],
      },
    ]);
    expect(body.statements).toBe(1);
  });

  const MATRIX = `query($topic: ID!, $from: String, $to: String) {
    topic(id: $topic) { id stanceMatrix(from: $from, to: $to) { country { code } support oppose concern } }
  }`;

  it("counts each state's stances on a topic, within a range, in one statement", async () => {
    const all = await post(MATRIX, { topic: "sanctions:PRK" });
    expect(all.errors).toBeUndefined();
    expect(at(all.data, "topic", "stanceMatrix")).toEqual([
      { country: { code: "JPN" }, support: 1, oppose: 0, concern: 1 },
      { country: { code: "USA" }, support: 1, oppose: 1, concern: 0 },
    ]);
    expect(all.statements).toBe(1);
    // The month-precise position of June 2021 overlaps a range that starts mid-June.
    const lateIn2021 = await post(MATRIX, {
      topic: "sanctions:PRK",
      from: "2021-06-15",
      to: "2021",
    });
    expect(at(lateIn2021.data, "topic", "stanceMatrix")).toEqual([
      { country: { code: "JPN" }, support: 0, oppose: 0, concern: 1 },
    ]);
    const none = await post(MATRIX, { topic: "sanctions:PRK", from: "2024" });
    expect(at(none.data, "topic", "stanceMatrix")).toEqual([]);
    const unknown = await post(MATRIX, { topic: "sanctions:ZZZ" });
    expect(unknown.data).toEqual({ topic: null });
  });

  it("answers the stance matrix of topics reached through positions in one more statement", async () => {
    const body =
      await post(`{ positions(filter: { topic: { kind: SANCTIONS } }, first: 1) { edges { node {
      topic { id stanceMatrix(from: "2021", to: "2021") { country { code } oppose concern } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(at(body.data, "positions", "edges", 0, "node", "topic", "stanceMatrix")).toEqual([
      { country: { code: "JPN" }, oppose: 0, concern: 1 },
      { country: { code: "USA" }, oppose: 1, concern: 0 },
    ]);
    expect(body.statements).toBe(2);
  });
});
