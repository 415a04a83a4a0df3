import { describe, it, expect } from "vitest";
import { type MeetingDraft } from "../events/meeting-draft.js";
import { linkMeeting } from "./link-meetings.js";

const meeting = (over: Partial<MeetingDraft>): MeetingDraft => ({
  id: "meeting-1",
  kind: "meeting",
  status: "held",
  countries: ["PER", "CHL"],
  participants: ["person-1", "person-2"],
  evidence: [0],
  ...over,
});

describe("linkMeeting", () => {
  const talks = meeting({});
  const call = meeting({
    id: "meeting-2",
    kind: "call",
    countries: ["PER", "BOL"],
    participants: ["person-1", "person-3"],
    evidence: [4],
  });
  const planned = meeting({ id: "meeting-3", status: "planned", evidence: [6] });

  it("links a statement to the held event of its states told before it", () => {
    expect(
      linkMeeting([talks, call, planned], { states: ["PER", "CHL"], speakers: [], sentences: [7] }),
    ).toBe("meeting-1");
    expect(
      linkMeeting([talks, call, planned], {
        states: ["PER"],
        speakers: ["person-1"],
        sentences: [5],
      }),
    ).toBe("meeting-2");
  });
  it("prefers the event told in the statement's own sentence", () => {
    expect(
      linkMeeting([talks, call], { states: ["PER"], speakers: ["person-1"], sentences: [0] }),
    ).toBe("meeting-1");
  });
  it("leaves a statement of a state at no held event unlinked", () => {
    expect(
      linkMeeting([talks, planned], { states: ["ARG"], speakers: [], sentences: [3] }),
    ).toBeUndefined();
  });
});
