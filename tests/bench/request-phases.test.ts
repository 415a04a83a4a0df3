import { describe, expect, it } from "vitest";
import { PhaseLog } from "../../bench/peers/request-phases.js";

describe("PhaseLog", () => {
  it("keeps a request's first mark of each phase and only marks made between begin and end", () => {
    const log = new PhaseLog();
    log.mark("received"); // no request in progress: dropped
    log.begin();
    log.mark("statement");
    const first = log.requests.length;
    log.mark("statement"); // a second statement of the same request does not move the mark
    log.end();
    expect(first).toBe(0);
    expect(log.requests).toHaveLength(1);
    const [request] = log.requests;
    expect(Object.keys(request!).sort()).toEqual(["read", "sent", "statement"]);
    expect(request!.sent!).toBeLessThanOrEqual(request!.statement!);
  });

  it("gives the median of each span between consecutive phases that both were marked", () => {
    const log = new PhaseLog();
    for (const [sent, statement, rows] of [
      [0, 1, 4],
      [10, 12, 13],
      [20, 23, 30],
    ] as const) {
      log.requests.push({ sent, statement, rows, read: rows + 1 });
    }
    const spans = Object.fromEntries(log.medians().map((s) => [`${s.from}>${s.to}`, s.ms]));
    expect(spans["statement>rows"]).toBe(3);
    expect(spans["rows>executed"]).toBeNaN();
    log.clear();
    expect(log.requests).toHaveLength(0);
  });
});
