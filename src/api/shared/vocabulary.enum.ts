import { registerEnumType } from "type-graphql";
import { PLOVER_TYPES } from "../../domain/event-codes.js";
import {
  DATE_PRECISIONS,
  MEETING_KINDS,
  MEETING_STATUSES,
  STANCES,
  TOPIC_KINDS,
} from "../../domain/vocabulary.js";

/** "diplomatic-relations" -> "DIPLOMATIC_RELATIONS": the GraphQL name of a vocabulary value. */
export function graphqlEnumName(value: string): string {
  return value.toUpperCase().replace(/-/g, "_");
}

/**
 * An enum object whose keys are the GraphQL names and whose values are the record's
 * vocabulary: resolvers pass "summit" and GraphQL shows SUMMIT, and back.
 */
export function vocabularyEnum<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [graphqlEnumName(v), v]));
}

export const MeetingKindEnum = vocabularyEnum(MEETING_KINDS);
export const MeetingStatusEnum = vocabularyEnum(MEETING_STATUSES);
export const DatePrecisionEnum = vocabularyEnum(DATE_PRECISIONS);
export const StanceEnum = vocabularyEnum(STANCES);
export const TopicKindEnum = vocabularyEnum(TOPIC_KINDS);
export const PloverTypeEnum = vocabularyEnum(PLOVER_TYPES);
export const MeetingOrderEnum = { DATE_ASC: "DATE_ASC", DATE_DESC: "DATE_DESC" } as const;
export const PositionOrderEnum = { DATE_ASC: "DATE_ASC", DATE_DESC: "DATE_DESC" } as const;
export const StatsIntervalEnum = { MONTH: "month", YEAR: "year" } as const;
export const SearchHitKindEnum = vocabularyEnum([
  "meeting",
  "quote",
  "article",
  "country",
  "organization",
  "topic",
  "leader",
  "person",
] as const);

registerEnumType(MeetingKindEnum, { name: "MeetingKind" });
registerEnumType(MeetingStatusEnum, { name: "MeetingStatus" });
registerEnumType(DatePrecisionEnum, { name: "DatePrecision" });
registerEnumType(StanceEnum, { name: "Stance" });
registerEnumType(TopicKindEnum, { name: "TopicKind" });
registerEnumType(PloverTypeEnum, {
  name: "PloverType",
  description: "The PLOVER event types that diplograph's meetings and positions map to.",
});
registerEnumType(MeetingOrderEnum, {
  name: "MeetingOrder",
  description: "Timeline order: by the start of the date interval, then id; undated last.",
});
registerEnumType(PositionOrderEnum, { name: "PositionOrder" });
registerEnumType(StatsIntervalEnum, { name: "StatsInterval" });
registerEnumType(SearchHitKindEnum, { name: "SearchHitKind" });
