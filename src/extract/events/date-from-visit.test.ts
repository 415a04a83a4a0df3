import { describe, it, expect } from "vitest";
import { dateFromVisit } from "./date-from-visit.js";
import { type MeetingDraft } from "./meeting-draft.js";

const draft = (over: Partial<MeetingDraft>): MeetingDraft => ({
  id: "m",
  kind: "summit",
  status: "planned",
  countries: ["CHL", "PER"],
  participants: [],
  evidence: [],
  ...over,
});

describe("dateFromVisit", () => {
  it("dates planned talks from the planned visit of the same states", () => {
    const visit = draft({ kind: "visit", date: "2026-05", precision: "month" });
    const [, talks] = dateFromVisit([visit, draft({})]);
    expect(talks).toMatchObject({ date: "2026-05", precision: "month" });
  });
  it("leaves held talks and talks between other states undated", () => {
    const visit = draft({ kind: "visit", date: "2026-05", precision: "month" });
    const out = dateFromVisit([
      visit,
      draft({ status: "held" }),
      draft({ countries: ["CHL", "ARG"] }),
    ]);
    expect(out.slice(1).map((m) => m.date)).toEqual([undefined, undefined]);
  });
});
