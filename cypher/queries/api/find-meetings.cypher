// find-meetings($scopes: [MeetingScope], $limit: Int, $desc: Boolean, $asOf: {date: String?},
// $include: {totalCount, sources, countries, participants, participantOffices, participantCountryNames, positions,
// positionSources, positionSpeakers, positionTopicDetails, positionHolderNames,
// positionEvidence, quotes, quoteEvidence, evidence},
// $participantMeetings: {scope: MeetingScope?, limit: Int, desc: Boolean, include: {countries,
// participants, participantOffices, participantCountryNames}}, scope null when not planned):
// one page of meetings per scope (a filter plus its keyset position), served in order from
// the (dateStart, id) index: dated meetings by the start of their interval, undated ones last.
// A scope's ascFrom/ascTo (descFrom/descTo) bound the index seek; from/to test the overlap.
// With a planned $participantMeetings, each participant carries its own page of meetings
// (meetingPage).
UNWIND $scopes AS scope
OPTIONAL CALL (scope) {
  // The count costs a scan of every match: it runs only when totalCount is selected.
  UNWIND CASE WHEN $include.totalCount THEN [1] ELSE [] END AS wanted
  OPTIONAL MATCH (m:Meeting)
  WHERE ((m.dateStart >= date(scope.countFrom) AND m.dateStart <= date(scope.countTo) AND (scope.from IS NULL OR m.dateEnd >= date(scope.from)))
         OR (scope.undated AND m.dateStart IS NULL))
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND (scope.countries IS NULL OR all(code IN scope.countries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.leaders IS NULL OR all(leaderId IN scope.leaders WHERE EXISTS {
            MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  RETURN count(m) AS totalCount
}
OPTIONAL CALL (scope) {
  // Where to start: walking the date index until a page of the filter's meetings turns up
  // reads about limit * meetings / degree rows; starting from the filter's state or leader
  // with the fewest meetings reads its degree rows and sorts them. Start from that node when
  // its degree is the smaller cost: a rare state's 40 years then cost its few meetings,
  // while a busy state still pages straight off the index. A walked row costs about twice
  // a row read from the start node (it tests the meeting's participations), hence
  // degree^2 < 2 * limit * meetings: measured with bench/start-choice.ts at 100k, where
  // the two starts cost the same db hits at degree^2 / (limit * meetings) between 2.3 and
  // 2.75 (BENCHMARKS.md, "Where a timeline page starts").
  // Degrees come from the store's relationship counts; a named node that does not exist
  // has degree 0, and since every named node must take part, the page is empty.
  CALL (scope) {
    UNWIND coalesce(scope.countries, []) AS code
    OPTIONAL MATCH (n:Country {code: code})
    RETURN n
    UNION ALL
    UNWIND coalesce(scope.leaders, []) AS leaderId
    OPTIONAL MATCH (n:Person {id: leaderId})
    RETURN n
  }
  WITH n, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:PARTICIPATED_IN]->() } END AS degree
  ORDER BY degree
  // The named nodes found here serve the walk too (`named`): a meeting walked from the
  // index tests its participation against them (both ends bound, an expand-into from the
  // meeting) rather than finding each state or leader by its key again for every meeting
  // (at 10k, a busy state's year: 8,996 -> 8,206 db hits). A name not in the graph is
  // missing from `named`; the index branches never see that case, since such a name has
  // degree 0 and the page then starts from it (fromStart), which yields no row.
  WITH collect({node: n, degree: degree}) AS ranked
  WITH ranked[0].node AS n, ranked[0].degree AS degree,
       [r IN ranked WHERE r.node IS NOT NULL | r.node] AS named, COUNT { (:Meeting) } AS meetings
  RETURN n AS start, degree * degree < 2 * toInteger($limit) * meetings AS fromStart, named
}
WITH scope, totalCount, start, coalesce(fromStart, false) AS fromStart, coalesce(named, []) AS named
OPTIONAL CALL (scope, start, fromStart, named) {
  // Dated rows in the index's order (Limit, no sort). The branch of the other order has an
  // empty seek range (ascFrom > ascTo), so it reads nothing; a WHERE on a flag would scan.
  // Both index branches read nothing when the page starts from a node (fromStart): a null
  // bound makes the seek empty. SEEK, not just INDEX: an index scan also satisfies a plain
  // index hint. (Two test runs saw a rare state's page read every meeting, planned right
  // after a load; a later run showed the cause in the start node's branch, below.)
  MATCH (m:Meeting)
  USING INDEX SEEK m:Meeting(dateStart, id)
  WHERE m.dateStart >= date(CASE WHEN fromStart THEN null ELSE scope.ascFrom END)
    AND m.dateStart <= date(CASE WHEN fromStart THEN null ELSE scope.ascTo END) AND m.id IS NOT NULL
    AND (scope.afterId IS NULL OR m.dateStart > date(scope.afterDate) OR m.id > scope.afterId)
    AND (scope.from IS NULL OR m.dateEnd >= date(scope.from))
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND all(x IN named WHERE EXISTS { (x)-[:PARTICIPATED_IN]->(m) })
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH m ORDER BY m.dateStart, m.id LIMIT toInteger($limit)
  RETURN m
  UNION ALL
  MATCH (m:Meeting)
  USING INDEX SEEK m:Meeting(dateStart, id)
  WHERE m.dateStart >= date(CASE WHEN fromStart THEN null ELSE scope.descFrom END)
    AND m.dateStart <= date(CASE WHEN fromStart THEN null ELSE scope.descTo END) AND m.id IS NOT NULL
    AND (scope.afterId IS NULL OR m.dateStart < date(scope.afterDate) OR m.id < scope.afterId)
    AND (scope.from IS NULL OR m.dateEnd >= date(scope.from))
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND all(x IN named WHERE EXISTS { (x)-[:PARTICIPATED_IN]->(m) })
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH m ORDER BY m.dateStart DESC, m.id DESC LIMIT toInteger($limit)
  RETURN m
  UNION ALL
  // From the start node: its meetings in either order (the seek ranges as bounds), sorted.
  // Its participations are listed first, then filtered: a MATCH with these date ranges can
  // be planned as a seek of the date index testing each meeting for the start's
  // participation, and was (a CI run, planned right after a load, while the index's
  // statistics lagged: 10,679 db hits for a rare state's page against 717 for a year's).
  // Each row costs what the choice above prices it at, so whatever does not depend on the
  // meeting is computed once, and each meeting's dateStart and id are read once (every
  // read of a property is a db hit).
  WITH scope, start, fromStart,
       date(scope.ascFrom) AS ascFrom, date(scope.ascTo) AS ascTo,
       date(scope.descFrom) AS descFrom, date(scope.descTo) AS descTo,
       date(scope.afterDate) AS afterDate, date(scope.from) AS overlapFrom,
       // The start node takes part by construction: only the other named ones are tested
       // (each test expands the meeting's participations: 80 for a conference of 40 states).
       [c IN coalesce(scope.countries, []) WHERE NOT (start:Country AND start.code = c)] AS otherCountries,
       [l IN coalesce(scope.leaders, []) WHERE NOT (start:Person AND start.id = l)] AS otherLeaders
  UNWIND CASE WHEN fromStart THEN COLLECT { MATCH (start)-[:PARTICIPATED_IN]->(sm:Meeting) RETURN sm } ELSE [] END AS m
  WITH scope, ascFrom, ascTo, descFrom, descTo, afterDate, overlapFrom, otherCountries, otherLeaders,
       m, m.dateStart AS day, m.id AS meetingId
  WHERE day IS NOT NULL AND meetingId IS NOT NULL
    AND ((day >= ascFrom AND day <= ascTo
          AND (scope.afterId IS NULL OR day > afterDate OR meetingId > scope.afterId))
      OR (day >= descFrom AND day <= descTo
          AND (scope.afterId IS NULL OR day < afterDate OR meetingId < scope.afterId)))
    AND (overlapFrom IS NULL OR m.dateEnd >= overlapFrom)
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND all(code IN otherCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) })
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND all(leaderId IN otherLeaders WHERE EXISTS {
            MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) })
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH m, day, meetingId ORDER BY CASE WHEN $desc THEN null ELSE day END,
                  CASE WHEN $desc THEN day END DESC,
                  CASE WHEN $desc THEN meetingId END DESC,
                  meetingId
  LIMIT toInteger($limit)
  RETURN m
}
WITH scope, totalCount, start, fromStart, m
ORDER BY CASE WHEN $desc THEN null ELSE m.dateStart END,
         CASE WHEN $desc THEN m.dateStart END DESC,
         CASE WHEN $desc THEN m.id END DESC,
         m.id
WITH scope, totalCount, start, fromStart, collect(m) AS dated
OPTIONAL CALL (scope, dated, start, fromStart) {
  // Undated rows come last; no index holds them, so look only when the page is not full,
  // and only among the start node's meetings when the page starts from one.
  UNWIND CASE WHEN scope.undated AND size(dated) < toInteger($limit) THEN [1] ELSE [] END AS wanted
  CALL (start, fromStart) {
    UNWIND CASE WHEN fromStart THEN [] ELSE [1] END AS scan
    MATCH (m:Meeting)
    WHERE m.dateStart IS NULL
    RETURN m
    UNION ALL
    MATCH (start)-[:PARTICIPATED_IN]->(m:Meeting)
    WHERE fromStart AND m.dateStart IS NULL
    RETURN m
  }
  WITH scope, m
  WHERE (scope.undatedAfterId IS NULL OR m.id > scope.undatedAfterId)
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND (scope.countries IS NULL OR all(code IN scope.countries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.leaders IS NULL OR all(leaderId IN scope.leaders WHERE EXISTS {
            MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN collect(m) AS undated
}
WITH scope, totalCount, (dated + coalesce(undated, []))[0..toInteger($limit)] AS page
OPTIONAL CALL (page) {
  // The participants' own meetings pages (Leader.meetings), when planned (the fragment says
  // how). Unplanned, $participantMeetings is a map with a null scope, not null: a
  // parameter's type is part of Neo4j's plan cache key, and null would make a second plan
  // of this statement (seconds) for the first request that asks the pages.
  // Not the page's last row when it is the one past the page (see the RETURN).
  UNWIND CASE WHEN $participantMeetings.scope IS NULL OR NOT $include.participants THEN []
              ELSE page[0..toInteger($limit) - 1] END AS pageMeeting
  @include participant-meeting-pages
}
// $limit is a page's size plus one: a row past the page says that another page follows, and
// nothing else of it is read, so it is projected as its id alone (a multilateral meeting's
// parts, or the pages of its participants, would be read for nothing). The same for the
// participants' own pages ($participantMeetings.limit).
RETURN scope.key AS key, totalCount,
       [m IN page[0..toInteger($limit) - 1] |
       @include meeting-row
       ] + [m IN page[toInteger($limit) - 1..] | m {.id}] AS rows
