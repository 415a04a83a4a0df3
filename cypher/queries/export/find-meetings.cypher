// find-meetings($countries, $leaders, $kinds, $statuses, $from, $to, $byTopic, $topicKind,
// $topicArgs, $asOf): the meetings an export selects, each with its states, participants,
// positions, quotes and source articles, one row per meeting in timeline order (undated last).
// Conditions mean what the API's MeetingFilter means; $from/$to are days (an overlap test).
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.dateEnd >= date($from))
  AND ($to IS NULL OR m.dateStart <= date($to))
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND ($statuses IS NULL OR m.status IN $statuses)
  AND ($countries IS NULL OR all(code IN $countries WHERE EXISTS {
        MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
  AND ($leaders IS NULL OR all(leaderId IN $leaders WHERE EXISTS {
        MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) }))
  AND (NOT $byTopic OR EXISTS {
        MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
        WHERE ($topicKind IS NULL OR t.kind = $topicKind)
          AND ($topicArgs IS NULL OR all(x IN $topicArgs WHERE x IN t.args)) })
  AND ($asOf IS NULL OR EXISTS {
        MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
        WHERE va.publishedAt <= date($asOf) })
WITH m ORDER BY m.dateStart, m.id
RETURN m {
  .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements,
  .countryKey, dateStart: toString(m.dateStart), dateEnd: toString(m.dateEnd),
  countries: COLLECT { MATCH (c:Country)-[:PARTICIPATED_IN]->(m) RETURN c {.code, .name} ORDER BY c.code },
  participants: COLLECT {
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
  },
  positions: COLLECT {
    // With a topic condition, only the meeting's positions on that topic come along.
    MATCH (m)<-[:STATED_AT]-(pos:Position)-[:ON_TOPIC]->(t:Topic)
    WHERE (NOT $byTopic OR (($topicKind IS NULL OR t.kind = $topicKind)
                            AND ($topicArgs IS NULL OR all(x IN $topicArgs WHERE x IN t.args))))
      AND ($asOf IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
            WHERE pa.publishedAt <= date($asOf) })
    RETURN pos {
      .id, .stance, .date, meetingId: m.id,
      topic: t {.key, .kind, .args, .label},
      holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc {.code, .name} ORDER BY hc.code },
      speakers: COLLECT {
        MATCH (sp:Person)-[:STATED]->(pos)
        RETURN sp {
          .id, .name,
          office: head(COLLECT {
            MATCH (sp)-[:HOLDS_OFFICE]->(so:Office)-[:OF_COUNTRY]->(soc:Country)
            WHERE $asOf IS NULL OR EXISTS {
              MATCH (so)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(soa:Article)
              WHERE soa.publishedAt <= date($asOf)
            }
            RETURN {title: so.title, country: soc {.code, .name}} AS office ORDER BY so.from DESC, so.id
          })
        } ORDER BY sp.id
      },
      sources: COLLECT {
        MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
        WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
        WITH DISTINCT a ORDER BY a.publishedAt, a.id
        RETURN a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}
      }
    } ORDER BY pos.dateStart, pos.id
  },
  quotes: COLLECT {
    MATCH (m)<-[:SAID_AT]-(q:Quote)<-[:SAID]-(sp:Person)
    WHERE $asOf IS NULL OR EXISTS {
      MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
      WHERE qa.publishedAt <= date($asOf)
    }
    RETURN q {
      .id, .text, .date, meetingId: m.id,
      speaker: sp {
        .id, .name,
        office: head(COLLECT {
          MATCH (sp)-[:HOLDS_OFFICE]->(so:Office)-[:OF_COUNTRY]->(soc:Country)
          WHERE $asOf IS NULL OR EXISTS {
            MATCH (so)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(soa:Article)
            WHERE soa.publishedAt <= date($asOf)
          }
          RETURN {title: so.title, country: soc {.code, .name}} AS office ORDER BY so.from DESC, so.id
        })
      },
      sources: COLLECT {
        MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
        WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
        WITH DISTINCT a ORDER BY a.publishedAt, a.id
        RETURN a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}
      }
    } ORDER BY q.date, q.id
  },
  sources: COLLECT {
    MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
    WITH DISTINCT a ORDER BY a.publishedAt, a.id
    RETURN a {.id, .url, .title, .publisher, publishedAt: toString(a.publishedAt)}
  }
} AS meeting
