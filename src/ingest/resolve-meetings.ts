import { stableId } from "../domain/keys.js";
import { type MeetingRow } from "./plan-meetings.js";

/** A meeting of the batch as matching sees it: its key and the days it may cover. */
interface Claimed {
  id: string;
  kind: string;
  countryKey: string;
  dateStart: string | null;
  dateEnd: string | null;
  precisionRank: number;
}

/**
 * Gives every meeting of a batch its graph id, in the batch's order: the meeting
 * already in the graph that it reports again (`inGraph`, by local id), else a meeting
 * an earlier article of the same batch reported (same kind and states, overlapping
 * days, or both undated), else a deterministic new id. This is what loading the
 * articles one at a time would give, where each article sees the ones before it.
 * Sets `id` on the rows and returns local id -> graph id.
 */
export function resolveMeetingIds(
  meetings: MeetingRow[],
  inGraph: ReadonlyMap<string, string | null>,
): Map<string, string> {
  const claimed: Claimed[] = [];
  const ids = new Map<string, string>();
  for (const meeting of meetings) {
    const earlier = claimed.find((c) => reportsAgain(c, meeting));
    const id =
      inGraph.get(meeting.localId) ??
      earlier?.id ??
      stableId(
        "meeting",
        meeting.kind,
        meeting.countryKey,
        meeting.date ?? `undated:${meeting.status}`,
      );
    meeting.id = id;
    ids.set(meeting.localId, id);
    claim(claimed, id, meeting);
  }
  return ids;
}

function reportsAgain(c: Claimed, m: MeetingRow): boolean {
  if (c.kind !== m.kind || c.countryKey !== m.countryKey) return false;
  if (c.dateStart === null || m.dateStart === null) return c.dateStart === m.dateStart;
  return c.dateStart <= (m.dateEnd ?? m.dateStart) && (c.dateEnd ?? c.dateStart) >= m.dateStart;
}

/** Remembers the meeting under its id; a finer date narrows the days it covers. */
function claim(claimed: Claimed[], id: string, m: MeetingRow): void {
  const known = claimed.find((c) => c.id === id);
  if (known === undefined) {
    claimed.push({
      id,
      kind: m.kind,
      countryKey: m.countryKey,
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
      precisionRank: m.precisionRank,
    });
  } else if (m.precisionRank > known.precisionRank) {
    Object.assign(known, {
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
      precisionRank: m.precisionRank,
    });
  }
}
