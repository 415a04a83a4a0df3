// participant-meeting-pages: the participants' own meetings pages (Leader.meetings) of
// find-meetings and find-meetings-by-ids. In scope: pageMeeting (each meeting of the page;
// none when no page is planned), $participantMeetings and $asOf; it returns participantPages,
// one {personId, totalCount, rows} per distinct participant. Each page is read from the
// person's own participations with the filter, keyset and order of find-leaders-by-ids (a
// person's meetings are few next to the timeline), with the parts of its meetings that
// $participantMeetings.include asks; the planner (planMeetingNested in
// src/api/meetings/nested-meetings.ts) leaves the page to find-leaders-by-ids when it
// selects parts not projected here (sources, positions, quotes, evidence). The count (only
// when selected) and the page are two passes over the person's participations, not one
// list that both read (find-leaders-by-ids says why: db hits, and memory).
MATCH (person:Person)-[:PARTICIPATED_IN]->(pageMeeting)
WITH DISTINCT person, $participantMeetings.scope AS ps
// Each match's dateStart and id are read once, and the dated and undated cases are one
// CASE; the count (only when selected) and the page are two passes over the person's
// participations, not one list that both read (find-leaders-by-ids, which reads a
// leader's page the same way, says why: db hits, and memory).
WITH person, ps, date(ps.countFrom) AS countFrom, date(ps.countTo) AS countTo,
     date(ps.from) AS overlapFrom, date(ps.afterDate) AS afterDate
WITH person, CASE WHEN $participantMeetings.include.totalCount THEN COUNT {
  MATCH (person)-[:PARTICIPATED_IN]->(pm:Meeting)
  @include person-meetings-filter
} END AS matchCount, COLLECT {
  MATCH (person)-[:PARTICIPATED_IN]->(pm:Meeting)
  @include person-meetings-filter
  // The id is read for the matches only (a leader's participations include its
  // meetings outside the range).
  WITH pm, day, pm.id AS id
  WHERE CASE
      WHEN day IS NULL THEN ps.undatedAfterId IS NULL OR id > ps.undatedAfterId
      WHEN NOT ps.dated THEN false
      WHEN ps.afterId IS NULL THEN true
      WHEN $participantMeetings.desc THEN day < afterDate OR (day = afterDate AND id < ps.afterId)
      ELSE day > afterDate OR (day = afterDate AND id > ps.afterId)
    END
  // Dated first in the asked order, then undated by id: the order of find-meetings.
  RETURN pm ORDER BY day IS NULL,
    CASE WHEN $participantMeetings.desc THEN null ELSE day END,
    CASE WHEN $participantMeetings.desc THEN day END DESC,
    CASE WHEN $participantMeetings.desc AND day IS NOT NULL THEN id END DESC,
    id
  LIMIT coalesce(toInteger($participantMeetings.limit), 0)
} AS pageRows
RETURN collect({
  personId: person.id,
  totalCount: matchCount,
  // $participantMeetings.limit is a page's size plus one: the row past the page only
  // says that another follows, so it is projected as its id alone.
  rows: [pm IN pageRows[0..toInteger($participantMeetings.limit) - 1] |
    pm {
      .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements, .countryKey,
      dateStart: toString(pm.dateStart),
      countries: CASE WHEN $participantMeetings.include.countries THEN COLLECT {
        MATCH (pc:Country)-[:PARTICIPATED_IN]->(pm)
        RETURN pc {.code, .name} ORDER BY pc.code
      } END,
      participants: CASE WHEN $participantMeetings.include.participants THEN COLLECT {
        MATCH (pp:Person)-[pr:PARTICIPATED_IN]->(pm)
        WHERE $asOf.date IS NULL
           OR EXISTS { MATCH (pra:Article) WHERE pra.id IN pr.sources AND pra.publishedAt <= date($asOf.date) }
        RETURN CASE WHEN NOT $participantMeetings.include.participantOffices THEN pp {.id, .name} ELSE pp {
          .id, .name,
          office: head(COLLECT {
            MATCH (pp)-[:HOLDS_OFFICE]->(po:Office)-[:OF_COUNTRY]->(poc:Country)
            WHERE $asOf.date IS NULL OR EXISTS {
              MATCH (po)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(poa:Article)
              WHERE poa.publishedAt <= date($asOf.date)
            }
            RETURN {
              title: po.title,
              country: CASE WHEN $participantMeetings.include.participantCountryNames THEN poc {.code, .name} ELSE poc {.code} END
            } AS office ORDER BY po.from DESC, po.id
          })
        } END ORDER BY pp.id
      } END
    }
  ] + [pm IN pageRows[toInteger($participantMeetings.limit) - 1..] | pm {.id}]
}) AS participantPages
