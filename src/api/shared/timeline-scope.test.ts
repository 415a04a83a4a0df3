import { describe, expect, it } from "vitest";
import { encodeCursor } from "../paging/cursor.js";
import { planTimelineKeyset, planTopicCondition } from "./timeline-scope.js";

describe("timeline keysets", () => {
  it("seeks from a year before `from` and leaves undated facts out of a range", () => {
    const keyset = planTimelineKeyset({ list: "meetings", from: "2026-01-10", desc: false });
    expect(keyset).toMatchObject({
      from: "2026-01-10",
      seekFrom: "2025-01-10",
      seekTo: "9999-12-31",
      dated: true,
      undated: false,
    });
  });

  it("continues after a dated cursor in either order", () => {
    const after = encodeCursor({ list: "meetings", key: "2026-01-13", id: "m1" });
    expect(planTimelineKeyset({ list: "meetings", after, desc: false })).toMatchObject({
      seekFrom: "2026-01-13",
      afterDate: "2026-01-13",
      afterId: "m1",
      dated: true,
      undated: true,
    });
    expect(
      planTimelineKeyset({ list: "meetings", after, to: "2026-12", desc: true }),
    ).toMatchObject({
      seekTo: "2026-01-13",
      afterId: "m1",
    });
  });

  it("continues among undated facts after an undated cursor", () => {
    const after = encodeCursor({ list: "meetings", key: null, id: "m9" });
    expect(planTimelineKeyset({ list: "meetings", after, desc: false })).toMatchObject({
      dated: false,
      undated: true,
      undatedAfterId: "m9",
      afterId: null,
    });
  });

  it("rejects a cursor whose key is not a day", () => {
    const after = encodeCursor({ list: "meetings", key: "soon", id: "m1" });
    expect(() => planTimelineKeyset({ list: "meetings", after, desc: false })).toThrow(/cursor/);
  });
});

describe("planTopicCondition", () => {
  it("filters by topic when a kind or arguments are named, and not otherwise", () => {
    expect(planTopicCondition({ kind: "DENUCLEARIZATION" })).toEqual({
      byTopic: true,
      topicKind: "DENUCLEARIZATION",
      topicArgs: null,
    });
    expect(planTopicCondition({ args: ["KOR"] })).toMatchObject({
      byTopic: true,
      topicArgs: ["KOR"],
    });
    expect(planTopicCondition({ args: [] }).byTopic).toBe(false);
    expect(planTopicCondition(undefined).byTopic).toBe(false);
  });
});
