import { type EventCoding } from "../domain/event-codes.js";
import {
  type DatePrecision,
  type MeetingKind,
  type MeetingStatus,
  type ParticipantRole,
  type Stance,
  type TopicKind,
} from "../domain/vocabulary.js";

/**
 * The rows of cypher/queries/export/*.cypher, as the writers receive them. Reference
 * entities (countries, people, topics, articles) come nested in the facts that name
 * them; each writer writes one the first time it sees it.
 */

export interface ExportCountry {
  code: string;
  name: string;
}

/** A person's latest office on record (as of the export's asOf), if any. */
export interface ExportOffice {
  title: string | null;
  country: ExportCountry | null;
}

export interface ExportPerson {
  id: string;
  name: string;
  office: ExportOffice | null;
}

export interface ExportParticipant extends ExportPerson {
  role: ParticipantRole | null;
}

export interface ExportArticle {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

export interface ExportTopic {
  key: string;
  kind: TopicKind;
  args: string[];
  label: string;
}

export interface ExportPosition {
  id: string;
  stance: Stance;
  date: string | null;
  meetingId: string | null;
  topic: ExportTopic;
  holders: ExportCountry[];
  speakers: ExportPerson[];
  sources: ExportArticle[];
}

export interface ExportQuote {
  id: string;
  text: string;
  date: string | null;
  meetingId: string | null;
  speaker: ExportPerson;
  sources: ExportArticle[];
}

export interface ExportMeeting {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateStart: string | null;
  dateEnd: string | null;
  title: string | null;
  location: string | null;
  jointStatement: boolean | null;
  agreements: string[];
  countryKey: string | null;
  countries: ExportCountry[];
  participants: ExportParticipant[];
  positions: ExportPosition[];
  quotes: ExportQuote[];
  sources: ExportArticle[];
}

/** What an export reads, in order: each meeting with its parts, then the facts stated at no meeting. */
export type ExportItem =
  | { type: "meeting"; meeting: ExportMeeting }
  | { type: "position"; position: ExportPosition }
  | { type: "quote"; quote: ExportQuote };

/** A writer of one export format. */
export interface ExportWriter {
  /** Writes one item; resolves when the output can take more (backpressure). */
  write(item: ExportItem): Promise<void>;
  /** Ends the output; resolves once everything is flushed. */
  close(): Promise<void>;
}

/** The four interchange columns of a coded fact, flat (docs/event-codes.md). */
export interface CodeColumns {
  cameoCode: string;
  cameoLabel: string;
  ploverType: string | null;
  ploverMode: string | null;
}

export function codeColumns(coding: EventCoding): CodeColumns {
  return {
    cameoCode: coding.cameo.code,
    cameoLabel: coding.cameo.label,
    ploverType: coding.plover?.type ?? null,
    ploverMode: coding.plover?.mode ?? null,
  };
}
