import { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";

/** Counts every statement run through a driver's managed transactions and keeps its text. */
export interface StatementLog {
  count: number;
  /** The distinct statements seen, in first-seen order. */
  texts: string[];
}

/**
 * Wraps a driver so that the statements a library generates can be counted and recorded
 * without changing what it sends: sessions and transactions are proxied, nothing else.
 */
export function countingDriver(driver: Driver, log: StatementLog): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== "run") return Reflect.get(target, prop, receiver) as unknown;
        return (text: string, params?: Record<string, unknown>) => {
          log.count += 1;
          if (!log.texts.includes(text)) log.texts.push(text);
          return target.run(text, params);
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[prop] as (w: unknown, c?: unknown) => unknown).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === "function" ? (value as () => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "session") {
        return (config?: Parameters<Driver["session"]>[0]) => wrapSession(target.session(config));
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}
