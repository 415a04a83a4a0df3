import { datesOverlap, type MeetingDraft } from "./meeting-draft.js";

/**
 * Merges drafts that tell of one event: same kind and status, the same states (or
 * one state that the other includes), and dates that can coincide, or days of one trip.
 * Two drafts whose officials of one state differ are two events ("the general secretary
 * held talks with Prabowo; the prime minister received him too"); `officialState` gives a
 * participant's state if the participant is an official. A draft that names a single state
 * and matches nothing is dropped unless it is an interview.
 */
export function mergeMeetings(
  drafts: readonly MeetingDraft[],
  officialState: (participant: string) => string | undefined,
): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const draft of drafts) {
    const same = out.find(
      (m) =>
        (legOfHeldVisit(m, draft) ||
          (m.kind === draft.kind &&
            m.status === draft.status &&
            (datesOverlap(m, draft) || daysOfOneTrip(m, draft)))) &&
        sameSides(m, draft) &&
        !otherOfficials(m, draft, officialState) &&
        !apartFrom(m, draft),
    );
    if (same) absorb(same, draft);
    else
      out.push({
        ...draft,
        countries: [...draft.countries],
        participants: [...draft.participants],
        evidence: [...draft.evidence],
      });
  }
  return out.filter(
    (m) => m.countries.length >= 2 || (m.kind === "interview" && m.countries.length === 1),
  );
}

// A state visit lasts days: "arrived in Hanoi on Sunday for a two-day visit" and "agreed
// on Monday during his state visit" tell of one trip, dated by its first day.
const TRIP_DAYS = 3;
const DAY_MS = 86_400_000;

function daysOfOneTrip(a: MeetingDraft, b: MeetingDraft): boolean {
  if (a.kind !== "visit" || a.status !== "held") return false;
  if (a.precision !== "day" || b.precision !== "day" || !a.date || !b.date) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= TRIP_DAYS * DAY_MS;
}

/**
 * "Ruto travels to Osaka on Wednesday before returning to Nairobi", during his four-day state
 * visit to Japan: a trip still to come within a visit held by the same visitors is a leg of it.
 */
function legOfHeldVisit(held: MeetingDraft, leg: MeetingDraft): boolean {
  return (
    held.kind === "visit" &&
    leg.kind === "visit" &&
    leg.status === "planned" &&
    leg.participants.length > 0 &&
    leg.participants.every((p) => held.participants.includes(p)) &&
    daysOfOneTrip(held, leg)
  );
}

function otherOfficials(
  a: MeetingDraft,
  b: MeetingDraft,
  officialState: (participant: string) => string | undefined,
): boolean {
  const officialsOf = (d: MeetingDraft) =>
    d.participants.flatMap((p) => {
      const state = officialState(p);
      return state ? [{ p, state }] : [];
    });
  const officialsA = officialsOf(a);
  const officialsB = officialsOf(b);
  return officialsA.some(
    ({ state }) =>
      officialsB.some((l) => l.state === state) &&
      !officialsA.some((x) => x.state === state && officialsB.some((y) => y.p === x.p)),
  );
}

// An event told as separate is merged only with one of the same people.
function apartFrom(a: MeetingDraft, b: MeetingDraft): boolean {
  if (!a.apart && !b.apart) return false;
  const same =
    a.participants.length === b.participants.length &&
    a.participants.every((p) => b.participants.includes(p));
  return !same;
}

function sameSides(a: MeetingDraft, b: MeetingDraft): boolean {
  const setA = new Set(a.countries);
  const setB = new Set(b.countries);
  if (setA.size === setB.size && [...setA].every((c) => setB.has(c))) return true;
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  return small.size === 1 && [...small].every((c) => large.has(c));
}

function absorb(into: MeetingDraft, from: MeetingDraft): void {
  if (from.countries.length > into.countries.length) into.countries = [...from.countries];
  for (const p of from.participants) if (!into.participants.includes(p)) into.participants.push(p);
  for (const e of from.evidence) if (!into.evidence.includes(e)) into.evidence.push(e);
  if (into.jointStatement === undefined && from.jointStatement !== undefined)
    into.jointStatement = from.jointStatement;
  if (daysOfOneTrip(into, from) && from.date && into.date && from.date < into.date) {
    into.date = from.date;
  } else if (!into.date && from.date) {
    into.date = from.date;
    if (from.precision) into.precision = from.precision;
  } else if (into.date && from.date && from.date.length > into.date.length) {
    into.date = from.date;
    if (from.precision) into.precision = from.precision;
  }
}
