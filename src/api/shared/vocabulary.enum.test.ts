import { describe, expect, it } from "vitest";
import { TOPIC_KINDS } from "../../domain/vocabulary.js";
import { graphqlEnumName, TopicKindEnum, MeetingKindEnum } from "./vocabulary.enum.js";

describe("vocabulary enums", () => {
  it("shows record values in upper snake case and maps them back", () => {
    expect(graphqlEnumName("diplomatic-relations")).toBe("DIPLOMATIC_RELATIONS");
    expect(TopicKindEnum.PEACE_STABILITY).toBe("peace-stability");
    expect(Object.keys(MeetingKindEnum)).toEqual([
      "SUMMIT",
      "MEETING",
      "VISIT",
      "CALL",
      "INTERVIEW",
      "CONFERENCE",
    ]);
    expect(Object.values(TopicKindEnum)).toEqual([...TOPIC_KINDS]);
  });
});
