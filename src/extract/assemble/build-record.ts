import { type ArticleRecord, type RecordInput } from "../../domain/record.js";
import { type Analysis } from "../analyze.js";
import { isOfficial, sentenceAt, unique } from "../analysis-view.js";
import { type MeetingDraft } from "../events/meeting-draft.js";
import { type ArticleMeta } from "../input/article-meta.js";
import { placeLexicon } from "../mentions/find-places.js";
import { type OrganizationMention } from "../organizations/find-organizations.js";
import { type PositionDraft } from "../positions/position-draft.js";
import { type QuoteDraft } from "../quotes/quote-draft.js";
import { linkMeeting } from "./link-meetings.js";
import { countryId, sentenceId } from "./record-ids.js";

/**
 * Assembles the canonical record from the stages' results: metadata (the sidecar
 * first, then what the page says), sentences, states, people with their offices,
 * meetings, positions and quotes, each with its evidence sentences.
 */
export function buildRecord(args: {
  analysis: Analysis;
  meta: ArticleMeta;
  meetings: readonly MeetingDraft[];
  positions: readonly PositionDraft[];
  quotes: readonly QuoteDraft[];
  organizations?: readonly OrganizationMention[];
}): RecordInput {
  const organizations = args.organizations ?? [];
  const { analysis, meta } = args;
  const people = peopleToRecord(args);
  const codes = stateCodes(args, people);
  const names = placeLexicon().names;
  return {
    version: 1,
    article: articleOf(analysis, meta),
    sentences: analysis.sentences.map((s) => ({
      id: sentenceId(s.index),
      start: s.start,
      end: s.end,
    })),
    countries: codes.map((code) => ({
      id: countryId(code),
      code,
      name: names.get(code) ?? code,
      mentions: mentionsOf(analysis, code),
    })),
    persons: people.map((entity) => ({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases.filter((a) => a !== entity.name),
      offices:
        isOfficial(entity) && entity.country && entity.title
          ? [
              {
                title: entity.title,
                country: countryId(entity.country),
                evidence: [sentenceId(sentenceIndexAt(analysis, entity.firstStart))],
              },
            ]
          : [],
    })),
    organizations: organizations.map((o, i) => ({
      id: organizationId(i),
      name: o.name,
      kind: o.kind,
    })),
    meetings: args.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      status: m.status,
      ...(m.date && m.precision ? { date: m.date, datePrecision: m.precision } : {}),
      countries: m.countries.map(countryId),
      participants: m.participants.map((person) => ({ person })),
      organizations: organizationsAt(organizations, m),
      ...(m.jointStatement !== undefined ? { jointStatement: m.jointStatement } : {}),
      evidence: m.evidence.map(sentenceId),
    })),
    positions: args.positions.map((p, i) => ({
      id: `position-${i + 1}`,
      stance: p.stance,
      topic: { kind: p.kind, args: p.args },
      holders: p.holders.map(countryId),
      speakers: p.speakers,
      ...meetingOf(
        p.meeting ??
          linkMeeting(args.meetings, {
            states: p.holders,
            speakers: p.speakers,
            sentences: [p.sentence],
          }),
      ),
      evidence: [sentenceId(p.sentence)],
    })),
    quotes: args.quotes.map((q, i) => ({
      id: `quote-${i + 1}`,
      text: q.text,
      speaker: q.speaker,
      ...meetingOf(
        linkMeeting(args.meetings, {
          states: speakerStates(analysis, q.speaker),
          speakers: [q.speaker],
          sentences: q.sentences,
        }),
      ),
      start: q.start,
      end: q.end,
      evidence: unique(q.sentences).map(sentenceId),
    })),
  } satisfies RecordInput as RecordInput & Partial<ArticleRecord>;
}

const organizationId = (index: number): string => `organization-${index + 1}`;

// An interview's outlet, or the body a gathering is of, told in the event's own sentences.
function organizationsAt(
  organizations: readonly OrganizationMention[],
  meeting: MeetingDraft,
): string[] {
  const kind = meeting.kind === "interview" ? "media" : "international";
  return organizations.flatMap((o, i) =>
    o.kind === kind &&
    (kind === "media" ? o.sentences : o.gatherings).some((s) => meeting.evidence.includes(s))
      ? [organizationId(i)]
      : [],
  );
}

function meetingOf(id: string | undefined): { meeting?: string } {
  return id ? { meeting: id } : {};
}

// A quotation links through its speaker's state only when the speaker serves one.
function speakerStates(analysis: Analysis, speaker: string): string[] {
  const entity = analysis.entities.find((e) => e.id === speaker);
  return entity && isOfficial(entity) && entity.country ? [entity.country] : [];
}

function articleOf(analysis: Analysis, meta: ArticleMeta): RecordInput["article"] {
  const { layout } = analysis;
  const title = meta.title ?? layout.title;
  const publisher = meta.publisher ?? layout.publisher;
  const author = meta.author ?? layout.author;
  return {
    ...(meta.url ? { url: meta.url } : {}),
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(author ? { author } : {}),
    ...((meta.publishedAt ?? layout.publishedAt)
      ? { publishedAt: meta.publishedAt ?? layout.publishedAt }
      : {}),
    language: "en",
    text: analysis.text,
  };
}

function peopleToRecord(args: {
  analysis: Analysis;
  quotes: readonly QuoteDraft[];
}): Analysis["entities"] {
  const speakers = new Set(args.quotes.map((q) => q.speaker));
  return args.analysis.entities.filter((e) => speakers.has(e.id) || (isOfficial(e) && e.country));
}

function stateCodes(
  args: {
    analysis: Analysis;
    meetings: readonly MeetingDraft[];
    positions: readonly PositionDraft[];
  },
  people: Analysis["entities"],
): string[] {
  const mentioned = args.analysis.places
    .flat()
    .filter((p) => !p.locative)
    .flatMap((p) => [...p.codes]);
  const fromPeople = people.flatMap((p) => (isOfficial(p) && p.country ? [p.country] : []));
  const fromMeetings = args.meetings.flatMap((m) => m.countries);
  const fromPositions = args.positions.flatMap((p) => [
    ...p.holders,
    ...p.args.filter((a) => /^[A-Z]{3}$/.test(a)),
  ]);
  return unique([...mentioned, ...fromPeople, ...fromMeetings, ...fromPositions]);
}

function mentionsOf(analysis: Analysis, code: string): string[] {
  return analysis.sentences
    .filter((s) => (analysis.places[s.index] ?? []).some((p) => p.codes.includes(code)))
    .map((s) => sentenceId(s.index));
}

function sentenceIndexAt(analysis: Analysis, offset: number): number {
  return sentenceAt(analysis, offset)?.index ?? 0;
}
