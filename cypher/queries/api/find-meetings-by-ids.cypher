// find-meetings-by-ids($ids: [String], $asOf: {date: String?}, $include: {sources, countries,
// participants, participantOffices, participantCountryNames, positions, positionSources, positionSpeakers,
// positionTopicDetails, positionHolderNames, positionEvidence, quotes, quoteEvidence, evidence},
// $participantMeetings: {scope: MeetingScope?, limit: Int, desc: Boolean, include: {countries,
// participants, participantOffices, participantCountryNames}}, scope null when not planned): meetings by id with
// the nested parts asked for (sources only when sources or their counts are selected), and with a planned
// $participantMeetings each participant's own page of meetings (meetingPage); a meeting
// without evidence published by $asOf is left out.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE $asOf.date IS NULL OR EXISTS {
  MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
  WHERE va.publishedAt <= date($asOf.date)
}
WITH m, [m] AS page
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
  UNWIND CASE WHEN $participantMeetings.scope IS NULL OR NOT $include.participants THEN [] ELSE page END AS pageMeeting
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
}
RETURN
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
       AS row
