import { type ServiceMetrics, getMetrics } from "./metrics.js";

/** The executor methods whose first argument is a registered statement name. */
const TIMED_METHODS = new Set(["read", "write", "autoCommit"]);

/**
 * Wraps a graph executor so each `read`, `write` and `autoCommit` call is observed in
 * `diplograph_cypher_duration_seconds` under its statement name. It is structural
 * (web/ does not import graph/), and calls the real methods on the real object, so
 * the executor's private fields keep working.
 */
export function instrumentExecutor<T extends object>(
  executor: T,
  metrics: ServiceMetrics = getMetrics(),
): T {
  return new Proxy(executor, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (typeof property !== "string" || !TIMED_METHODS.has(property)) return value.bind(target);
      return async (statement: unknown, ...rest: unknown[]) => {
        const stop = metrics.cypherDuration.startTimer({ statement: String(statement) });
        try {
          const result: unknown = await value.call(target, statement, ...rest);
          stop({ outcome: "ok" });
          return result;
        } catch (error) {
          stop({ outcome: "error" });
          throw error;
        }
      };
    },
  });
}
