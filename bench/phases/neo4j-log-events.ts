import { readFileSync } from "node:fs";

/**
 * What Neo4j's debug.log says happened in a window of wall-clock time: the cached plans it
 * discarded as stale (statistics diverged: the next run of the statement plans it again,
 * and waits for that) and the JVM's stop-the-world pauses it detected. Both stall reads
 * while a writer runs, and neither shows in a client's figures except as latency.
 */
export interface Neo4jLogEvents {
  /** "Discarded stale query from the query cache" lines. */
  stalePlans: number;
  /** "Detected VM stop-the-world pause" lines, and their pause times summed (ms). */
  vmPauses: number;
  vmPauseMs: number;
}

const STAMP = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3})([+-]\d{4})/;

/** The events of `debugLog` stamped within [from, to] (epoch ms); none if it is unreadable. */
export function neo4jLogEvents(debugLog: string, from: number, to: number): Neo4jLogEvents {
  const events: Neo4jLogEvents = { stalePlans: 0, vmPauses: 0, vmPauseMs: 0 };
  let text: string;
  try {
    text = readFileSync(debugLog, "utf8");
  } catch {
    return events;
  }
  for (const line of text.split("\n")) {
    const stamp = STAMP.exec(line);
    if (!stamp) continue;
    const [, local, offset] = stamp;
    const at = Date.parse(`${local!.replace(" ", "T")}${offset!.slice(0, 3)}:${offset!.slice(3)}`);
    if (at < from || at > to) continue;
    if (line.includes("Discarded stale query from the query cache")) events.stalePlans += 1;
    const pause = /stop-the-world pause: \{pauseTime=(\d+)/.exec(line);
    if (pause) {
      events.vmPauses += 1;
      events.vmPauseMs += Number(pause[1]);
    }
  }
  return events;
}
