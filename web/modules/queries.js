/** The operations the dashboard sends, each named so the server's metrics can tell them apart. */

export const FILTER_OPTIONS = `query DashboardFilterOptions {
  countries { code name }
  leaders(first: 100) { edges { node { id name title country { code } } } }
  topics { id kind args label }
}`;

export const MEETINGS_PAGE = `query DashboardMeetings($filter: MeetingFilter, $after: String) {
  meetings(filter: $filter, first: 100, after: $after) {
    totalCount
    edges { node {
      id kind status date datePrecision title location jointStatement
      countries { code name }
      participants { id name country { code } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const MEETING_STATS = `query DashboardMeetingStats($filter: MeetingFilter) {
  meetingStats(filter: $filter, interval: MONTH) { period count }
}`;

const EVIDENCE = `sentence start end article { id title publisher url publishedAt }`;

export const MEETING_DETAIL = `query DashboardMeetingDetail($id: ID!) {
  meeting(id: $id) {
    id kind status date datePrecision title location jointStatement
    countries { code name }
    participants { id name title country { code name } }
    positions {
      id stance date
      topic { id kind args label }
      holders { code name }
      speakers { id name }
      evidence { ${EVIDENCE} }
    }
    quotes { id text speaker { id name } evidence { ${EVIDENCE} } }
    sources { id title publisher url publishedAt }
  }
}`;
