import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { type Driver } from "neo4j-driver";
import { benchCypher, type BenchQueryName } from "../cypher/index.js";

/**
 * The hand-written statement behind each P0 path, and how its parameters are read (P0-GraphQL
 * runs the same statements behind its root fields).
 */
export const P0_ROUTES: Record<string, P0Route> = {
  "/q1": {
    statement: "p0/q1-timeline",
    params: (b) => ({ country: b.country, from: b.from, to: b.to, limit: b.limit ?? 20 }),
  },
  "/q2": { statement: "p0/q2-dossier", params: (b) => ({ id: b.id, limit: b.limit ?? 50 }) },
  "/q3": { statement: "p0/q3-meeting", params: (b) => ({ id: b.id }) },
  "/q4": {
    statement: "p0/q4-stance-matrix",
    params: (b) => ({ topic: b.topic, from: b.from, to: b.to }),
  },
  "/q5": {
    statement: "p0/q5-counterparts",
    params: (b) => ({ id: b.id, from: b.from, to: b.to, limit: b.limit ?? 10 }),
  },
  "/q6": {
    statement: "p0/q6-deep",
    params: (b) => ({
      country: b.country,
      from: b.from,
      to: b.to,
      limit: b.limit ?? 5,
      nested: b.nested ?? 5,
    }),
  },
};

export type Params = Record<string, unknown>;

/** A P0 route: its statement, and how its parameters are read from a request's body. */
export interface P0Route {
  statement: BenchQueryName;
  params(body: Params): Params;
}

/**
 * P0, the floor: one hand-written Cypher statement per operation, run through the
 * driver in a managed read transaction, behind a plain node:http JSON endpoint
 * (`POST /q1` ... `/q6`; answers `{data: [rows]}` or `{errors: [{message}]}`).
 */
export async function startP0Server(options: {
  driver: Driver;
  database: string;
  host: string;
  /** Answers the benchmark's own requests first (statement counts). */
  handleFirst?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      send(res, 500, { errors: [{ message: String(error) }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, options.host, resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: Parameters<typeof startP0Server>[0],
): Promise<void> {
  if (await options.handleFirst?.(req, res)) return;
  const route = P0_ROUTES[new URL(req.url ?? "/", "http://localhost").pathname];
  if (!route || req.method !== "POST")
    return send(res, 404, { errors: [{ message: "not found" }] });
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Params;
  send(res, 200, { data: await readP0Route(options, route, body) });
}

/**
 * One P0 route's rows: its statement with the parameters read from a request's body, in one
 * auto-commit transaction, as diplograph's API reads: the floor pays no round trip that
 * diplograph does not (BEGIN ... COMMIT is one more). P0-GraphQL's root fields read the same.
 */
export async function readP0Route(
  target: { driver: Driver; database: string },
  route: P0Route,
  body: Params,
): Promise<Record<string, unknown>[]> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: "READ" });
  try {
    const result = await session.run(benchCypher(route.statement), route.params(body));
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

function send(res: ServerResponse, status: number, value: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}
