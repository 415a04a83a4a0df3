import { describe, it, expect } from "vitest";
import { dateFromVisit, dateVisitFromEvent } from "./date-from-visit.js";
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

describe("dateVisitFromEvent", () => {
  it("dates a planned visit from the dated event of more states it is told with", () => {
    const summit = draft({
      countries: ["CHL", "PER", "BOL"],
      date: "2027",
      precision: "year",
      evidence: [3, 5],
    });
    const [, visit] = dateVisitFromEvent([summit, draft({ kind: "visit", evidence: [5] })]);
    expect(visit).toMatchObject({ date: "2027", precision: "year" });
  });
  it("leaves a visit told apart from the event, or to another state, undated", () => {
    const summit = draft({ date: "2027", precision: "year", evidence: [3] });
    const out = dateVisitFromEvent([
      summit,
      draft({ kind: "visit", evidence: [4] }),
      draft({ kind: "visit", countries: ["CHL", "ARG"], evidence: [3] }),
    ]);
    expect(out.slice(1).map((m) => m.date)).toEqual([undefined, undefined]);
  });
});
