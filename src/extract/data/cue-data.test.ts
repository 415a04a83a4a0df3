import { describe, it, expect } from "vitest";
import { STANCES, TOPIC_KINDS } from "../../domain/vocabulary.js";
import { DEFINITE_BEFORE, MEETING_CUES } from "./meeting-cues.js";
import { STANCE_CUES } from "./stance-cues.js";
import { TOPIC_PATTERNS } from "./topics.js";
import { OFFICE_TITLES } from "./titles.js";
import { OFFICE_ROLES } from "../gazetteer/officials.js";
import { isKnownCountryCode } from "../../domain/countries.js";
import { GROUPINGS } from "./groupings.js";

const stanceOf = (phrase: string): string | undefined =>
  STANCE_CUES.find((c) => new RegExp(`^(?:${c.pattern})$`, "i").test(phrase))?.stance;
const topicOf = (phrase: string): string | undefined =>
  TOPIC_PATTERNS.find((t) =>
    new RegExp(t.pattern.source, t.pattern.flags.replace("g", "")).test(phrase),
  )?.kind;

describe("stance cues", () => {
  it("compile and carry a stance of the vocabulary", () => {
    for (const cue of STANCE_CUES) {
      expect(() => new RegExp(cue.pattern)).not.toThrow();
      expect(STANCES).toContain(cue.stance);
    }
  });
  it("map reporting verbs to their stances", () => {
    expect(stanceOf("reaffirmed")).toBe("support");
    expect(stanceOf("voiced grave concern")).toBe("concern");
    expect(stanceOf("warned against")).toBe("oppose");
    expect(stanceOf("is vitally important")).toBe("support");
  });
  it("read a lasting concern, a refusal to join and an openness as stances", () => {
    expect(stanceOf("remained concerned")).toBe("concern");
    expect(stanceOf("would not join")).toBe("oppose");
    expect(stanceOf("refused to back")).toBe("oppose");
    expect(stanceOf("remains open to")).toBe("support");
    expect(stanceOf('was "indispensable')).toBe("support");
  });
});

describe("topic patterns for migration, aid, disputes, stability and history", () => {
  it("read workers, visas and smuggling as migration", () => {
    expect(topicOf("long visa delays")).toBe("migration");
    expect(topicOf("protection of domestic workers")).toBe("migration");
    expect(topicOf("people-smuggling gangs")).toBe("migration");
    expect(topicOf("a labour mobility scheme")).toBe("migration");
  });
  it("read supplies, disputes, stability, rights, history and negotiations", () => {
    expect(topicOf("food and medical supplies")).toBe("humanitarian-aid");
    expect(topicOf("a code of conduct")).toBe("territorial-dispute");
    expect(topicOf("the maritime boundary")).toBe("territorial-dispute");
    expect(topicOf("tensions in the South China Sea")).toBe("territorial-dispute");
    expect(topicOf("a free, open, stable and prosperous region")).toBe("peace-stability");
    expect(topicOf("the rights of the minority")).toBe("human-rights");
    expect(topicOf("its historical responsibility")).toBe("historical-issues");
    expect(topicOf("negotiations between them")).toBe("dialogue");
    expect(topicOf("we want the war to end")).toBe("conflict-resolution");
  });
});

describe("topic patterns", () => {
  it("use only topic kinds of the vocabulary", () => {
    for (const topic of TOPIC_PATTERNS) expect(TOPIC_KINDS).toContain(topic.kind);
  });
  it("prefer the specific reading of a phrase", () => {
    expect(topicOf("military cooperation")).toBe("security");
    expect(topicOf("economic cooperation")).toBe("trade");
    expect(topicOf("shuttle diplomacy")).toBe("dialogue");
    expect(topicOf("formal diplomatic ties")).toBe("diplomatic-relations");
    expect(topicOf("abductions")).toBe("human-rights");
  });
});

describe("meeting cues and office titles", () => {
  it("read a phone call as a call before it reads as talks", () => {
    const first = MEETING_CUES.find((c) => new RegExp(c.pattern.source, "i").test("phone talks"));
    expect(first?.kind).toBe("call");
  });
  it("read a telephone and a trip ahead as a call and a visit", () => {
    const kindOf = (phrase: string) =>
      MEETING_CUES.find((c) => new RegExp(c.pattern.source, "i").test(phrase))?.kind;
    expect(kindOf("discussed it with him by telephone")).toBe("call");
    expect(kindOf("before she travels to Lima")).toBe("visit");
  });
  it("give every title a known role", () => {
    for (const title of OFFICE_TITLES) expect(OFFICE_ROLES).toContain(title.role);
  });
});

describe("groupings", () => {
  it("name ISO codes of states, each once, with Timor-Leste in ASEAN", () => {
    for (const members of Object.values(GROUPINGS)) {
      for (const code of members) expect(isKnownCountryCode(code)).toBe(true);
      expect(new Set(members).size).toBe(members.length);
    }
    expect(GROUPINGS.ASEAN).toContain("TLS");
    expect(GROUPINGS.ASEAN).toHaveLength(11);
  });
});

describe("references back to an event told", () => {
  it("take a determiner before the event word, not 'that' opening a clause", () => {
    expect(DEFINITE_BEFORE.test("offered to host the next round of technical ")).toBe(true);
    expect(DEFINITE_BEFORE.test("Ruiz said that ")).toBe(true);
    expect(DEFINITE_BEFORE.test("decided that a new round of technical ")).toBe(false);
  });
});
