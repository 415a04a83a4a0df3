import { describe, expect, it } from "vitest";
import { spawnWriter } from "../../bench/ingest/spawn-writer.js";

// W2's writer runs in a process of its own; the benchmark waits for its first batch
// before it times reads. A writer that cannot start must fail that wait, not hang it.
// (The smoke test, tests/bench/smoke.test.ts, runs it against a real Neo4j.)
describe("W2's writer process", () => {
  it("rejects the wait for its first batch when it cannot reach Neo4j", async () => {
    const writer = spawnWriter({
      neo4j: { uri: "bolt://127.0.0.1:1", user: "neo4j", password: "none" },
      request: { seed: 1, meetings: 10, batchSize: 5 },
    });
    await expect(writer.firstBatch).rejects.toThrow(/W2's writer exited with 1/);
    await expect(writer.stop()).rejects.toThrow(/W2's writer exited with 1/);
    expect(writer.committed()).toBe(0);
  }, 60_000);
});
