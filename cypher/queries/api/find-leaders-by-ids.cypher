// find-leaders-by-ids($ids: [String], $asOf: {date: String?}, $include: {positions, positionSources,
// positionMeetings, positionSpeakers, positionTopicDetails, positionHolderNames, quotes},
// $meetingPage: {scope: MeetingScope?, limit: Int, desc: Boolean, include: {totalCount,
// sources, countries, participants, participantOffices, participantCountryNames, positions, positionSources,
// positionSpeakers, positionTopicDetails, positionHolderNames, positionEvidence, quotes,
// quoteEvidence, evidence}},
// $counterparts: {from: String?, to: String?, first: Int?}): persons by id (speakers and
// participants are persons; those with an office are leaders), with, when planned, a page of
// their meetings (Leader.meetings, the filter, keyset and order of find-meetings) and the
// persons they met most in meetings overlapping [from, to] (Leader.counterparts).
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL CALL (p) {
  // Read from the leader's own participations and sorted: a leader's meetings are few next to
  // the timeline, which find-meetings would seek through testing each for participation.
  UNWIND CASE WHEN $meetingPage.scope IS NULL THEN [] ELSE [$meetingPage.scope] END AS ps
  // Each match's dateStart and id are read once, for the filter (person-meetings-filter),
  // the keyset and the sort: every read of a property is a db hit, and a busy leader has
  // thousands of matches. The count (only when selected) and the page are two passes over
  // the leader's participations, not one list of them that both read: a list unwound in a
  // subquery stays in the scope of each of its rows, and Neo4j counts it in every row that
  // the page's sort holds (Q2 at 100k: 183 MB for a leader of 7,015 meetings; at 1m, eight
  // such requests filled the transaction memory pool).
  WITH ps, date(ps.countFrom) AS countFrom, date(ps.countTo) AS countTo,
       date(ps.from) AS overlapFrom, date(ps.afterDate) AS afterDate
  RETURN CASE WHEN $meetingPage.include.totalCount THEN COUNT {
    MATCH (p)-[:PARTICIPATED_IN]->(pm:Meeting)
    @include person-meetings-filter
  } END AS meetingCount, COLLECT {
    MATCH (p)-[:PARTICIPATED_IN]->(pm:Meeting)
    @include person-meetings-filter
    // The id is read for the matches only (a leader's participations include its
    // meetings outside the range).
    WITH pm, day, pm.id AS id
    WHERE CASE
        WHEN day IS NULL THEN ps.undatedAfterId IS NULL OR id > ps.undatedAfterId
        WHEN NOT ps.dated THEN false
        WHEN ps.afterId IS NULL THEN true
        WHEN $meetingPage.desc THEN day < afterDate OR (day = afterDate AND id < ps.afterId)
        ELSE day > afterDate OR (day = afterDate AND id > ps.afterId)
      END
    // Dated first in the asked order, then undated by id: the order of find-meetings.
    RETURN pm ORDER BY day IS NULL,
      CASE WHEN $meetingPage.desc THEN null ELSE day END,
      CASE WHEN $meetingPage.desc THEN day END DESC,
      CASE WHEN $meetingPage.desc AND day IS NOT NULL THEN id END DESC,
      id
    LIMIT coalesce(toInteger($meetingPage.limit), 0)
  } AS meetingRows
}
OPTIONAL CALL (p) {
  // The persons met most: distinct shared meetings overlapping [from, to], most first.
  UNWIND CASE WHEN $counterparts.first IS NULL THEN [] ELSE [$counterparts] END AS plan
  MATCH (p)-[r:PARTICIPATED_IN]->(m:Meeting)<-[ro:PARTICIPATED_IN]-(other:Person)
  WHERE (plan.from IS NULL OR m.dateEnd >= date(plan.from))
    AND (plan.to IS NULL OR m.dateStart <= date(plan.to))
    AND ($asOf.date IS NULL OR (EXISTS {
          MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(ma:Article)
          WHERE ma.publishedAt <= date($asOf.date) }
      AND EXISTS { MATCH (ra:Article) WHERE ra.id IN r.sources AND ra.publishedAt <= date($asOf.date) }
      AND EXISTS { MATCH (oa:Article) WHERE oa.id IN ro.sources AND oa.publishedAt <= date($asOf.date) }))
  WITH other, count(DISTINCT m) AS meetings
  ORDER BY meetings DESC, other.id
  LIMIT coalesce(toInteger($counterparts.first), 0)
  RETURN collect({
    meetings: meetings,
    leader: other {
      .id, .name,
      office: head(COLLECT {
        MATCH (other)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
        WHERE $asOf.date IS NULL OR EXISTS {
          MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
          WHERE oa.publishedAt <= date($asOf.date) }
        RETURN {title: o.title, country: oc {.code, .name}} AS office ORDER BY o.from DESC, o.id
      })
    }
  }) AS counterpartRows
}
RETURN
       p {
         counterparts: CASE WHEN $counterparts.first IS NOT NULL THEN counterpartRows END,
         meetingPage: CASE WHEN $meetingPage.scope IS NOT NULL THEN {
           totalCount: meetingCount,
           // $meetingPage.limit is the page's size plus one: the row past the page only
           // says that another follows, so it is projected as its id alone.
           rows: [m IN meetingRows[0..toInteger($meetingPage.limit) - 1] |
             m {
               .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements, .countryKey,
               dateStart: toString(m.dateStart),
               sources: CASE WHEN $meetingPage.include.sources THEN COLLECT {
                 MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
                 WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
                 WITH DISTINCT a ORDER BY a.publishedAt, a.id
                 RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
               } END,
               countries: CASE WHEN $meetingPage.include.countries THEN COLLECT {
                 MATCH (c:Country)-[:PARTICIPATED_IN]->(m)
                 RETURN c {.code, .name} ORDER BY c.code
               } END,
               participants: CASE WHEN $meetingPage.include.participants THEN COLLECT {
                 MATCH (mp:Person)-[mr:PARTICIPATED_IN]->(m)
                 WHERE $asOf.date IS NULL
                    OR EXISTS { MATCH (ra:Article) WHERE ra.id IN mr.sources AND ra.publishedAt <= date($asOf.date) }
                 RETURN CASE WHEN NOT $meetingPage.include.participantOffices THEN mp {.id, .name} ELSE mp {
                   .id, .name,
                   office: head(COLLECT {
                     MATCH (mp)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
                     WHERE $asOf.date IS NULL OR EXISTS {
                       MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
                       WHERE oa.publishedAt <= date($asOf.date)
                     }
                     RETURN {
                       title: o.title,
                       country: CASE WHEN $meetingPage.include.participantCountryNames THEN oc {.code, .name} ELSE oc {.code} END
                     } AS office ORDER BY o.from DESC, o.id
                   })
                 } END ORDER BY mp.id
               } END,
               positions: CASE WHEN $meetingPage.include.positions THEN COLLECT {
                 MATCH (m)<-[:STATED_AT]-(pos:Position)
                 WHERE $asOf.date IS NULL OR EXISTS {
                   MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
                   WHERE pa.publishedAt <= date($asOf.date)
                 }
                 RETURN pos {
                   .id, .stance, .date, dateStart: toString(pos.dateStart), meetingId: m.id,
                   topic: head(COLLECT {
                     MATCH (pos)-[:ON_TOPIC]->(t:Topic)
                     RETURN CASE WHEN $meetingPage.include.positionTopicDetails THEN t {id: t.key, .kind, .args, .label} ELSE t {id: t.key} END
                   }),
                   holders: COLLECT {
                     MATCH (hc:Country)-[:HOLDS]->(pos)
                     RETURN CASE WHEN $meetingPage.include.positionHolderNames THEN hc {.code, .name} ELSE hc {.code} END ORDER BY hc.code
                   },
                   speakers: CASE WHEN $meetingPage.include.positionSpeakers THEN COLLECT {
                     MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id
                   } END,
                   sources: CASE WHEN $meetingPage.include.positionSources THEN COLLECT {
                     MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
                     WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
                     WITH DISTINCT a ORDER BY a.publishedAt, a.id
                     RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
                   } END,
                   evidence: CASE WHEN $meetingPage.include.positionEvidence THEN COLLECT {
                     MATCH (pos)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
                     WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
                     RETURN {
                       article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                       sentence: s.text, start: s.start, end: s.end
                     } AS evidence ORDER BY a.publishedAt, a.id, s.index
                   } END
                 } ORDER BY pos.dateStart, pos.id
               } END,
               quotes: CASE WHEN $meetingPage.include.quotes THEN COLLECT {
                 MATCH (m)<-[:SAID_AT]-(q:Quote)
                 WHERE $asOf.date IS NULL OR EXISTS {
                   MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
                   WHERE qa.publishedAt <= date($asOf.date)
                 }
                 RETURN q {
                   .id, .text, .date, meetingId: m.id,
                   speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(q) RETURN sp {.id, .name} }),
                   evidence: CASE WHEN $meetingPage.include.quoteEvidence THEN head(COLLECT {
                     MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
                     WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
                     RETURN {
                       article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                       sentence: s.text, start: e.start, end: e.end
                     } AS evidence ORDER BY a.publishedAt, a.id
                   }) END
                 } ORDER BY q.date, q.id
               } END,
               evidence: CASE WHEN $meetingPage.include.evidence THEN COLLECT {
                 MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
                 WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
                 RETURN {
                   article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                   sentence: s.text, start: s.start, end: s.end
                 } AS evidence ORDER BY a.publishedAt, a.id, s.index
               } END
             }
           ] + [m IN meetingRows[toInteger($meetingPage.limit) - 1..] | m {.id}]
         } END,
         @include leader-row
       }
       AS row
