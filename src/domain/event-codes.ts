import {
  type MeetingKind,
  type MeetingStatus,
  type ParticipantRole,
  type Stance,
} from "./vocabulary.js";

/**
 * Interchange codes: how a diplograph meeting or position reads in the event-data
 * ontologies that GDELT and ICEWS (CAMEO) and POLECAT (PLOVER) are coded in, so that
 * analysts can join diplograph with them. The tables below are the whole mapping;
 * docs/event-codes.md explains each choice.
 *
 * Sources: the CAMEO Event and Actor Codebook, version 1.1b3 (Schrodt, March 2012), for
 * the codes and their labels; the PLOVER manual (Open Event Data Alliance, draft 0.8,
 * 2021) for the event types and the CONSULT modes, and its CAMEO2PLOVER table for how
 * each CAMEO code converts (036 to AGREE, 04x to CONSULT, 051 and 057 to SUPPORT, 110 to
 * ACCUSE with mode "disapprove"). PLOVER does not code comments (CAMEO 01 and 02), so
 * a CAMEO 01x code has no PLOVER event.
 */

/** The CAMEO 1.1b3 codes diplograph emits, with the codebook's labels. */
export const CAMEO_LABELS = {
  "010": "Make statement, not specified below",
  "012": "Make pessimistic comment",
  "036": "Express intent to meet or negotiate",
  "040": "Consult, not specified below",
  "041": "Discuss by telephone",
  "042": "Make a visit",
  "043": "Host a visit",
  "051": "Praise or endorse",
  "057": "Sign formal agreement",
  "110": "Disapprove, not specified below",
} as const;
export type CameoCode = keyof typeof CAMEO_LABELS;

/** The PLOVER event types diplograph emits. */
export const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "ACCUSE"] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** PLOVER modes: CONSULT's (how the parties met) and ACCUSE's "disapprove" (CAMEO 11x). */
export const PLOVER_MODES = ["visit", "multilateral", "phone", "disapprove"] as const;
export type PloverMode = (typeof PLOVER_MODES)[number];

/** A CAMEO code with its label. */
export interface CameoEvent {
  code: CameoCode;
  label: string;
}

/** A PLOVER event type and its mode (null where PLOVER gives none or the record does not tell). */
export interface PloverEvent {
  type: PloverType;
  mode: PloverMode | null;
}

/** One fact's codes in both ontologies; `plover` is null where PLOVER codes no event. */
export interface EventCoding {
  cameo: CameoEvent;
  plover: PloverEvent | null;
}

interface CodingRow {
  cameo: CameoCode;
  plover: PloverEvent | null;
}

const consult = (mode: PloverMode | null): PloverEvent => ({ type: "CONSULT", mode });

/**
 * A held meeting, by kind. Summits and meetings are consultations (040) whose mode the
 * record does not tell unless 3+ states took part; the visitor is the source of a
 * visit (042, PLOVER: "source actor is visiting"); a call is 041 "Discuss by telephone";
 * a conference is a multilateral gathering; an interview is a statement to the press
 * (010), which PLOVER does not code.
 */
export const HELD_MEETING_CODES: Readonly<Record<MeetingKind, CodingRow>> = {
  summit: { cameo: "040", plover: consult(null) },
  meeting: { cameo: "040", plover: consult(null) },
  visit: { cameo: "042", plover: consult("visit") },
  call: { cameo: "041", plover: consult("phone") },
  interview: { cameo: "010", plover: null },
  conference: { cameo: "040", plover: consult("multilateral") },
};

/** A planned or proposed meeting: 036, which CAMEO2PLOVER converts to AGREE. */
export const INTENT_TO_MEET: CodingRow = { cameo: "036", plover: { type: "AGREE", mode: null } };

/**
 * A held meeting at which agreements were signed: 057. PLOVER codes signing as
 * SUPPORT ("ratify, sign, or finalize an agreement"); AGREE is for promises to sign.
 */
export const SIGNED_AGREEMENT: CodingRow = {
  cameo: "057",
  plover: { type: "SUPPORT", mode: null },
};

/**
 * A position, by stance. Support endorses a policy or goal (051; PLOVER SUPPORT:
 * "express support for, commend, approve policy"). Opposition disapproves of one (110;
 * ACCUSE, "express disapprovals, objections ... decry a policy"), not REJECT, which is
 * the refusal of a request or proposal made to the holder (CAMEO 12x). Concern is a
 * pessimistic comment (012), which PLOVER does not code.
 */
export const STANCE_CODES: Readonly<Record<Stance, CodingRow>> = {
  support: { cameo: "051", plover: { type: "SUPPORT", mode: null } },
  oppose: { cameo: "110", plover: { type: "ACCUSE", mode: "disapprove" } },
  concern: { cameo: "012", plover: null },
};

/**
 * One participant's side of an in-person consultation with stated roles: the guest
 * makes a visit (042), the host hosts it (043); PLOVER codes both as CONSULT, the visitor
 * as source and the host as recipient.
 */
export const ROLE_CODES: Readonly<Record<ParticipantRole, CameoCode>> = {
  guest: "042",
  host: "043",
};

/** States at a summit or meeting from which it is multilateral. */
export const MULTILATERAL_FROM = 3;

/** What the meeting codes depend on: attributes every meeting row carries. */
export interface MeetingFacts {
  kind: MeetingKind;
  status: MeetingStatus;
  agreements: readonly string[];
  /** How many states took part; unknown leaves a bilateral consultation's mode null. */
  countryCount?: number;
}

/**
 * The codes of a meeting as a whole. An interview is a statement whatever its status;
 * otherwise a meeting not (yet) held is an intent to meet, a held one with agreements
 * is their signing, and the rest are coded by kind.
 */
export function codeMeeting(meeting: MeetingFacts): EventCoding {
  if (meeting.kind === "interview") return withLabel(HELD_MEETING_CODES.interview);
  if (meeting.status !== "held") return withLabel(INTENT_TO_MEET);
  if (meeting.agreements.length > 0) return withLabel(SIGNED_AGREEMENT);
  const row = HELD_MEETING_CODES[meeting.kind];
  const multilateral =
    row.plover?.type === "CONSULT" &&
    row.plover.mode === null &&
    (meeting.countryCount ?? 0) >= MULTILATERAL_FROM;
  return withLabel(multilateral ? { cameo: row.cameo, plover: consult("multilateral") } : row);
}

/**
 * The codes of one participant's part in a meeting. A stated host or guest of an
 * in-person consultation (040, 042) is coded from their side (043, 042), keeping the
 * meeting's mode (a visit when it has none); everyone else shares the meeting's codes.
 */
export function codeParticipation(
  meeting: MeetingFacts,
  role: ParticipantRole | null | undefined,
): EventCoding {
  const whole = codeMeeting(meeting);
  const inPerson = whole.cameo.code === "040" || whole.cameo.code === "042";
  if (role == null || !inPerson) return whole;
  return withLabel({
    cameo: ROLE_CODES[role],
    plover: consult(whole.plover?.mode ?? "visit"),
  });
}

/** The codes of a stated position. */
export function codePosition(position: { stance: Stance }): EventCoding {
  return withLabel(STANCE_CODES[position.stance]);
}

/** The number of states in a meeting's country key ("JPN,KOR" is 2). */
export function countryCountOf(countryKey: string | null | undefined): number | undefined {
  return countryKey ? countryKey.split(",").length : undefined;
}

function withLabel(row: CodingRow): EventCoding {
  return {
    cameo: { code: row.cameo, label: CAMEO_LABELS[row.cameo] },
    plover: row.plover === null ? null : { ...row.plover },
  };
}
