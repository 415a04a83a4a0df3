// find-meetings-by-ids($ids: [String], $asOf: String?, $include: {sources, countries,
// participants, positions, positionSources, positionEvidence, quotes, evidence}): meetings by id
// with the nested parts asked for (sources only when sources or their counts are selected); a meeting without evidence published by $asOf is left out.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE $asOf IS NULL OR EXISTS {
  MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
  WHERE va.publishedAt <= date($asOf)
}
RETURN
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
       AS row
