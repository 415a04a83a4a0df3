/**
 * The controlled vocabularies of diplograph: meeting kinds and statuses, stances,
 * date precisions, topic kinds and region slugs. They follow the facts format
 * (`shared/eval/FORMAT.md`) so that the record, the graph and the evaluation view
 * speak one language; GraphQL exposes them in upper snake case.
 */

export const MEETING_KINDS = [
  "summit",
  "meeting",
  "visit",
  "call",
  "interview",
  "conference",
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ["held", "planned", "proposed"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const STANCES = ["support", "oppose", "concern"] as const;
export type Stance = (typeof STANCES)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PARTICIPANT_ROLES = ["host", "guest"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ORGANIZATION_KINDS = ["media", "international", "government", "other"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const TOPIC_KINDS = [
  "cooperation",
  "dialogue",
  "diplomatic-relations",
  "policy-coordination",
  "denuclearization",
  "peace-stability",
  "security",
  "trade",
  "sanctions",
  "conflict-resolution",
  "migration",
  "territorial-dispute",
  "historical-issues",
  "humanitarian-aid",
  "climate-energy",
  "human-rights",
  "other",
] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Places that are not states, usable as topic arguments beside ISO alpha-3 codes. */
export const REGION_SLUGS = [
  "korean-peninsula",
  "northeast-asia",
  "east-asia",
  "asia-pacific",
  "indo-pacific",
  "south-china-sea",
  "taiwan-strait",
  "middle-east",
  "gaza",
  "europe",
  "africa",
  "latin-america",
  "arctic",
  "global",
] as const;
export type RegionSlug = (typeof REGION_SLUGS)[number];

/** Human-readable names of the regions, for labels and the graph's Region nodes. */
export const REGION_NAMES: Readonly<Record<RegionSlug, string>> = {
  "korean-peninsula": "Korean Peninsula",
  "northeast-asia": "Northeast Asia",
  "east-asia": "East Asia",
  "asia-pacific": "Asia-Pacific",
  "indo-pacific": "Indo-Pacific",
  "south-china-sea": "South China Sea",
  "taiwan-strait": "Taiwan Strait",
  "middle-east": "Middle East",
  gaza: "Gaza",
  europe: "Europe",
  africa: "Africa",
  "latin-america": "Latin America",
  arctic: "Arctic",
  global: "Global",
};

export function isRegionSlug(value: string): value is RegionSlug {
  return (REGION_SLUGS as readonly string[]).includes(value);
}
