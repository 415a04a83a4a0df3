import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DatabaseUnavailableError } from "../../src/graph/errors.js";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { startHttpServer } from "../../src/api/server.js";
import { type WarmUpEvent } from "../../src/api/warm-up/plan-warmer.js";
import { type ApiHarness, interceptReads, openApiHarness, seedRecord } from "./api-harness.js";

/** The statement the warm-up runs last: holding it keeps a warm-up running. */
const LAST_WARM_UP_STATEMENT = "api/search";

/**
 * The real executor behind a switch: while `down`, every statement fails as it does when
 * Neo4j is gone; while `hold` is set, the warm-up's last statement waits for `release`.
 */
function switchable(executor: GraphExecutor): {
  executor: GraphExecutor;
  setDown(down: boolean): void;
  hold(): void;
  release(): void;
} {
  let down = false;
  let gate: Promise<void> | undefined;
  let open = (): void => undefined;
  const proxy = interceptReads(executor, async (name) => {
    if (down) throw new DatabaseUnavailableError("Neo4j is unavailable (ServiceUnavailable)");
    if (name === LAST_WARM_UP_STATEMENT) await gate;
  });
  return {
    executor: proxy,
    setDown: (value) => (down = value),
    hold: () => (gate = new Promise<void>((resolve) => (open = resolve))),
    release: () => {
      gate = undefined;
      open();
    },
  };
}

// A warm-up on a cold Neo4j took 85 s on a loaded 2-core machine, a warm one 1-2 s.
const WARM_UP_WITHIN_MS = 300_000;

async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = WARM_UP_WITHIN_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Warm-ups seen through `onWarmUp`: each start, each end, and how many ran at once. */
function warmUpLog(): { events: WarmUpEvent[]; maxRunning: () => number; ended: () => number } {
  const events: WarmUpEvent[] = [];
  let running = 0;
  let max = 0;
  return {
    events: new Proxy(events, {
      get(target, property) {
        if (property !== "push") return Reflect.get(target, property, target) as unknown;
        return (event: WarmUpEvent) => {
          running += event.ms === undefined ? 1 : -1;
          max = Math.max(max, running);
          return target.push(event);
        };
      },
    }),
    maxRunning: () => max,
    ended: () => events.filter((e) => e.ms !== undefined).length,
  };
}

const readyOf = async (url: string): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(`${url}/ready`);
  return { status: response.status, body: await response.json() };
};

const countries = async (url: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ countries { code } }" }),
  });
  return { status: response.status, body: await response.text() };
};

describe("query plan warm-up after an outage", () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
    await h.load(seedRecord());
  });
  afterAll(() => h.close());

  /** `serve`'s server with the warm-up on, over a switchable executor, its warm-ups logged. */
  async function startWarming(databaseCheckMs: number) {
    const db = switchable(h.graph.executor);
    const log = warmUpLog();
    const server = await startHttpServer({
      executor: db.executor,
      config: loadConfig({ NODE_ENV: "test" }),
      port: 0,
      host: "127.0.0.1",
      warmUp: true,
      databaseCheckMs,
      onWarmUp: (event) => log.events.push(event),
    });
    return { db, log, server };
  }

  it(
    "runs again, one at a time, when the database answers after a request found it unavailable",
    async () => {
      // Only requests and /ready report the database here: the periodic ping is tested below.
      const { db, log, server } = await startWarming(0);
      try {
        await server.warmedUp;
        expect(await readyOf(server.url)).toEqual({ status: 200, body: { status: "ready" } });

        db.setDown(true);
        expect(await countries(server.url)).toMatchObject({ body: /SERVICE_UNAVAILABLE/ });
        db.hold();
        db.setDown(false);
        // The first answer after the outage starts the warm-up, and says so.
        expect(await readyOf(server.url)).toEqual({ status: 503, body: { status: "warming up" } });
        expect(log.events.at(-1)).toEqual({ reason: "database back", count: 2 });
        // Requests are served meanwhile; /ready keeps saying so, without starting another.
        expect(await countries(server.url)).toMatchObject({ status: 200, body: /"KOR"/ });
        expect(await readyOf(server.url)).toEqual({ status: 503, body: { status: "warming up" } });

        // An outage that a request ran into during the warm-up is followed by another one.
        db.setDown(true);
        expect(await countries(server.url)).toMatchObject({ body: /SERVICE_UNAVAILABLE/ });
        db.setDown(false);
        expect((await readyOf(server.url)).status).toBe(503);
        db.release();
        await waitFor(() => log.ended() === 2);
        await waitFor(async () => (await readyOf(server.url)).status === 200);
        expect(log.events.map((e) => e.reason)).toEqual([
          "start",
          "start",
          "database back",
          "database back",
          "database back",
          "database back",
        ]);
        expect(log.maxRunning()).toBe(1);
      } finally {
        db.release();
        await server.close();
      }
    },
    WARM_UP_WITHIN_MS * 2,
  );

  it(
    "notices a restart that no request ran into by pinging the database",
    async () => {
      const { db, log, server } = await startWarming(50);
      try {
        await server.warmedUp;
        db.setDown(true);
        await new Promise((r) => setTimeout(r, 300));
        expect(log.events.length).toBe(2);
        db.setDown(false);
        await waitFor(() => log.ended() === 2);
        expect(log.events.map((e) => e.reason)).toEqual([
          "start",
          "start",
          "database back",
          "database back",
        ]);
      } finally {
        await server.close();
      }
    },
    WARM_UP_WITHIN_MS * 2,
  );
});
