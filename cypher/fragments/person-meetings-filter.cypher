// person-meetings-filter: the filter of a person's meetings page (a leader's in
// find-leaders-by-ids, each participant's in find-meetings and find-meetings-by-ids), once
// for the page's count and once for the page. In scope: pm (one of the person's meetings),
// ps (the page's MeetingScope), countFrom, countTo, overlapFrom (its dates) and $asOf; it
// binds pm and day (pm.dateStart) and keeps the meetings the scope matches. Each meeting's
// dateStart is read once, and the dated and undated cases are one CASE, not an OR of two
// conjunctions: the planner rewrites such an OR into a conjunction of ORs, each reading
// dateStart again (Q2 at 100k: 9 db hits per match, against 1).
WITH pm, pm.dateStart AS day
WHERE CASE WHEN day IS NULL THEN ps.undated
           ELSE day >= countFrom AND day <= countTo
                AND (overlapFrom IS NULL OR pm.dateEnd >= overlapFrom) END
  AND (ps.kinds IS NULL OR pm.kind IN ps.kinds)
  AND (ps.statuses IS NULL OR pm.status IN ps.statuses)
  AND (ps.countries IS NULL OR all(code IN ps.countries WHERE EXISTS {
        MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(pm) }))
  AND (ps.anyCountries IS NULL OR any(code IN ps.anyCountries WHERE EXISTS {
        MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(pm) }))
  AND (ps.leaders IS NULL OR all(leaderId IN ps.leaders WHERE EXISTS {
        MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(pm) }))
  AND (NOT ps.byTopic OR EXISTS {
        MATCH (pm)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
        WHERE (ps.topicKind IS NULL OR t.kind = ps.topicKind)
          AND (ps.topicArgs IS NULL OR all(x IN ps.topicArgs WHERE x IN t.args)) })
  AND ($asOf.date IS NULL OR EXISTS {
        MATCH (pm)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
        WHERE va.publishedAt <= date($asOf.date) })
