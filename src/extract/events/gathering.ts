import { type Analysis } from "../analyze.js";
import { type Sentence } from "../text/split-sentences.js";
import { unique } from "../analysis-view.js";
import { type EventState } from "./cue-context.js";
import { datesOverlap, type MeetingDraft } from "./meeting-draft.js";
import { countriesOf } from "./resolve-group.js";
import { officialsIn } from "./talk-sides.js";

// "Boko, the host, opened the one-day meeting", "Marcos attended the summit", "The Forum
// leaders' meeting, hosted by Palau's President Ngirai Tellei", "Among those around the table
// were ...", "Xi and Takaichi were among the leaders at the opening session": who is there.
const TOOK_PART = new RegExp(
  [
    String.raw`\b(?:opened|opens|closed|closes|hosted|hosts|chaired|chairs|addressed|addresses|attended|attends|joined|joins)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|gathering|session|conference|forum)\b`,
    String.raw`\b(?:summit|meeting|gathering|conference|forum)\b[^.;]{0,30}?\bhosted\s+by\b`,
    String.raw`\b[Aa]mong\s+(?:those|the\s+(?:leaders|heads\s+of\s+(?:state|government)|participants|guests))\b|\b[Aa]round\s+the\s+table\s+(?:were|sat)\b`,
    // "Our host, Prime Minister Browne, welcomed delegations from 56 countries", "France is
    // represented by Foreign Minister Helene Duval", "Hrytsenko, attending in person".
    String.raw`\b(?:[Oo]ur|[Tt]he)\s+hosts?\b|\bwelcomed\s+(?:some\s+|about\s+|more\s+than\s+)?(?:[\w-]+\s+)?(?:leaders|delegations|heads)\b|\brepresented\s+by\b|\battending\s+in\s+person\b`,
  ].join("|"),
  "u",
);

// "Papua New Guinea's Prime Minister stayed home, and his country was represented by Deputy
// Prime Minister John Rosso": only who represents is there.
const REPRESENTED_BY = /\brepresented\s+by\b/;

// "Samoa, Tonga and Niue sent ministers": the states before the words are there.
const SENT_DELEGATES =
  /\bsent\s+(?:their\s+)?(?:[\w-]+\s+)?(?:ministers|delegations|delegates|envoys|deputies|representatives)\b/;

// "Trinidad and Tobago's prime minister will not attend", "Mercier pulls out", "flew back
// to Washington without attending the leaders' sessions": told as not there.
const STAYED_AWAY =
  /\b(?:not|never)\s+(?:attend|take\s+part|join|travel)\b|\bpull(?:s|ed|ing)?\s+out\b|\bwithout\s+attending\b|\bskip(?:s|ped|ping)?\b|\bstay(?:s|ed|ing)?\s+(?:at\s+)?home\b|\babsen(?:t|ce)\b/i;

// "met on the sidelines of the summit", "On the sidelines, Ramaphosa and Chapo held talks".
const ON_ITS_MARGINS = /\b(?:sidelines|margins)\b/i;

/**
 * A body's gathering (a held conference) counts as taking part everyone the article tells
 * was there: who opened, hosted, attended or sat among its leaders, and the sides of the
 * meetings held on its margins. The answer keys list a summit's members as those named at
 * it, not the body's whole membership.
 */
export function gatherAttendees(analysis: Analysis, state: EventState): void {
  const gatherings = state.drafts.filter((d) => d.kind === "conference" && d.status === "held");
  if (gatherings.length === 0) return;
  for (const sentence of analysis.sentences) {
    if (STAYED_AWAY.test(sentence.text)) continue;
    const touched = state.bySentence.get(sentence.index) ?? [];
    const gathering =
      touched.find((d) => gatherings.includes(d)) ?? gatheringAt(gatherings, sentence.index);
    const present = TOOK_PART.test(sentence.text) ? presentIn(analysis, sentence) : [];
    const sending = statesSending(analysis, sentence);
    // "The two heads of state met ..., hours after Lee opened the APEC Economic Leaders'
    // Meeting": a meeting told with the gathering, or on its margins, is of people there.
    const marginsTold = ON_ITS_MARGINS.test(sentence.text) || present.length > 0;
    const onItsMargins = (d: MeetingDraft): boolean =>
      marginsTold &&
      d.status === "held" &&
      d.kind !== "conference" &&
      d.kind !== "call" &&
      datesOverlap(d, gathering);
    // A live blog's "The chancellor and the Polish prime minister held a bilateral meeting
    // this afternoon": a meeting on the gathering's own day is on its margins.
    const onItsDay = (d: MeetingDraft): boolean =>
      d.status === "held" &&
      (d.kind === "summit" || d.kind === "meeting") &&
      d.precision === "day" &&
      d.date === gathering.date;
    const others = touched.filter((d) => d !== gathering);
    const sideMeetings = [
      ...others.filter(onItsMargins),
      ...others.filter((d) => !onItsMargins(d) && onItsDay(d)),
    ];
    const attendees = unique([...present, ...sideMeetings.flatMap((d) => d.participants)]);
    if (attendees.length === 0 && sending.length === 0) continue;
    gathering.participants = unique([...gathering.participants, ...attendees]);
    gathering.countries = unique([
      ...gathering.countries,
      ...countriesOf(analysis, attendees),
      ...sideMeetings.flatMap((d) => d.countries),
      ...sending,
    ]);
    if (!gathering.evidence.includes(sentence.index)) gathering.evidence.push(sentence.index);
  }
}

/** The officials a sentence telling who took part names: after "represented by", if it says so. */
function presentIn(analysis: Analysis, sentence: Sentence): string[] {
  const represented = REPRESENTED_BY.exec(sentence.text);
  const from = represented ? sentence.start + represented.index : sentence.start;
  return officialsIn(analysis, { start: from, end: sentence.end });
}

/** The states a sentence tells sent ministers or delegations. */
function statesSending(analysis: Analysis, sentence: Sentence): string[] {
  const sent = SENT_DELEGATES.exec(sentence.text);
  if (!sent) return [];
  const at = sentence.start + sent.index;
  return (analysis.places[sentence.index] ?? [])
    .filter((p) => p.end <= at && p.codes.length === 1 && !p.locative)
    .map((p) => p.codes[0] ?? "");
}

// The gathering told last before the sentence; in a live blog told newest first, the first.
function gatheringAt(gatherings: readonly MeetingDraft[], sentence: number): MeetingDraft {
  const told = gatherings.filter((d) => Math.min(...d.evidence) <= sentence);
  return told.at(-1) ?? (gatherings[0] as MeetingDraft);
}
