import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";

export const OFFICE_ROLES = [
  "head-of-state",
  "head-of-government",
  // The leader of the party that directs a one-party state (Vietnam's, China's, North
  // Korea's general secretary): a state's leader at a summit whatever other office he holds.
  "party-leader",
  "foreign-minister",
  "defense-minister",
  "minister",
  "envoy",
  "other",
] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

const LEADER_ROLES: ReadonlySet<OfficeRole> = new Set([
  "head-of-state",
  "head-of-government",
  "party-leader",
]);

/** Whether an office makes its holder a state's leader: the one who meets others at a summit. */
export function isLeaderRole(role: OfficeRole | undefined): boolean {
  return role !== undefined && LEADER_ROLES.has(role);
}

// Terms may be known only to the month or year ("2025-10").
const isoDay = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

const officeSchema = z.object({
  title: z.string().min(1),
  role: z.enum(OFFICE_ROLES),
  from: isoDay.optional(),
  to: isoDay.optional(),
});

const officialSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  surname: z.string().min(1),
  gender: z.enum(["m", "f"]).optional(),
  country: z.string().regex(/^[A-Z]{3}$/),
  offices: z.array(officeSchema).default([]),
});

export const gazetteerSchema = z.object({
  version: z.literal(1),
  officials: z.array(officialSchema),
});

export type GazetteerOffice = z.infer<typeof officeSchema>;
export type Official = z.infer<typeof officialSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;

const DEFAULT_PATH = new URL("../data/officials.json", import.meta.url);

/**
 * Parses a gazetteer of officials (the `officials.json` format), throwing an error
 * that names the file and the defect when it does not validate.
 */
export function parseGazetteer(json: unknown, source = "officials.json"): Gazetteer {
  const parsed = gazetteerSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new Error(`${source}: not a valid gazetteer: ${problems.slice(0, 5).join("; ")}`);
}

let cached: Gazetteer | undefined;

/**
 * Loads the bundled gazetteer once. An absent file yields an empty gazetteer so that
 * title-based discovery still works; a malformed one is an error.
 */
export function loadGazetteer(path: URL | string = DEFAULT_PATH): Gazetteer {
  if (path === DEFAULT_PATH && cached) return cached;
  const gazetteer = existsSync(path)
    ? parseGazetteer(JSON.parse(readFileSync(path, "utf8")), String(path))
    : { version: 1 as const, officials: [] };
  if (path === DEFAULT_PATH) cached = gazetteer;
  return gazetteer;
}

/** Whether `office`'s term covers `day` (YYYY-MM-DD). */
export function inOfficeOn(office: GazetteerOffice, day: string): boolean {
  return (office.from ?? "0000") <= day && (office.to === undefined || day <= `${office.to}-99`);
}

/**
 * The office an official held on `day` (YYYY-MM-DD): the one whose term covers it,
 * else the latest one begun before it, else the first.
 */
export function officeAt(official: Official, day: string): GazetteerOffice | undefined {
  const began = (o: GazetteerOffice): string => o.from ?? "0000";
  const covering = official.offices.filter((o) => inOfficeOn(o, day));
  if (covering.length > 0) return covering.sort(byRank)[0];
  const begun = official.offices
    .filter((o) => began(o) <= day)
    .sort((a, b) => began(b).localeCompare(began(a)));
  return begun[0] ?? official.offices[0];
}

const RANK: Readonly<Record<OfficeRole, number>> = {
  "head-of-state": 0,
  "head-of-government": 1,
  "party-leader": 2,
  "foreign-minister": 3,
  "defense-minister": 4,
  minister: 5,
  envoy: 6,
  other: 7,
};

function byRank(a: GazetteerOffice, b: GazetteerOffice): number {
  return RANK[a.role] - RANK[b.role];
}
