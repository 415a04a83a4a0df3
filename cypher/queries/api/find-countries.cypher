// find-countries($filter: {codes: [String]?}, $asOf: {date: String?}, $include: {leaders, positions}): states by
// code, or all of them when $filter.codes is null, with their leaders and positions when asked for.
MATCH (c:Country)
WHERE $filter.codes IS NULL OR c.code IN $filter.codes
RETURN c {
         .code, .name,
         leaders: CASE WHEN $include.leaders THEN COLLECT {
           MATCH (p:Person)-[:HOLDS_OFFICE]->(office:Office)-[:OF_COUNTRY]->(c)
           WHERE ($asOf.date IS NULL OR EXISTS {
            MATCH (office)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(la:Article)
            WHERE la.publishedAt <= date($asOf.date) })
           WITH DISTINCT p
           RETURN p {
             .id, .name,
             office: head(COLLECT {
             MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
             WHERE ($asOf.date IS NULL OR EXISTS {
            MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
            WHERE oa.publishedAt <= date($asOf.date) })
             RETURN {title: o.title, country: oc {.code, .name}} AS office ORDER BY o.from DESC, o.id
           })
           } ORDER BY p.id
         } END,
         positions: CASE WHEN $include.positions THEN COLLECT {
           MATCH (c)-[:HOLDS]->(pos:Position)
           WHERE ($asOf.date IS NULL OR EXISTS {
            MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
            WHERE pa.publishedAt <= date($asOf.date) })
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
               WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
               WITH DISTINCT a ORDER BY a.publishedAt, a.id
               RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
             }
           } ORDER BY pos.dateStart, pos.id
         } END
       } AS row
ORDER BY c.code
