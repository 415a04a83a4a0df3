// position-row: a position as find-positions and find-positions-by-ids project it for the
// API, with its meeting and evidence when $include asks. In scope: pos and $asOf.
pos {
  .id, .stance, .date, dateStart: toString(pos.dateStart),
  meetingId: head(COLLECT { MATCH (pos)-[:STATED_AT]->(pm:Meeting) RETURN pm.id }),
  meeting: CASE WHEN $include.meeting THEN head(COLLECT {
    MATCH (pos)-[:STATED_AT]->(pm:Meeting)
    RETURN pm {.id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement,
               .agreements, .countryKey, dateStart: toString(pm.dateStart)}
  }) END,
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
  },
  evidence: CASE WHEN $include.evidence THEN COLLECT {
    MATCH (pos)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
    RETURN {
      article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
      sentence: s.text, start: s.start, end: s.end
    } AS evidence ORDER BY a.publishedAt, a.id, s.index
  } END
}
