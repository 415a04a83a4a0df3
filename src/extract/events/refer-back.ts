import { entityOf, isHead, placesIn, type Range, unique } from "../analysis-view.js";
import { DEFINITE_BEFORE, NEXT_BEFORE } from "../data/meeting-cues.js";
import { isState } from "../../domain/countries.js";
import { type MeetingKind } from "../../domain/vocabulary.js";
import { isBodySummit } from "./body-summit.js";
import { type CueContext } from "./cue-context.js";
import { chooseDate } from "./meeting-date.js";
import { type MeetingDraft } from "./meeting-draft.js";
import { type CueMatch, findCues } from "./meeting-cues.js";
import { statusOf } from "./meeting-status.js";
import { countriesOf } from "./resolve-group.js";
import { hostsIn, officialsIn, statesBetween } from "./talk-sides.js";

const VERB_CUE =
  /^(?:met|meets|hosts?|hosted|received|visited|travel\w*|flew|fly|flies|flying|arrived|spoke|phoned|leave|leaves|leaving|left|depart\w*|head|heads|headed)\b/i;

/**
 * An event word that refers back to an event already told ("the talks", "the Prime
 * Minister's visit"): the latest draft it fits, which it may date and add hosts to.
 */
export function referBack(context: CueContext): MeetingDraft[] | undefined {
  const { analysis, cue, state } = context;
  const before = analysis.text.slice(Math.max(cue.clause.start, cue.start - 40), cue.start);
  // "the foreign ministers of the Quad countries met": before a verb, "the" is its subject's.
  if (!DEFINITE_BEFORE.test(before) || cue.kind === "interview" || VERB_CUE.test(cue.word))
    return undefined;
  // "The next meeting is due in Spain next year": the next one is another event.
  if (NEXT_BEFORE.test(analysis.text.slice(cue.clause.start, cue.start))) return undefined;
  const range = cueRange(context);
  // "the next round of technical talks between Somalia and Ethiopia": the states are the
  // sides, not the people the clause names.
  const states = statesBetween(context);
  // "the Consultative Meeting ..., which will be held in September with the participation of
  // the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan": an event
  // of members the event told does not have is another.
  const members = membersNamed(context, range);
  // "the Kuala Lumpur summit": a place that names the event is one of its states.
  const namedBy = placesIn(analysis, context.sentence, { start: cue.clause.start, end: cue.start })
    .filter((p) => p.codes.length === 1 && /^\s+$/.test(analysis.text.slice(p.end, cue.start)))
    .flatMap((p) => [...p.codes]);
  const named = states.length >= 2 ? [] : officialsIn(analysis, range);
  // "The meeting, which Kallas had hoped to host": an official of no state (of the EU, the
  // UN) hosts or mediates, and joins the event referred to without deciding which it is.
  const servesState = (p: string): boolean => isState(entityOf(analysis, p)?.country ?? "");
  // "The talks, hosted by Turkish Foreign Minister Hakan Fidan, lasted an hour": the host
  // joins the event referred to, with the host's state.
  const hosts = hostsIn(analysis, range);
  const people = named.filter((p) => servesState(p) && !hosts.includes(p));
  const outsiders = named.filter((p) => !servesState(p) || hosts.includes(p));
  const status = statusOf(context);
  const ownDates = context.dates.filter(
    (d) => !d.forward && d.start >= range.start && d.end <= range.end,
  );
  const own = chooseDate({
    analysis,
    dates: ownDates,
    cue,
    clause: range,
    status,
    ...(state.current ? { anchor: state.current } : {}),
  });
  // "travelled to Kyiv on Saturday to meet Zelensky, in the first joint visit of the four
  // leaders": a reference in the sentence that told the event is to it, whatever its words.
  const toldHere = (d: MeetingDraft): boolean => d.evidence.includes(context.sentence);
  const fits = (d: MeetingDraft): boolean =>
    compatibleKind(d.kind, cue.kind) &&
    states.every((c) => d.countries.includes(c)) &&
    members.every((c) => d.countries.includes(c)) &&
    namedBy.every((c) => d.countries.includes(c)) &&
    // A proposal put off "will now take place in January": still the proposal.
    (status === "held" ||
      d.status === status ||
      (status === "planned" && d.status === "proposed") ||
      toldHere(d)) &&
    people.every(
      (p) =>
        d.participants.includes(p) ||
        (d.participants.length === 0 &&
          // "the summit, which Montenegro and Sánchez were to chair": a summit put off,
          // told with no one yet, is its states' heads'.
          (d.status === "held" || (d.kind === "summit" && isHead(entityOf(analysis, p)))) &&
          d.countries.includes(entityOf(analysis, p)?.country ?? "")),
    ) &&
    (!own.date || !d.date || own.date.startsWith(d.date) || d.date.startsWith(own.date));
  const latestFirst = [...state.drafts].reverse();
  // "At the conclusion of the visit, a joint statement was issued", after a visit invited
  // to: a reference told as past is to the visit held, not the one proposed since.
  const target =
    (status === "held" ? latestFirst.find((d) => d.status === "held" && fits(d)) : undefined) ??
    latestFirst.find(fits);
  if (!target) return undefined;
  // "The meeting ... will now take place in January": a reference may date an undated event;
  // not "the summit of the Shanghai Cooperation Organisation" a bilateral summit: a body's
  // summit is dated by its own days, which need not be the talks'.
  const bodySummit = isBodySummit(analysis, cue);
  if (!target.date && own.date && own.precision && (!bodySummit || target.kind === "conference")) {
    target.date = own.date;
    target.precision = own.precision;
  }
  target.participants = unique([...target.participants, ...outsiders]);
  target.countries = unique([...target.countries, ...countriesOf(analysis, hosts)]);
  return [target];
}

/** Whether an event of one kind may be told again by a cue of another ("the talks" for a summit). */
export function compatibleKind(existing: MeetingKind, cue: CueMatch["kind"]): boolean {
  if (existing === "visit" || existing === "interview") return cue === existing;
  if (cue === "talks") return true;
  if (cue === "conference") return existing !== "call";
  return existing === cue;
}

const MEMBERS_AFTER =
  /\b(?:with the participation of|attended by|bringing together|(?:will )?brings? together)\b/i;

/** The states listed right after "with the participation of" (or the like) in the range. */
function membersNamed(context: CueContext, range: Range): string[] {
  const { analysis, sentence } = context;
  const phrase = MEMBERS_AFTER.exec(analysis.text.slice(range.start, range.end));
  if (!phrase) return [];
  let at = range.start + phrase.index + phrase[0].length;
  const members: string[] = [];
  for (const place of placesIn(analysis, sentence, { start: at, end: range.end })) {
    const gap = analysis.text.slice(at, place.start);
    // "the leaders of Kazakhstan, Kyrgyzstan ... and Uzbekistan": one list, nothing between.
    const listed = members.length === 0 ? /^[\s\p{Ll}]{0,40}$/u : /^(?:,\s*|,?\s+and\s+)$/;
    if (place.codes.length !== 1 || !listed.test(gap)) break;
    members.push(...place.codes);
    at = place.end;
  }
  return members.length >= 2 ? unique(members) : [];
}

/** From the clause's start to the next event word of the sentence, or the clause's end. */
function cueRange(context: CueContext): Range {
  const { cue, analysis, sentence } = context;
  const next = findCues(analysis, sentence).find((c) => c.start > cue.start);
  return { start: cue.clause.start, end: Math.min(cue.clause.end, next?.start ?? cue.clause.end) };
}
