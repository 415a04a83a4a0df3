import { type Logger } from "../lib/logger.js";
import { type ServiceMetrics, getMetrics } from "./metrics.js";

/** The executor methods whose first argument is a registered statement name. */
const TIMED_METHODS = new Set(["read", "write", "autoCommit"]);

/**
 * Wraps a graph executor so each `read`, `write` and `autoCommit` call is observed in
 * `diplograph_cypher_duration_seconds` under its statement name and, given `log`,
 * written as a debug line `cypher` (statement, ms, outcome; during a request it
 * carries the request's id). It is structural (web/ does not import graph/), and calls
 * the real methods on the real object, so the executor's private fields keep working.
 */
export function instrumentExecutor<T extends object>(
  executor: T,
  { metrics = getMetrics(), log }: { metrics?: ServiceMetrics; log?: Pick<Logger, "debug"> } = {},
): T {
  return new Proxy(executor, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (typeof property !== "string" || !TIMED_METHODS.has(property)) return value.bind(target);
      return async (statement: unknown, ...rest: unknown[]) => {
        const name = String(statement);
        const started = performance.now();
        const stop = metrics.cypherDuration.startTimer({ statement: name });
        const observe = (outcome: "ok" | "error"): void => {
          stop({ outcome });
          const ms = Math.round(performance.now() - started);
          log?.debug({ statement: name, ms, outcome }, "cypher");
        };
        try {
          const result: unknown = await value.call(target, statement, ...rest);
          observe("ok");
          return result;
        } catch (error) {
          observe("error");
          throw error;
        }
      };
    },
  });
}
