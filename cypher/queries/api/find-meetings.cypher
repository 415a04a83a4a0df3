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
  // The participants' own meetings pages (Leader.meetings), when planned: each distinct
  // participant's once, read from the person's own participations with the filter, keyset
  // and order of find-leaders-by-ids (a person's meetings are few next to the timeline),
  // with the parts of its meetings that $participantMeetings.include asks. The planner
  // (planMeetingNested in meetings/nested-meetings.ts) leaves the page to
  // find-leaders-by-ids when it selects parts not projected here (sources, positions,
  // quotes, evidence). Unplanned, $participantMeetings is a map with a null scope, not null:
  // a parameter's type is part of Neo4j's plan cache key, and null would make a second plan
  // of this statement (seconds) for the first request that asks the pages.
  // Not the page's last row when it is the one past the page (see the RETURN).
  UNWIND CASE WHEN $participantMeetings.scope IS NULL OR NOT $include.participants THEN []
              ELSE page[0..toInteger($limit) - 1] END AS pageMeeting
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
  } END AS matchCount, COLLECT {
    MATCH (person)-[:PARTICIPATED_IN]->(pm:Meeting)
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
}
// $limit is a page's size plus one: a row past the page says that another page follows, and
// nothing else of it is read, so it is projected as its id alone (a multilateral meeting's
// parts, or the pages of its participants, would be read for nothing). The same for the
// participants' own pages ($participantMeetings.limit).
RETURN scope.key AS key, totalCount,
       [m IN page[0..toInteger($limit) - 1] |
       m {
         .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements, .countryKey,
         dateStart: toString(m.dateStart),
         sources: CASE WHEN $include.sources THEN COLLECT {
           MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
           WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
           WITH DISTINCT a ORDER BY a.publishedAt, a.id
           RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
         } END,
         countries: CASE WHEN $include.countries THEN COLLECT {
           MATCH (c:Country)-[:PARTICIPATED_IN]->(m)
           RETURN c {.code, .name} ORDER BY c.code
         } END,
         participants: CASE WHEN $include.participants THEN COLLECT {
           MATCH (p:Person)-[r:PARTICIPATED_IN]->(m)
           WHERE $asOf.date IS NULL
              OR EXISTS { MATCH (ra:Article) WHERE ra.id IN r.sources AND ra.publishedAt <= date($asOf.date) }
           // The office (title and state) unless unselected: a page that lists names
           // reads no office of its hundreds of participants.
           WITH p, CASE WHEN NOT $include.participantOffices THEN p {.id, .name} ELSE p {
             .id, .name,
             office: head(COLLECT {
               MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
               WHERE $asOf.date IS NULL OR EXISTS {
                 MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
                 WHERE oa.publishedAt <= date($asOf.date)
               }
               RETURN {
                 title: o.title,
                 country: CASE WHEN $include.participantCountryNames THEN oc {.code, .name} ELSE oc {.code} END
               } AS office ORDER BY o.from DESC, o.id
             })
           } END AS participant
           // The participant's own page only when one was planned: a null key on every
           // participant of a page would widen its rows for nothing.
           RETURN CASE WHEN $participantMeetings.scope IS NULL THEN participant
             ELSE participant {.*, meetingPage: head([pg IN participantPages WHERE pg.personId = p.id])}
           END AS participant ORDER BY p.id
         } END,
         positions: CASE WHEN $include.positions THEN COLLECT {
           MATCH (m)<-[:STATED_AT]-(pos:Position)
           WHERE $asOf.date IS NULL OR EXISTS {
             MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
             WHERE pa.publishedAt <= date($asOf.date)
           }
           RETURN pos {
             .id, .stance, .date, dateStart: toString(pos.dateStart), meetingId: m.id,
             topic: head(COLLECT {
               MATCH (pos)-[:ON_TOPIC]->(t:Topic)
               RETURN CASE WHEN $include.positionTopicDetails THEN t {id: t.key, .kind, .args, .label} ELSE t {id: t.key} END
             }),
             holders: COLLECT {
               MATCH (hc:Country)-[:HOLDS]->(pos)
               RETURN CASE WHEN $include.positionHolderNames THEN hc {.code, .name} ELSE hc {.code} END ORDER BY hc.code
             },
             speakers: CASE WHEN $include.positionSpeakers THEN COLLECT {
               MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id
             } END,
             sources: CASE WHEN $include.positionSources THEN COLLECT {
               MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
               WITH DISTINCT a ORDER BY a.publishedAt, a.id
               RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
             } END,
             evidence: CASE WHEN $include.positionEvidence THEN COLLECT {
               MATCH (pos)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
               RETURN {
                 article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                 sentence: s.text, start: s.start, end: s.end
               } AS evidence ORDER BY a.publishedAt, a.id, s.index
             } END
           } ORDER BY pos.dateStart, pos.id
         } END,
         quotes: CASE WHEN $include.quotes THEN COLLECT {
           MATCH (m)<-[:SAID_AT]-(q:Quote)
           WHERE $asOf.date IS NULL OR EXISTS {
             MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
             WHERE qa.publishedAt <= date($asOf.date)
           }
           RETURN q {
             .id, .text, .date, meetingId: m.id,
             speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(q) RETURN sp {.id, .name} }),
             evidence: CASE WHEN $include.quoteEvidence THEN head(COLLECT {
               MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
               RETURN {
                 article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
                 sentence: s.text, start: e.start, end: e.end
               } AS evidence ORDER BY a.publishedAt, a.id
             }) END
           } ORDER BY q.date, q.id
         } END,
         evidence: CASE WHEN $include.evidence THEN COLLECT {
           MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
           WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
           RETURN {
             article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
             sentence: s.text, start: s.start, end: s.end
           } AS evidence ORDER BY a.publishedAt, a.id, s.index
         } END
       }
       ] + [m IN page[toInteger($limit) - 1..] | m {.id}] AS rows
