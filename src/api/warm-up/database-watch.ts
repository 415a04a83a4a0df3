import { type PlanWarmer } from "./plan-warmer.js";

/**
 * Pings the database every `intervalMs` and tells the warmer what it saw. Requests and
 * /ready report outages too, but a Neo4j that restarts while nobody asks would otherwise
 * be found cold by the first client; one trivial statement every few seconds is cheap.
 * One ping at a time (a ping to an unreachable host can take the connection timeout);
 * the timer does not keep the process alive. `stop` ends the watch.
 */
export function watchDatabase({
  ping,
  warmer,
  intervalMs,
}: {
  ping: () => Promise<boolean>;
  warmer: Pick<PlanWarmer, "noteAvailable" | "noteUnavailable">;
  intervalMs: number;
}): { stop(): void } {
  let pinging = false;
  const timer = setInterval(() => {
    if (pinging) return;
    pinging = true;
    void ping()
      .then((up) => (up ? warmer.noteAvailable() : warmer.noteUnavailable()))
      .finally(() => {
        pinging = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
