// find-meetings($scopes: [MeetingScope], $limit: Int, $desc: Boolean, $asOf: String?,
// $include: {totalCount, sources, countries, participants, positions, positionSources,
// positionEvidence, quotes, evidence}):
// one page of meetings per scope (a filter plus its keyset position), served in order from
// the (dateStart, id) index: dated meetings by the start of their interval, undated ones last.
// A scope's ascFrom/ascTo (descFrom/descTo) bound the index seek; from/to test the overlap.
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
      AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  RETURN count(m) AS totalCount
}
OPTIONAL CALL (scope) {
  // Where to start: walking the date index until a page of the filter's meetings turns up
  // reads about limit * meetings / degree rows; starting from the filter's state or leader
  // with the fewest meetings reads its degree rows and sorts them. Start from that node when
  // its degree is the smaller cost (degree^2 < limit * meetings): a rare state's 40 years
  // then cost its few meetings, while a busy state still pages straight off the index.
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
  ORDER BY degree LIMIT 1
  WITH n, degree, COUNT { (:Meeting) } AS meetings
  RETURN n AS start, degree * degree < toInteger($limit) * meetings AS fromStart
}
WITH scope, totalCount, start, coalesce(fromStart, false) AS fromStart
OPTIONAL CALL (scope, start, fromStart) {
  // Dated rows in the index's order (Limit, no sort). The branch of the other order has an
  // empty seek range (ascFrom > ascTo), so it reads nothing; a WHERE on a flag would scan.
  // Both index branches read nothing when the page starts from a node (fromStart): a null
  // bound makes the seek empty. SEEK, not just INDEX: an index scan also satisfies a plain
  // index hint, and a plan that scanned (seen in two test runs, planned right after a load;
  // not reproduced since) read and filtered every meeting: 400 times the page's cost.
  MATCH (m:Meeting)
  USING INDEX SEEK m:Meeting(dateStart, id)
  WHERE m.dateStart >= date(CASE WHEN fromStart THEN null ELSE scope.ascFrom END)
    AND m.dateStart <= date(CASE WHEN fromStart THEN null ELSE scope.ascTo END) AND m.id IS NOT NULL
    AND (scope.afterId IS NULL OR m.dateStart > date(scope.afterDate) OR m.id > scope.afterId)
    AND (scope.from IS NULL OR m.dateEnd >= date(scope.from))
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
      AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
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
      AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  WITH m ORDER BY m.dateStart DESC, m.id DESC LIMIT toInteger($limit)
  RETURN m
  UNION ALL
  // From the start node: its meetings in either order (the seek ranges as bounds), sorted.
  MATCH (start)-[:PARTICIPATED_IN]->(m:Meeting)
  WHERE fromStart AND m.dateStart IS NOT NULL AND m.id IS NOT NULL
    AND ((m.dateStart >= date(scope.ascFrom) AND m.dateStart <= date(scope.ascTo)
          AND (scope.afterId IS NULL OR m.dateStart > date(scope.afterDate) OR m.id > scope.afterId))
      OR (m.dateStart >= date(scope.descFrom) AND m.dateStart <= date(scope.descTo)
          AND (scope.afterId IS NULL OR m.dateStart < date(scope.afterDate) OR m.id < scope.afterId)))
    AND (scope.from IS NULL OR m.dateEnd >= date(scope.from))
    AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      // The start node takes part by construction: only the other named ones are tested
      // (each test expands the meeting's participations: 80 for a conference of 40 states).
      AND (scope.countries IS NULL OR all(code IN [c IN scope.countries WHERE NOT (start:Country AND start.code = c)] WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.leaders IS NULL OR all(leaderId IN [l IN scope.leaders WHERE NOT (start:Person AND start.id = l)] WHERE EXISTS {
            MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  WITH m ORDER BY CASE WHEN $desc THEN null ELSE m.dateStart END,
                  CASE WHEN $desc THEN m.dateStart END DESC,
                  CASE WHEN $desc THEN m.id END DESC,
                  m.id
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
      AND ($asOf IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf) })
  WITH m ORDER BY m.id LIMIT toInteger($limit)
  RETURN collect(m) AS undated
}
WITH scope, totalCount, (dated + coalesce(undated, []))[0..toInteger($limit)] AS page
RETURN scope.key AS key, totalCount,
       [m IN page |
       m {
         .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements, .countryKey,
         dateStart: toString(m.dateStart),
         sources: CASE WHEN $include.sources THEN COLLECT {
           MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
           WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
           WITH DISTINCT a ORDER BY a.publishedAt, a.id
           RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
         } END,
         countries: CASE WHEN $include.countries THEN COLLECT {
           MATCH (c:Country)-[:PARTICIPATED_IN]->(m)
           RETURN c {.code, .name} ORDER BY c.code
         } END,
         participants: CASE WHEN $include.participants THEN COLLECT {
           MATCH (p:Person)-[r:PARTICIPATED_IN]->(m)
           WHERE $asOf IS NULL
              OR EXISTS { MATCH (ra:Article) WHERE ra.id IN r.sources AND ra.publishedAt <= date($asOf) }
           RETURN p {
             .id, .name, role: r.role,
             office: head(COLLECT {
               MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
               WHERE $asOf IS NULL OR EXISTS {
                 MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
                 WHERE oa.publishedAt <= date($asOf)
               }
               RETURN {title: o.title, country: oc {.code, .name}} AS office ORDER BY o.from DESC, o.id
             })
           } ORDER BY p.id
         } END,
         positions: CASE WHEN $include.positions THEN COLLECT {
           MATCH (m)<-[:STATED_AT]-(pos:Position)
           WHERE $asOf IS NULL OR EXISTS {
             MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
             WHERE pa.publishedAt <= date($asOf)
           }
           RETURN pos {
             .id, .stance, .date, dateStart: toString(pos.dateStart), meetingId: m.id,
             topic: head(COLLECT {
               MATCH (pos)-[:ON_TOPIC]->(t:Topic) RETURN t {id: t.key, .kind, .args, .label}
             }),
             holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc {.code, .name} ORDER BY hc.code },
             speakers: COLLECT { MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id },
             sources: CASE WHEN $include.positionSources THEN COLLECT {
               MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
               WITH DISTINCT a ORDER BY a.publishedAt, a.id
               RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
             } END,
             evidence: CASE WHEN $include.positionEvidence THEN COLLECT {
               MATCH (pos)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
               RETURN {
                 article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                 sentence: s.text, start: s.start, end: s.end
               } AS evidence ORDER BY a.publishedAt, a.id, s.index
             } END
           } ORDER BY pos.dateStart, pos.id
         } END,
         quotes: CASE WHEN $include.quotes THEN COLLECT {
           MATCH (m)<-[:SAID_AT]-(q:Quote)
           WHERE $asOf IS NULL OR EXISTS {
             MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
             WHERE qa.publishedAt <= date($asOf)
           }
           RETURN q {
             .id, .text, .date, meetingId: m.id,
             speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(q) RETURN sp {.id, .name} }),
             evidence: head(COLLECT {
               MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
               RETURN {
                 article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                 sentence: s.text, start: e.start, end: e.end
               } AS evidence ORDER BY a.publishedAt, a.id
             })
           } ORDER BY q.date, q.id
         } END,
         evidence: CASE WHEN $include.evidence THEN COLLECT {
           MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
           WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
           RETURN {
             article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
             sentence: s.text, start: s.start, end: s.end
           } AS evidence ORDER BY a.publishedAt, a.id, s.index
         } END
       }
       ] AS rows
