import { describe, expect, it } from "vitest";
import {
  CAMEO_LABELS,
  type EventCoding,
  codeMeeting,
  codeParticipation,
  codePosition,
  countryCountOf,
} from "./event-codes.js";
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  PARTICIPANT_ROLES,
  STANCES,
  type MeetingKind,
} from "./vocabulary.js";

/** "040 CONSULT multilateral", "010 -": a coding in one line. */
function line(coding: EventCoding): string {
  const { cameo, plover } = coding;
  return plover === null
    ? `${cameo.code} -`
    : `${cameo.code} ${plover.type}${plover.mode ? ` ${plover.mode}` : ""}`;
}

// The PLOVER type that the PLOVER project's CAMEO2PLOVER table gives each CAMEO code
// diplograph emits (null: CAMEO 01x comments, which PLOVER does not code).
const CAMEO2PLOVER: Record<string, string | null> = {
  "010": null,
  "012": null,
  "036": "AGREE",
  "040": "CONSULT",
  "041": "CONSULT",
  "042": "CONSULT",
  "043": "CONSULT",
  "051": "SUPPORT",
  "057": "SUPPORT",
  "110": "ACCUSE",
};

/** Held meetings: kind, agreements signed, states taking part -> codes. */
const HELD: [MeetingKind, boolean, number, string][] = [
  ["summit", false, 2, "040 CONSULT"],
  ["summit", false, 3, "040 CONSULT multilateral"],
  ["summit", true, 2, "057 SUPPORT"],
  ["summit", true, 3, "057 SUPPORT"],
  ["meeting", false, 2, "040 CONSULT"],
  ["meeting", false, 3, "040 CONSULT multilateral"],
  ["meeting", true, 2, "057 SUPPORT"],
  ["meeting", true, 3, "057 SUPPORT"],
  ["visit", false, 2, "042 CONSULT visit"],
  ["visit", false, 3, "042 CONSULT visit"],
  ["visit", true, 2, "057 SUPPORT"],
  ["visit", true, 3, "057 SUPPORT"],
  ["call", false, 2, "041 CONSULT phone"],
  ["call", false, 3, "041 CONSULT phone"],
  ["call", true, 2, "057 SUPPORT"],
  ["call", true, 3, "057 SUPPORT"],
  ["interview", false, 1, "010 -"],
  ["interview", false, 3, "010 -"],
  ["interview", true, 1, "010 -"],
  ["interview", true, 3, "010 -"],
  ["conference", false, 2, "040 CONSULT multilateral"],
  ["conference", false, 5, "040 CONSULT multilateral"],
  ["conference", true, 2, "057 SUPPORT"],
  ["conference", true, 5, "057 SUPPORT"],
];

const agreementsOf = (signed: boolean): string[] => (signed ? ["a visa waiver"] : []);

describe("codeMeeting", () => {
  it.each(HELD)("codes a held %s (agreements: %s, %i states) as %s", (kind, signed, n, want) => {
    const coding = codeMeeting({
      kind,
      status: "held",
      agreements: agreementsOf(signed),
      countryCount: n,
    });
    expect(line(coding)).toBe(want);
  });

  it.each(MEETING_KINDS.flatMap((kind) => ["planned", "proposed"].map((s) => [kind, s])))(
    "codes a %s that is %s as an intent to meet (an interview as a statement)",
    (kind, status) => {
      for (const signed of [false, true]) {
        const coding = codeMeeting({
          kind: kind as MeetingKind,
          status: status as "planned" | "proposed",
          agreements: agreementsOf(signed),
          countryCount: 3,
        });
        expect(line(coding)).toBe(kind === "interview" ? "010 -" : "036 AGREE");
      }
    },
  );

  it("leaves a bilateral consultation's mode null when the number of states is unknown", () => {
    const coding = codeMeeting({ kind: "summit", status: "held", agreements: [] });
    expect(line(coding)).toBe("040 CONSULT");
  });

  it("labels every code with the CAMEO 1.1b3 label and converts it as CAMEO2PLOVER does", () => {
    const seen = new Set<string>();
    for (const kind of MEETING_KINDS)
      for (const status of MEETING_STATUSES)
        for (const signed of [false, true])
          for (const countryCount of [1, 2, 3])
            for (const role of [undefined, ...PARTICIPANT_ROLES]) {
              const meeting = { kind, status, agreements: agreementsOf(signed), countryCount };
              for (const coding of [codeMeeting(meeting), codeParticipation(meeting, role)]) {
                expect(coding.cameo.label).toBe(CAMEO_LABELS[coding.cameo.code]);
                expect(coding.plover?.type ?? null).toBe(CAMEO2PLOVER[coding.cameo.code]);
                seen.add(coding.cameo.code);
              }
            }
    for (const stance of STANCES) {
      const coding = codePosition({ stance });
      expect(coding.plover?.type ?? null).toBe(CAMEO2PLOVER[coding.cameo.code]);
      seen.add(coding.cameo.code);
    }
    // No label in the table is dead: each code is emitted by some fact.
    expect([...seen].sort()).toEqual(Object.keys(CAMEO_LABELS).sort());
  });
});

describe("codeParticipation", () => {
  it.each([
    ["summit", "host", "043 CONSULT visit"],
    ["summit", "guest", "042 CONSULT visit"],
    ["meeting", "host", "043 CONSULT visit"],
    ["visit", "host", "043 CONSULT visit"],
    ["visit", "guest", "042 CONSULT visit"],
    ["conference", "host", "043 CONSULT multilateral"],
    ["conference", "guest", "042 CONSULT multilateral"],
    ["call", "host", "041 CONSULT phone"],
    ["interview", "guest", "010 -"],
  ] as const)("codes the %s's %s from their side as %s", (kind, role, want) => {
    const meeting = { kind, status: "held", agreements: [], countryCount: 2 } as const;
    expect(line(codeParticipation(meeting, role))).toBe(want);
  });

  it("gives a participant without a role the meeting's own codes", () => {
    const meeting = { kind: "summit", status: "held", agreements: [], countryCount: 3 } as const;
    expect(codeParticipation(meeting, undefined)).toEqual(codeMeeting(meeting));
    expect(line(codeParticipation(meeting, null))).toBe("040 CONSULT multilateral");
  });

  it("keeps the meeting's codes for a role at a planned meeting or a signing", () => {
    const planned = { kind: "visit", status: "planned", agreements: [] } as const;
    const signed = { kind: "summit", status: "held", agreements: ["a treaty"] } as const;
    expect(line(codeParticipation(planned, "guest"))).toBe("036 AGREE");
    expect(line(codeParticipation(signed, "host"))).toBe("057 SUPPORT");
  });
});

describe("codePosition", () => {
  it.each([
    ["support", "051 SUPPORT"],
    ["oppose", "110 ACCUSE disapprove"],
    ["concern", "012 -"],
  ] as const)("codes a %s position as %s", (stance, want) => {
    expect(line(codePosition({ stance }))).toBe(want);
  });

  it("returns a fresh object each time, so a caller cannot change the table", () => {
    const first = codePosition({ stance: "oppose" });
    first.plover!.mode = null;
    expect(codePosition({ stance: "oppose" }).plover?.mode).toBe("disapprove");
  });
});

describe("countryCountOf", () => {
  it("counts the states of a country key", () => {
    expect(countryCountOf("JPN,KOR")).toBe(2);
    expect(countryCountOf("CHN,JPN,KOR")).toBe(3);
    expect(countryCountOf(null)).toBeUndefined();
  });
});
