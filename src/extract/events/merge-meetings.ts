import { datesOverlap, type MeetingDraft } from "./meeting-draft.js";

/**
 * Merges drafts that tell of one event: same kind and status, the same states (or
 * one state that the other includes), and dates that can coincide. A draft that
 * names a single state and matches nothing is dropped unless it is an interview.
 */
export function mergeMeetings(drafts: readonly MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const draft of drafts) {
    const same = out.find(
      (m) =>
        m.kind === draft.kind &&
        m.status === draft.status &&
        datesOverlap(m, draft) &&
        sameSides(m, draft),
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
  if (!into.date && from.date) {
    into.date = from.date;
    if (from.precision) into.precision = from.precision;
  } else if (into.date && from.date && from.date.length > into.date.length) {
    into.date = from.date;
    if (from.precision) into.precision = from.precision;
  }
}
