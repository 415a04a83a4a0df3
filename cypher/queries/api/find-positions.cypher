// find-positions($scopes: [PositionScope], $limit: Int, $desc: Boolean, $asOf: {date: String?},
// $include: {totalCount, meeting, evidence}): one page of positions per scope, in order from
// the (dateStart, id) index; undated positions last. Same keyset scheme as find-meetings.
UNWIND $scopes AS scope
OPTIONAL CALL (scope) {
  // The count costs a scan of every match: it runs only when totalCount is selected.
  UNWIND CASE WHEN $include.totalCount THEN [1] ELSE [] END AS wanted
  OPTIONAL MATCH (pos:Position)
  WHERE ((pos.dateStart >= date(scope.countFrom) AND pos.dateStart <= date(scope.countTo) AND (scope.from IS NULL OR
           CASE size(pos.date)
             WHEN 10 THEN pos.dateStart
             WHEN 7 THEN pos.dateStart + duration("P1M") - duration("P1D")
             ELSE pos.dateStart + duration("P1Y") - duration("P1D")
           END >= date(scope.from)))
         OR (scope.undated AND pos.dateStart IS NULL))
    AND (scope.stances IS NULL OR pos.stance IN scope.stances)
      AND (scope.holders IS NULL OR any(code IN scope.holders WHERE EXISTS {
            MATCH (:Country {code: code})-[:HOLDS]->(pos) }))
      AND (scope.speakers IS NULL OR any(personId IN scope.speakers WHERE EXISTS {
            MATCH (:Person {id: personId})-[:STATED]->(pos) }))
      AND (scope.topicKey IS NULL OR pos.topicKey = scope.topicKey)
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (pos)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  RETURN count(pos) AS totalCount
}
OPTIONAL CALL (scope) {
  // Dated rows in the index's order (Limit, no sort). The branch of the other order has an
  // empty seek range (ascFrom > ascTo), so it reads nothing; a WHERE on a flag would scan.
  MATCH (pos:Position)
  USING INDEX SEEK pos:Position(dateStart, id)
  WHERE pos.dateStart >= date(scope.ascFrom) AND pos.dateStart <= date(scope.ascTo) AND pos.id IS NOT NULL
    AND (scope.afterId IS NULL OR pos.dateStart > date(scope.afterDate) OR pos.id > scope.afterId)
    AND (scope.from IS NULL OR
           CASE size(pos.date)
             WHEN 10 THEN pos.dateStart
             WHEN 7 THEN pos.dateStart + duration("P1M") - duration("P1D")
             ELSE pos.dateStart + duration("P1Y") - duration("P1D")
           END >= date(scope.from))
    AND (scope.stances IS NULL OR pos.stance IN scope.stances)
      AND (scope.holders IS NULL OR any(code IN scope.holders WHERE EXISTS {
            MATCH (:Country {code: code})-[:HOLDS]->(pos) }))
      AND (scope.speakers IS NULL OR any(personId IN scope.speakers WHERE EXISTS {
            MATCH (:Person {id: personId})-[:STATED]->(pos) }))
      AND (scope.topicKey IS NULL OR pos.topicKey = scope.topicKey)
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (pos)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH pos ORDER BY pos.dateStart, pos.id LIMIT toInteger($limit)
  RETURN pos
  UNION ALL
  MATCH (pos:Position)
  USING INDEX SEEK pos:Position(dateStart, id)
  WHERE pos.dateStart >= date(scope.descFrom) AND pos.dateStart <= date(scope.descTo) AND pos.id IS NOT NULL
    AND (scope.afterId IS NULL OR pos.dateStart < date(scope.afterDate) OR pos.id < scope.afterId)
    AND (scope.from IS NULL OR
           CASE size(pos.date)
             WHEN 10 THEN pos.dateStart
             WHEN 7 THEN pos.dateStart + duration("P1M") - duration("P1D")
             ELSE pos.dateStart + duration("P1Y") - duration("P1D")
           END >= date(scope.from))
    AND (scope.stances IS NULL OR pos.stance IN scope.stances)
      AND (scope.holders IS NULL OR any(code IN scope.holders WHERE EXISTS {
            MATCH (:Country {code: code})-[:HOLDS]->(pos) }))
      AND (scope.speakers IS NULL OR any(personId IN scope.speakers WHERE EXISTS {
            MATCH (:Person {id: personId})-[:STATED]->(pos) }))
      AND (scope.topicKey IS NULL OR pos.topicKey = scope.topicKey)
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (pos)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH pos ORDER BY pos.dateStart DESC, pos.id DESC LIMIT toInteger($limit)
  RETURN pos
}
WITH scope, totalCount, pos
ORDER BY CASE WHEN $desc THEN null ELSE pos.dateStart END,
         CASE WHEN $desc THEN pos.dateStart END DESC,
         CASE WHEN $desc THEN pos.id END DESC,
         pos.id
WITH scope, totalCount, collect(pos) AS dated
OPTIONAL CALL (scope, dated) {
  // Undated rows come last; no index holds them, so look only when the page is not full.
  UNWIND CASE WHEN scope.undated AND size(dated) < toInteger($limit) THEN [1] ELSE [] END AS wanted
  MATCH (pos:Position)
  WHERE pos.dateStart IS NULL AND (scope.undatedAfterId IS NULL OR pos.id > scope.undatedAfterId)
    AND (scope.stances IS NULL OR pos.stance IN scope.stances)
      AND (scope.holders IS NULL OR any(code IN scope.holders WHERE EXISTS {
            MATCH (:Country {code: code})-[:HOLDS]->(pos) }))
      AND (scope.speakers IS NULL OR any(personId IN scope.speakers WHERE EXISTS {
            MATCH (:Person {id: personId})-[:STATED]->(pos) }))
      AND (scope.topicKey IS NULL OR pos.topicKey = scope.topicKey)
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (pos)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH pos ORDER BY pos.id LIMIT toInteger($limit)
  RETURN collect(pos) AS undated
}
WITH scope, totalCount, (dated + coalesce(undated, []))[0..toInteger($limit)] AS page
RETURN scope.key AS key, totalCount,
       [pos IN page |
       @include position-row
       ] AS rows
