import { runQuery } from "./graphql-client.js";
import { MEETINGS_PAGE, MEETING_STATS } from "./queries.js";

// A dashboard of thousands of boxes helps no one: stop after this many pages of 100.
const MAX_PAGES = 10;

/**
 * Fetches the meetings that match `filter` (following pages) and the per-month counts.
 * Resolves to { dated, undated, totalCount, truncated, stats }.
 */
export async function fetchMeetings(filter) {
  const statsPromise = runQuery(MEETING_STATS, { filter }).then((d) => d.meetingStats);
  const meetings = [];
  let after = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { meetings: connection } = await runQuery(MEETINGS_PAGE, { filter, after });
    totalCount = connection.totalCount;
    meetings.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return {
    dated: meetings.filter((m) => m.date),
    undated: meetings.filter((m) => !m.date),
    totalCount,
    truncated: meetings.length < totalCount,
    stats: await statsPromise,
  };
}
