import { type ApiServer } from "../server.js";
import { warmUpPlans } from "./warm-up-plans.js";

/** Why a warm-up ran: the server started, or the database answered again after an outage. */
export type WarmUpReason = "start" | "database back";

/** One warm-up, as reported when it starts (`ms` undefined) and when it is done. */
export interface WarmUpEvent {
  reason: WarmUpReason;
  /** Warm-ups started since the server started, this one included. */
  count: number;
  /** Milliseconds it took; undefined in the report of its start. */
  ms?: number;
}

/**
 * Keeps Neo4j's query plans warm: runs the warm-up at start and again whenever the
 * database answers after it was seen unavailable, since a restarted Neo4j has an empty
 * plan cache (its first big statements plan for longer than a request may run).
 */
export interface PlanWarmer {
  /** False while a warm-up runs: /ready answers 503 "warming up", requests are served. */
  readonly warm: boolean;
  /** Starts a warm-up unless one is running (then it is that one's promise). */
  warmUp(reason: WarmUpReason): Promise<void>;
  /** The database did not answer (a ping, or a statement failed as unavailable). */
  noteUnavailable(): void;
  /** The database answered: after an outage noted since the last warm-up, warm up again. */
  noteAvailable(): void;
}

/** Creates a warmer; nothing runs until `warmUp` or `noteAvailable` is called. */
export function createPlanWarmer({
  api,
  onFailure,
  onWarmUp,
}: {
  api: ApiServer;
  onFailure: (operation: string, error: unknown) => void;
  onWarmUp?: (event: WarmUpEvent) => void;
}): PlanWarmer {
  let running: Promise<void> | undefined;
  let outage = false;
  let count = 0;
  const warmUp = (reason: WarmUpReason): Promise<void> => {
    if (running) return running;
    count += 1;
    const event = { reason, count };
    const started = performance.now();
    onWarmUp?.(event);
    running = warmUpPlans(api, onFailure).finally(() => {
      running = undefined;
      onWarmUp?.({ ...event, ms: Math.round(performance.now() - started) });
    });
    return running;
  };
  return {
    get warm() {
      return running === undefined;
    },
    warmUp,
    noteUnavailable: () => {
      outage = true;
    },
    noteAvailable: () => {
      // An outage noted during a warm-up (its statements failed) is left for the next
      // answer after it, so that warm-up is followed by a complete one.
      if (!outage || running) return;
      outage = false;
      void warmUp("database back");
    },
  };
}
