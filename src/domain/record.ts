import { z } from "zod";
import { isDatePrefix, precisionOf } from "./dates.js";
import {
  DATE_PRECISIONS,
  MEETING_KINDS,
  MEETING_STATUSES,
  ORGANIZATION_KINDS,
  PARTICIPANT_ROLES,
  REGION_SLUGS,
  STANCES,
  TOPIC_KINDS,
} from "./vocabulary.js";

/**
 * The canonical article record (version 1): everything diplograph knows from one
 * article, as validated JSON. It is the contract between the extractor (or a human
 * reviewer, or another pipeline) and the loader. Entities are referenced by local
 * ids that are unique within the record; graph keys are derived by the loader.
 * Evidence points at sentences, which are character ranges of `article.text`.
 */
export const RECORD_VERSION = 1;

const localId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "a local id is 1-64 letters, digits, '_', '.', ':' or '-'");
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD")
  .refine(isDatePrefix, "is not a day of the calendar");
const isoDatePrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isDatePrefix, "is not a real day, month or year");
const countryCode = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code");
const shortText = z.string().trim().min(1).max(2000);
const evidence = z.array(localId).min(1, "every fact needs at least one evidence sentence");

export const sentenceSchema = z.strictObject({
  id: localId,
  start: z.int().nonnegative(),
  end: z.int().positive(),
});

export const articleSchema = z.strictObject({
  url: z.url().max(2000).optional(),
  title: shortText.optional(),
  publisher: shortText.optional(),
  author: shortText.optional(),
  publishedAt: isoDay.optional(),
  language: z.literal("en").default("en"),
  /** The article text as ingested; every evidence offset indexes into it. */
  text: z.string().min(1).max(1_000_000),
});

export const countrySchema = z.strictObject({
  id: localId,
  code: countryCode,
  name: shortText,
  mentions: z.array(localId).default([]),
});

export const officeSchema = z.strictObject({
  title: shortText,
  country: localId,
  from: isoDatePrefix.optional(),
  to: isoDatePrefix.optional(),
  evidence,
});

export const personSchema = z.strictObject({
  id: localId,
  name: shortText,
  aliases: z.array(shortText).default([]),
  offices: z.array(officeSchema).default([]),
});

export const organizationSchema = z.strictObject({
  id: localId,
  name: shortText,
  kind: z.enum(ORGANIZATION_KINDS),
  country: localId.optional(),
});

export const participantSchema = z.strictObject({
  person: localId,
  role: z.enum(PARTICIPANT_ROLES).optional(),
});

export const meetingSchema = z
  .strictObject({
    id: localId,
    kind: z.enum(MEETING_KINDS),
    status: z.enum(MEETING_STATUSES),
    date: isoDatePrefix.optional(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    title: shortText.optional(),
    location: shortText.optional(),
    countries: z.array(localId).min(1),
    participants: z.array(participantSchema).default([]),
    organizations: z.array(localId).default([]),
    jointStatement: z.boolean().optional(),
    agreements: z.array(shortText).default([]),
    evidence,
  })
  .refine((m) => (m.date === undefined) === (m.datePrecision === undefined), {
    message: "date and datePrecision come together",
  })
  .refine((m) => m.date === undefined || precisionOf(m.date) === m.datePrecision, {
    message: "datePrecision does not match the form of date",
  });

export const topicSchema = z.strictObject({
  kind: z.enum(TOPIC_KINDS),
  args: z.array(z.union([countryCode, z.enum(REGION_SLUGS)])).max(50),
});

export const positionSchema = z.strictObject({
  id: localId,
  stance: z.enum(STANCES),
  topic: topicSchema,
  holders: z.array(localId).min(1),
  speakers: z.array(localId).default([]),
  meeting: localId.optional(),
  date: isoDatePrefix.optional(),
  evidence,
});

export const quoteSchema = z.strictObject({
  id: localId,
  text: z.string().trim().min(1).max(20_000),
  speaker: localId,
  meeting: localId.optional(),
  /** Character range of the quoted words inside article.text, without quotation marks. */
  start: z.int().nonnegative(),
  end: z.int().positive(),
  evidence,
});

export const recordSchema = z.strictObject({
  version: z.literal(RECORD_VERSION),
  article: articleSchema,
  sentences: z.array(sentenceSchema).min(1),
  countries: z.array(countrySchema).default([]),
  persons: z.array(personSchema).default([]),
  organizations: z.array(organizationSchema).default([]),
  meetings: z.array(meetingSchema).default([]),
  positions: z.array(positionSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
});

export type ArticleRecord = z.infer<typeof recordSchema>;
export type RecordInput = z.input<typeof recordSchema>;
export type RecordSentence = z.infer<typeof sentenceSchema>;
export type RecordCountry = z.infer<typeof countrySchema>;
export type RecordPerson = z.infer<typeof personSchema>;
export type RecordOffice = z.infer<typeof officeSchema>;
export type RecordOrganization = z.infer<typeof organizationSchema>;
export type RecordMeeting = z.infer<typeof meetingSchema>;
export type RecordPosition = z.infer<typeof positionSchema>;
export type RecordQuote = z.infer<typeof quoteSchema>;
export type RecordTopic = z.infer<typeof topicSchema>;
