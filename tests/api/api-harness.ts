import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { loadConfig } from "../../src/config.js";
import { type ArticleRecord, type RecordInput } from "../../src/domain/record.js";
import { parseRecord } from "../../src/domain/validate-record.js";
import { vi } from "vitest";
import { type QueryName } from "../../src/graph/cypher-registry.js";
import { type GraphExecutor, type Params, type Row } from "../../src/graph/executor.js";
import { type OpenGraph } from "../../src/graph/open-graph.js";
import { loadRecord } from "../../src/ingest/load-record.js";
import { createApiServer, startHttpServer, type ApiServer } from "../../src/api/server.js";
import { projectPath } from "../../src/lib/paths.js";
import { openTestGraph, resetGraph } from "../helpers/graph.js";

export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  /** Cypher statements the operation ran. */
  statements: number;
}

/** A GraphQL response body as the HTTP API sends it. */
export interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** The HTTP API over the harness's executor, on a free port, with the test configuration. */
export function serveHarness(h: ApiHarness): ReturnType<typeof startHttpServer> {
  return startHttpServer({
    executor: h.graph.executor,
    config: loadConfig({ NODE_ENV: "test" }),
    port: 0,
    host: "127.0.0.1",
  });
}

/**
 * Posts an operation to a running server over HTTP and counts the statements the
 * harness's executor ran for it (the server must use that executor).
 */
export async function postCounted(
  h: ApiHarness,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLBody & { statements: number }> {
  const before = h.graph.executor.statementCount;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody;
  return { ...body, statements: h.graph.executor.statementCount - before };
}

/**
 * The executor with `before` awaited ahead of each read statement, by name: it can hold the
 * read back, record it, or fail it in the database's place. Everything else is the executor's.
 */
export function interceptReads(
  executor: GraphExecutor,
  before: (name: string) => Promise<void> | void,
): GraphExecutor {
  return new Proxy(executor, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property !== "read") return value.bind(target);
      return async (name: string, ...rest: unknown[]) => {
        await before(name);
        return value.call(target, name, ...rest) as unknown;
      };
    },
  });
}

/**
 * The executor, recording the names of the statements it reads (all but `unrecorded`). With
 * `held`, each recorded read waits until `release` is called, so that a test can look at the
 * server while its reads are in flight.
 */
export function recordingReads(
  executor: GraphExecutor,
  options: { held?: boolean; unrecorded?: readonly string[] } = {},
): { executor: GraphExecutor; names: Set<string>; release: () => void } {
  const names = new Set<string>();
  let release = (): void => undefined;
  const gate = options.held ? new Promise<void>((resolve) => (release = resolve)) : undefined;
  const recorded = interceptReads(executor, async (name) => {
    if (options.unrecorded?.includes(name)) return;
    names.add(name);
    await gate;
  });
  return { executor: recorded, names, release };
}

export interface ApiHarness {
  graph: OpenGraph;
  api: ApiServer;
  run(query: string, variables?: Record<string, unknown>): Promise<OperationResult>;
  load(record: RecordInput): Promise<void>;
  close(): Promise<void>;
}

/** A connected, emptied graph and an in-process API server over it. */
export async function openApiHarness(): Promise<ApiHarness> {
  const graph = await openTestGraph();
  await resetGraph(graph.executor);
  const api = await createApiServer({
    executor: graph.executor,
    config: loadConfig({ NODE_ENV: "test" }),
    logError: (e) => {
      if (process.env.API_TEST_LOG) console.error(e);
    },
  });
  return {
    graph,
    api,
    run: (query, variables) => runOperation(api, graph.executor, query, variables),
    load: async (record) => {
      await loadRecord(graph.executor, parseRecord(record));
    },
    close: async () => {
      await api.apollo.stop();
      await graph.close();
    },
  };
}

async function runOperation(
  api: ApiServer,
  executor: GraphExecutor,
  query: string,
  variables?: Record<string, unknown>,
): Promise<OperationResult> {
  const before = executor.statementCount;
  const response = await api.apollo.executeOperation(
    { query, variables },
    { contextValue: api.contextFor() },
  );
  const statements = executor.statementCount - before;
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = response.body.singleResult;
  return {
    data: data as Record<string, unknown> | null | undefined,
    errors: errors as OperationResult["errors"],
    statements,
  };
}

/** One read of a statement while an operation ran: its parameters and rows, as sent and got. */
export interface StatementRead {
  params: Params;
  /** A copy, taken before the API converted the rows in place. */
  rows: Row[];
}

/**
 * Runs an operation as `h.run` does and returns, besides its result, every read of
 * `statement` it made: what the API sent Neo4j and what Neo4j answered.
 */
export async function runReading(
  h: ApiHarness,
  query: string,
  statement: QueryName,
): Promise<OperationResult & { reads: StatementRead[] }> {
  const executor = h.graph.executor;
  const read = executor.read.bind(executor);
  const reads: StatementRead[] = [];
  const spy = vi.spyOn(executor, "read").mockImplementation(async (name, params = {}) => {
    const rows = await read(name, params);
    if (name === statement) reads.push({ params, rows: structuredClone(rows) });
    return rows;
  });
  try {
    return { ...(await h.run(query)), reads };
  } finally {
    spy.mockRestore();
  }
}

/** The reviewed seed record of the 13 January 2026 Lee-Takaichi summit. */
export function seedRecord(): ArticleRecord {
  const path = projectPath("seeds/01-donga-lee-takaichi-summit.record.json");
  return parseRecord(JSON.parse(readFileSync(path, "utf8")));
}

/** A unique tag, so that each test's countries, leaders and meetings are its own. */
export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

export interface MeetingSpec {
  kind?: "summit" | "meeting" | "visit" | "call" | "interview" | "conference";
  status?: "held" | "planned" | "proposed";
  date?: string;
  title?: string;
  countries: string[];
  leaders?: string[];
  /** Positions stated at the meeting; the speaker is one of its leaders. */
  positions?: PositionSpec[];
}

export interface PositionSpec {
  stance: "support" | "oppose" | "concern";
  topic: { kind: string; args: string[] };
  holders: string[];
  speaker?: string;
}

/**
 * A small valid record: one sentence per meeting, its countries and leaders (each
 * leader holding an office of the first country), published on `publishedAt`.
 */
export function buildRecord(args: {
  tag: string;
  publishedAt?: string;
  publisher?: string;
  meetings: MeetingSpec[];
}): RecordInput {
  const sentences = args.meetings.map(
    (m, i) => `Report ${args.tag} ${i}: ${m.title ?? m.kind ?? "meeting"}.`,
  );
  const text = sentences.join(" ");
  let offset = 0;
  const sentenceRows = sentences.map((s, i) => {
    const row = { id: `s${i}`, start: offset, end: offset + s.length };
    offset += s.length + 1;
    return row;
  });
  const codes = [...new Set(args.meetings.flatMap((m) => m.countries))];
  const leaders = [...new Set(args.meetings.flatMap((m) => m.leaders ?? []))];
  return {
    version: 1,
    article: {
      text,
      title: `Article ${args.tag}`,
      publisher: args.publisher ?? "Test Wire",
      ...(args.publishedAt ? { publishedAt: args.publishedAt } : {}),
    },
    sentences: sentenceRows,
    countries: codes.map((code) => ({ id: code, code, name: code })),
    persons: leaders.map((name) => ({
      id: name.replace(/\W/g, "-"),
      name,
      offices: [{ title: "President", country: codes[0] ?? "KOR", evidence: ["s0"] }],
    })),
    meetings: args.meetings.map((m, i) => ({
      id: `m${i}`,
      kind: m.kind ?? "meeting",
      status: m.status ?? (m.date ? "held" : "proposed"),
      ...(m.date ? { date: m.date, datePrecision: precision(m.date) } : {}),
      title: m.title ?? `Meeting ${args.tag} ${i}`,
      countries: m.countries,
      participants: (m.leaders ?? []).map((name) => ({ person: name.replace(/\W/g, "-") })),
      evidence: [`s${i}`],
    })),
    positions: args.meetings.flatMap((m, i) =>
      (m.positions ?? []).map((p, j) => ({
        id: `p${i}-${j}`,
        stance: p.stance,
        topic: p.topic,
        holders: p.holders,
        speakers: p.speaker ? [p.speaker.replace(/\W/g, "-")] : [],
        meeting: `m${i}`,
        evidence: [`s${i}`],
      })),
    ),
  } as RecordInput;
}

function precision(date: string): "day" | "month" | "year" {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

/** Reads a value at a path of keys and indexes in a JSON response (undefined when absent). */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The list at a path, each item mapped through `path2` (e.g. the codes of the holders). */
export function pluck(items: unknown, ...path: (string | number)[]): unknown[] {
  return Array.isArray(items) ? items.map((item) => at(item, ...path)) : [];
}
