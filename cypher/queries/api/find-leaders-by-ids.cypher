// find-leaders-by-ids($ids: [String], $asOf: String?, $include: {positions, quotes}): persons
// by id (speakers and participants are persons; those with an office are leaders).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN
       p {
         .id, .name,
         office: head(COLLECT {
             MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
             WHERE ($asOf IS NULL OR EXISTS {
            MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
            WHERE oa.publishedAt <= date($asOf) })
             RETURN {title: o.title, country: oc {.code, .name}} AS office ORDER BY o.from DESC, o.id
           }),
         positions: CASE WHEN $include.positions THEN COLLECT {
           MATCH (p)-[:STATED]->(pos:Position)
           WHERE ($asOf IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
            WHERE pa.publishedAt <= date($asOf) })
           RETURN pos {
             .id, .stance, .date, dateStart: toString(pos.dateStart),
             meetingId: head(COLLECT { MATCH (pos)-[:STATED_AT]->(pm:Meeting) RETURN pm.id }),
             topic: head(COLLECT {
               MATCH (pos)-[:ON_TOPIC]->(t:Topic) RETURN t {id: t.key, .kind, .args, .label}
             }),
             holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc {.code, .name} ORDER BY hc.code },
             speakers: COLLECT { MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id },
             sources: COLLECT {
               MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
               WITH DISTINCT a ORDER BY a.publishedAt, a.id
               RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
             }
           } ORDER BY pos.dateStart, pos.id
         } END,
         quotes: CASE WHEN $include.quotes THEN COLLECT {
           MATCH (p)-[:SAID]->(q:Quote)
           WHERE ($asOf IS NULL OR EXISTS {
            MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
            WHERE qa.publishedAt <= date($asOf) })
           RETURN q {
             .id, .text, .date, speaker: p {.id, .name},
             meetingId: head(COLLECT { MATCH (q)-[:SAID_AT]->(qm:Meeting) RETURN qm.id }),
             evidence: head(COLLECT {
               MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
               WHERE $asOf IS NULL OR a.publishedAt <= date($asOf)
               RETURN {article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}, sentence: s.text, start: e.start, end: e.end} AS evidence
               ORDER BY a.publishedAt, a.id
             })
           } ORDER BY q.date, q.id
         } END
       }
       AS row
