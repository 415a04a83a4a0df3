import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLeadersByIds } from "../../src/api/leaders/leader.service.js";
import { type QueryName } from "../../src/graph/cypher-registry.js";
import { type ApiHarness, openApiHarness, runReading, seedRecord } from "./api-harness.js";
import {
  answeredParts,
  meetingsWith,
  projectedParts,
  waysToMeetingParts,
} from "./meeting-parts.js";

interface ParticipantAnswer {
  id: string;
  country: { code: string; name: string } | null;
}

// A timeline page's participants are most of its rows, and a dashboard selects their
// states' codes more often than their names: the meeting statements project a
// participant's state's name only when a query selects it, and leave out what no query
// reads (the participation's role; a participant's own meetings page when none is
// planned). Every way to a meeting's participants still answers the names when asked.
describe("the meeting statements project the participants' states' names only when asked", () => {
  let h: ApiHarness;
  let meetingIds: string[];
  let namesByLeader: Map<string, ParticipantAnswer["country"]>;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const page = await h.run(`{ meetings(first: 20) { edges { node { id } } } }`);
    meetingIds = (page.data?.meetings as { edges: { node: { id: string } }[] }).edges.map(
      (e) => e.node.id,
    );
    const leaders = await h.run(
      `{ leaders(first: 100) { edges { node { id country { code name } } } } }`,
    );
    namesByLeader = new Map(
      (leaders.data?.leaders as { edges: { node: ParticipantAnswer }[] }).edges.map((e) => [
        e.node.id,
        e.node.country,
      ]),
    );
  });
  afterAll(() => h.close());

  const participantsOf = (participantCountryNames: boolean, participantOffices = true) =>
    projectedParts(
      h,
      meetingIds,
      { participants: true, participantOffices, participantCountryNames },
      "participants",
    );

  it("reads the names only with participantCountryNames", async () => {
    const without = await participantsOf(false);
    const withNames = await participantsOf(true);
    expect(without.length).toBeGreaterThan(0);
    expect(withNames).toHaveLength(without.length);
    const countries = (participants: typeof without) =>
      participants.map((p) => p.office?.country).filter((c) => c != null);
    expect(countries(without).length).toBeGreaterThan(0);
    expect(countries(without).every((c) => c.code.length === 3 && c.name == null)).toBe(true);
    expect(countries(withNames)).toHaveLength(countries(without).length);
    expect(countries(withNames).every((c) => typeof c.name === "string" && c.name !== "")).toBe(
      true,
    );
  });

  it("reads no office without participantOffices", async () => {
    const participants = await participantsOf(false, false);
    expect(participants.length).toBeGreaterThan(0);
    for (const participant of participants) {
      expect(Object.keys(participant).sort(), participant.id).toEqual(["asOf", "id", "name"]);
    }
  });

  it("projects no role and no unplanned meetings page on a participant", async () => {
    const participants = await participantsOf(true);
    expect(participants.length).toBeGreaterThan(0);
    for (const participant of participants) {
      expect(Object.keys(participant).sort(), participant.id).toEqual(
        ["asOf", "id", "name", "office"].sort(),
      );
    }
  });

  it.each([
    ...waysToMeetingParts(`participants { id country { code name } }`),
    [
      "a participant's own meetings",
      (id: string) => `{ meeting(id: "${id}") { id participants { id meetings(first: 5) {
        edges { node { id participants { id country { code name } } } } } } } }`,
      1,
    ] as const,
  ])("answers them through %s, as the leaders query does", async (_name, query, statements) => {
    // A participant's own meetings nest participants that select no country: left out.
    const found = (
      await answeredParts<ParticipantAnswer>(h, query(meetingIds[0]!), statements, "participants")
    ).filter((p) => p.country !== undefined);
    expect(found.length).toBeGreaterThan(0);
    for (const participant of found)
      expect(participant.country, participant.id).toEqual(namesByLeader.get(participant.id));
    expect(found.some((p) => p.country?.name)).toBe(true);
  });
});

interface PositionAnswer {
  id: string;
  topic: { id: string; kind: string; args: string[]; label: string };
  holders: { code: string; name: string }[];
}

// A timeline page selects its positions' topics and holders by id and code; the topic's
// kind, arguments and label and the holders' names are projected only when selected.
describe("the meeting statements project a position's topic and holders as selected", () => {
  let h: ApiHarness;
  let meetingsWithPositions: string[];
  let reference: Map<string, PositionAnswer>;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    meetingsWithPositions = await meetingsWith(h, "positions");
    const positions = await h.run(`{ positions(first: 100) { edges { node {
      id topic { id kind args label } holders { code name } } } } }`);
    reference = new Map(
      (positions.data?.positions as { edges: { node: PositionAnswer }[] }).edges.map((e) => [
        e.node.id,
        e.node,
      ]),
    );
  });
  afterAll(() => h.close());

  it("reads the topic's details and the holders' names only with their flags", async () => {
    const positionsOf = (details: boolean) =>
      projectedParts(
        h,
        meetingsWithPositions,
        { positions: true, positionTopicDetails: details, positionHolderNames: details },
        "positions",
      );
    const bare = await positionsOf(false);
    const full = await positionsOf(true);
    expect(bare.length).toBeGreaterThan(0);
    expect(full).toHaveLength(bare.length);
    for (const position of bare) {
      expect(Object.keys(position.topic).sort(), position.id).toEqual(["asOf", "id"]);
      for (const holder of position.holders) expect(holder.name, position.id).toBeUndefined();
    }
    expect(full.every((p) => p.topic.label && p.holders.every((c) => c.name))).toBe(true);
  });

  it.each(
    waysToMeetingParts(`positions { id topic { id kind args label } holders { code name } }`),
  )("answers them through %s, as the positions query does", async (_name, query, statements) => {
    const found = await answeredParts<PositionAnswer>(
      h,
      query(meetingsWithPositions[0]!),
      statements,
      "positions",
    );
    for (const position of found) expect(position, position.id).toEqual(reference.get(position.id));
  });
});

interface LeaderPositionAnswer extends PositionAnswer {
  speakers: { id: string; name: string }[];
  meeting: { id: string } | null;
}

// A leader's dossier groups thousands of positions by topic and selects little of each: the
// leader statements read a position's meeting, speakers, topic details and holders' names
// only when a query selects them, through Leader.positions or Leader.positionsByTopic.
describe("the leader statements project a position's parts as selected", () => {
  const selection = `id topic { id kind args label } holders { code name } speakers { id name }
    meeting { id }`;
  let h: ApiHarness;
  let reference: Map<string, LeaderPositionAnswer>;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
    const positions = await h.run(`{ positions(first: 100) { edges { node { ${selection} } } } }`);
    reference = new Map(
      (positions.data?.positions as { edges: { node: LeaderPositionAnswer }[] }).edges.map((e) => [
        e.node.id,
        e.node,
      ]),
    );
  });
  afterAll(() => h.close());

  it("reads each part only with its flag", async () => {
    const positionsOf = async (wanted: boolean) => {
      const leaders = await findLeadersByIds(h.graph.executor, {
        keys: ["lee-jae-myung"],
        asOf: null,
        include: {
          positions: true,
          positionMeetings: wanted,
          positionSpeakers: wanted,
          positionTopicDetails: wanted,
          positionHolderNames: wanted,
        },
      });
      return leaders.get("lee-jae-myung")?.positions ?? [];
    };
    const bare = await positionsOf(false);
    const full = await positionsOf(true);
    expect(bare.length).toBeGreaterThan(0);
    expect(full.map((p) => p.id)).toEqual(bare.map((p) => p.id));
    for (const position of bare) {
      expect(Object.keys(position.topic).sort(), position.id).toEqual(["asOf", "id"]);
      expect(position.holders.every((c) => c.name === undefined)).toBe(true);
      expect(Object.keys(position).sort(), position.id).toEqual(
        ["asOf", "date", "dateStart", "holders", "id", "stance", "topic"].sort(),
      );
    }
    expect(full.every((p) => p.topic.label && p.holders.every((c) => c.name))).toBe(true);
    expect(full.every((p) => p.speakers.length > 0)).toBe(true);
    expect(full.some((p) => p.meetingId !== null)).toBe(true);
  });

  // The positions' meetings are one more statement: a position projects its meeting's id.
  it.each([
    ["a leader's positions", `{ leader(id: "lee-jae-myung") { positions { ${selection} } } }`, 2],
    [
      "a leader's positions by topic",
      `{ leader(id: "lee-jae-myung") { positionsByTopic { positions { ${selection} } } } }`,
      2,
    ],
    [
      "a page of leaders",
      `{ leaders(first: 20) { edges { node { positions { ${selection} } } } } }`,
      2,
    ],
    [
      "a meeting's participants, whose field resolver loads them",
      `{ meetings(first: 5) { edges { node { participants { positions { ${selection} } } } } } }`,
      3,
    ],
  ] as const)(
    "answers them through %s, as the positions query does",
    async (_name, query, statements) => {
      const found = await answeredParts<LeaderPositionAnswer>(h, query, statements, "positions");
      for (const position of found)
        expect(position, position.id).toEqual(reference.get(position.id));
    },
  );

  it("reads a group's topic details when only the groups select them", async () => {
    const result = await h.run(`{ leader(id: "lee-jae-myung") {
      positionsByTopic { topic { id label } positions { id } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const groups = (
      result.data?.leader as { positionsByTopic: { topic: PositionAnswer["topic"] }[] }
    ).positionsByTopic;
    expect(groups.length).toBeGreaterThan(0);
    for (const { topic } of groups) expect(topic.label, topic.id).toBeTruthy();
  });
});

type RawRow = Record<string, unknown>;

// A page's statement reads one row more than the page to tell whether another follows;
// nothing else of that row is read, so it is projected as its id alone, not with its
// parts (a multilateral meeting's participants) or its participants' own pages.
describe("the statements project the row past a page as its id alone", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(() => h.close());

  /** The rows `statement` returned to the API while it answered `query`. */
  const rawRows = async (query: string, statement: QueryName) => {
    const { data, errors, reads } = await runReading(h, query, statement);
    expect(errors).toBeUndefined();
    expect(reads.length).toBeGreaterThan(0);
    return { data, rows: reads[reads.length - 1]!.rows as RawRow[] };
  };
  const pageOf = (rows: unknown) => rows as RawRow[];
  const expectStubbed = (rows: RawRow[], first: number) => {
    expect(rows).toHaveLength(first + 1);
    for (const row of rows.slice(0, first)) expect(Object.keys(row)).toContain("kind");
    expect(Object.keys(rows[first]!)).toEqual(["id"]);
  };

  it("on a timeline page", async () => {
    const { data, rows } = await rawRows(
      `{ meetings(first: 1) { edges { node { id participants { id } } } pageInfo { hasNextPage } } }`,
      "api/find-meetings",
    );
    expectStubbed(pageOf(rows[0]!.rows), 1);
    expect(data?.meetings).toMatchObject({ pageInfo: { hasNextPage: true } });
  });

  it("on a leader's meetings page", async () => {
    const { data, rows } = await rawRows(
      `{ leader(id: "lee-jae-myung") { meetings(first: 1) { edges { node { id } }
        pageInfo { hasNextPage } } } }`,
      "api/find-leaders-by-ids",
    );
    expectStubbed(pageOf(((rows[0]!.row as RawRow).meetingPage as RawRow).rows), 1);
    expect(data?.leader).toMatchObject({ meetings: { pageInfo: { hasNextPage: true } } });
  });

  it("on the participants' own pages", async () => {
    const { rows } = await rawRows(
      `{ meetings(first: 20) { edges { node { participants { id
        meetings(first: 1) { edges { node { id participants { id } } } } } } } } }`,
      "api/find-meetings",
    );
    const participants = pageOf(rows[0]!.rows).flatMap((m) => (m.participants ?? []) as RawRow[]);
    const pages = participants
      .map((p) => p.meetingPage as { rows: RawRow[] })
      .filter((page) => page.rows.length > 1);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expectStubbed(page.rows, 1);
  });
});
