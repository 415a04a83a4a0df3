import { dateInterval, precisionRank } from "../domain/dates.js";
import { countrySetKey, organizationKey } from "../domain/keys.js";
import { type ArticleRecord } from "../domain/record.js";

/** A meeting as the loader writes it; `id` is filled in once resolved against the graph. */
export interface MeetingRow {
  localId: string;
  id: string | null;
  kind: string;
  status: string;
  statusRank: number;
  date: string | null;
  datePrecision: string | null;
  precisionRank: number;
  dateStart: string | null;
  dateEnd: string | null;
  countryKey: string;
  countries: string[];
  title: string | null;
  location: string | null;
  jointStatement: boolean | null;
  agreements: string[];
  participants: { personId: string; role: string | null }[];
  organizations: string[];
  evidence: string[];
}

/** Held outranks planned outranks proposed: a later report that it happened wins. */
export function statusRank(status: string): number {
  return status === "held" ? 3 : status === "planned" ? 2 : 1;
}

export function planMeetings(
  record: ArticleRecord,
  keys: {
    sentenceKey: Map<string, string>;
    code: Map<string, string>;
    person: Map<string, string>;
  },
): MeetingRow[] {
  const orgKey = new Map(record.organizations.map((o) => [o.id, organizationKey(o.name)]));
  return record.meetings.map((m) => {
    const countries = [...new Set(m.countries.map((c) => keys.code.get(c) ?? c))].sort();
    const interval = m.date ? dateInterval(m.date) : undefined;
    return {
      localId: m.id,
      id: null,
      kind: m.kind,
      status: m.status,
      statusRank: statusRank(m.status),
      date: m.date ?? null,
      datePrecision: m.datePrecision ?? null,
      precisionRank: precisionRank(m.datePrecision),
      dateStart: interval?.start ?? null,
      dateEnd: interval?.end ?? null,
      countryKey: countrySetKey(countries),
      countries,
      title: m.title ?? null,
      location: m.location ?? null,
      jointStatement: m.jointStatement ?? null,
      agreements: m.agreements,
      participants: m.participants.map((p) => ({
        personId: keys.person.get(p.person) ?? p.person,
        role: p.role ?? null,
      })),
      organizations: m.organizations.map((o) => orgKey.get(o) ?? o),
      evidence: m.evidence.map((e) => keys.sentenceKey.get(e) ?? e),
    };
  });
}
