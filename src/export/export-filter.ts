import { dateInterval } from "../domain/dates.js";
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  REGION_SLUGS,
  TOPIC_KINDS,
  isRegionSlug,
} from "../domain/vocabulary.js";

/** A filter option the user got wrong; the message says how to write it. */
export class ExportFilterError extends Error {
  override name = "ExportFilterError";
}

/** The export's filter as the command line gives it (every option optional). */
export interface ExportFilterOptions {
  country?: string[];
  leader?: string[];
  kind?: string[];
  status?: string[];
  from?: string;
  to?: string;
  topic?: string;
  asOf?: string;
}

/** The parameters of the export statements (cypher/queries/export/find-*.cypher). */
export interface ExportParams {
  [name: string]: unknown;
  countries: string[] | null;
  leaders: string[] | null;
  kinds: string[] | null;
  statuses: string[] | null;
  /** First day of `--from`'s interval; `to` the last day of `--to`'s. */
  from: string | null;
  to: string | null;
  byTopic: boolean;
  topicKind: string | null;
  topicArgs: string[] | null;
  /** The last day `--as-of` names. */
  asOf: string | null;
}

/**
 * Validates the command line's filter into statement parameters, with the API's
 * meaning: every listed state and leader took part, kinds and statuses are
 * alternatives, `from`/`to` are inclusive ISO prefixes matched by overlap, `asOf`
 * keeps only what articles published by that day said.
 */
export function planExportFilter(options: ExportFilterOptions): ExportParams {
  const from = options.from === undefined ? null : interval(options.from, "--from").start;
  const to = options.to === undefined ? null : interval(options.to, "--to").end;
  if (from !== null && to !== null && from > to) {
    throw new ExportFilterError(`--from ${options.from} is after --to ${options.to}`);
  }
  const topic = options.topic === undefined ? null : parseTopic(options.topic);
  return {
    countries: listOrNull(options.country?.map(countryCode)),
    leaders: listOrNull(options.leader?.map((id) => id.trim()).filter((id) => id !== "")),
    kinds: listOrNull(options.kind?.map((k) => oneOf(k, MEETING_KINDS, "--kind"))),
    statuses: listOrNull(options.status?.map((s) => oneOf(s, MEETING_STATUSES, "--status"))),
    from,
    to,
    byTopic: topic !== null,
    topicKind: topic?.kind ?? null,
    topicArgs: topic?.args ?? null,
    asOf: options.asOf === undefined ? null : interval(options.asOf, "--as-of").end,
  };
}

function interval(value: string, option: string): { start: string; end: string } {
  const found = dateInterval(value.trim());
  if (found === undefined) {
    throw new ExportFilterError(
      `${option} ${JSON.stringify(value)} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  return found;
}

function countryCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new ExportFilterError(
      `--country ${JSON.stringify(value)} is not an ISO 3166-1 alpha-3 code (e.g. KOR)`,
    );
  }
  return code;
}

/** Accepts the vocabulary's spelling and GraphQL's ("peace-stability", "PEACE_STABILITY"). */
function oneOf<V extends string>(value: string, allowed: readonly V[], option: string): V {
  const normal = value.trim().toLowerCase().replace(/_/g, "-");
  const found = allowed.find((v) => v === normal);
  if (found === undefined) {
    throw new ExportFilterError(
      `${option} ${JSON.stringify(value)} is not one of: ${allowed.join(", ")}`,
    );
  }
  return found;
}

/** `KIND`, `KIND:ARG,ARG` or `:ARG,ARG` (args are alpha-3 codes or region slugs). */
function parseTopic(value: string): { kind: string | null; args: string[] | null } {
  const [kindPart = "", argPart, ...rest] = value.split(":");
  if (rest.length > 0 || (kindPart.trim() === "" && argPart === undefined)) {
    throw new ExportFilterError(
      `--topic ${JSON.stringify(value)}: expected KIND, KIND:ARG,ARG or :ARG (e.g. denuclearization:korean-peninsula)`,
    );
  }
  const kind = kindPart.trim() === "" ? null : oneOf(kindPart, TOPIC_KINDS, "--topic");
  const args = (argPart ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((a) => (isRegionSlug(a.toLowerCase()) ? a.toLowerCase() : topicCountry(a)));
  return { kind, args: listOrNull(args) };
}

function topicCountry(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new ExportFilterError(
      `--topic argument ${JSON.stringify(value)} is neither an alpha-3 code nor a region (${REGION_SLUGS.join(", ")})`,
    );
  }
  return code;
}

function listOrNull<T>(values: readonly T[] | undefined): T[] | null {
  return values === undefined || values.length === 0 ? null : [...new Set(values)];
}
