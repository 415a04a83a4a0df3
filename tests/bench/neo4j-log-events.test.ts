import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { neo4jLogEvents } from "../../bench/phases/neo4j-log-events.js";

// Lines as Neo4j 5 writes them (the first from a benchmark run's debug.log).
const LOG = [
  "2026-11-26 21:32:44.038+0000 INFO  [o.n.c.i.c.CypherQueryCaches] [neo4j/42917642] Discarded stale query from the query cache after 30 seconds. Reason: IndexSelectivity(...) changed. Query id: 1756.",
  "2026-11-26 21:32:45.189+0000 INFO  [o.n.k.d.Database] [neo4j/42917642] Rotated to transaction log",
  "2026-11-26 21:32:46.000+0000 WARN  [o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=254, gcTime=0, gcCount=0}",
  "2026-11-26 22:32:47.000+0100 WARN  [o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=120, gcTime=110, gcCount=1}",
  "    at a continuation line without a stamp",
  "2026-11-26 21:40:00.000+0000 INFO  [o.n.c.i.c.CypherQueryCaches] Discarded stale query from the query cache after 9 seconds.",
].join("\n");

describe("Neo4j's debug.log in a window", () => {
  const file = join(mkdtempSync(join(tmpdir(), "neo4j-log-")), "debug.log");
  writeFileSync(file, LOG);
  const at = (stamp: string) => Date.parse(stamp);

  it("counts the stale plans and sums the JVM's pauses stamped within it, time zones read", () => {
    expect(
      neo4jLogEvents(file, at("2026-11-26T21:32:44.000Z"), at("2026-11-26T21:32:48.000Z")),
    ).toEqual({ stalePlans: 1, vmPauses: 2, vmPauseMs: 374 });
  });

  it("leaves out what is stamped outside it", () => {
    expect(
      neo4jLogEvents(file, at("2026-11-26T21:32:45.000Z"), at("2026-11-26T21:32:46.500Z")),
    ).toEqual({ stalePlans: 0, vmPauses: 1, vmPauseMs: 254 });
  });

  it("reports nothing for a log it cannot read", () => {
    expect(neo4jLogEvents(join(file, "missing"), 0, Date.now())).toEqual({
      stalePlans: 0,
      vmPauses: 0,
      vmPauseMs: 0,
    });
  });
});
