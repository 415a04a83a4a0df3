import { findMeetingsByIds } from "../../src/api/meetings/meeting.service.js";
import { type Meeting } from "../../src/api/meetings/meeting.type.js";
import { expect } from "vitest";
import { type ApiHarness } from "./api-harness.js";

/** A meeting's nested lists that its statements project on demand. */
export type MeetingPart = "quotes" | "positions";

/** The seed's meetings (on the first page) with at least one item of the part. */
export async function meetingsWith(h: ApiHarness, part: MeetingPart): Promise<string[]> {
  const result = await h.run(`{ meetings(first: 20) { edges { node { id ${part} { id } } } } }`);
  const edges = (result.data?.meetings as { edges: { node: Record<string, unknown> }[] }).edges;
  return edges.filter((e) => (e.node[part] as unknown[]).length > 0).map((e) => String(e.node.id));
}

/**
 * Every way a query reaches a meeting's nested parts, with the statements each takes when
 * the meeting's statement projects them: a meeting by id, a timeline page, a leader's
 * meetings page (1), and an article's meetings, which Meeting's own field resolvers load (2).
 * `selection` is the part's selection, e.g. `quotes { text evidence { sentence } }`.
 */
export function waysToMeetingParts(
  selection: string,
): [name: string, query: (meetingId: string) => string, statements: number][] {
  return [
    ["a meeting by id", (id) => `{ meeting(id: "${id}") { id ${selection} } }`, 1],
    ["a timeline page", () => `{ meetings(first: 20) { edges { node { id ${selection} } } } }`, 1],
    [
      "a leader's meetings",
      () => `{ leader(id: "lee-jae-myung") { meetings { edges { node { id ${selection} } } } } }`,
      1,
    ],
    [
      "an article's meetings",
      () => `{ articles(first: 5) { edges { node { meetings { id ${selection} } } } } }`,
      2,
    ],
  ];
}

/**
 * Runs one of `waysToMeetingParts` for a meeting and returns the items of every list named
 * `key` in its answer, having checked that it answered without errors, in the statements
 * that way takes, and with at least one such item.
 */
export async function answeredParts<T>(
  h: ApiHarness,
  query: string,
  statements: number,
  key: string,
): Promise<T[]> {
  const result = await h.run(query);
  expect(result.errors).toBeUndefined();
  expect(result.statements).toBe(statements);
  const found = itemsUnder<T>(result.data, key);
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** The items of every list named `key` anywhere in an answer. */
export function itemsUnder<T>(data: unknown, key: string): T[] {
  const found: T[] = [];
  JSON.stringify(data, (_key, value: unknown) => {
    const list =
      value !== null && typeof value === "object"
        ? (value as Record<string, unknown>)[key]
        : undefined;
    if (Array.isArray(list)) found.push(...(list as T[]));
    return value;
  });
  return found;
}

/**
 * One nested list of the meetings `keys` as find-meetings-by-ids projects it with `include`
 * (the flags a query's selection would set), every meeting's items in one list.
 */
export async function projectedParts<Part extends "participants" | "positions" | "quotes">(
  h: ApiHarness,
  keys: string[],
  include: Record<string, boolean>,
  part: Part,
): Promise<NonNullable<Meeting[Part]>> {
  const meetings = await findMeetingsByIds(h.graph.executor, { keys, include, asOf: null });
  return [...meetings.values()].flatMap((m) => (m[part] ?? []) as unknown[]) as NonNullable<
    Meeting[Part]
  >;
}
