// leader-row: a leader as find-leaders and find-leaders-by-ids project it for the API (the
// keys of its map): its latest office, and the positions and quotes that $include asks, each
// position's parts only when selected (LeaderInclude). In scope: p, $include and $asOf.
.id, .name,
office: head(COLLECT {
    MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
    WHERE ($asOf.date IS NULL OR EXISTS {
   MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
   WHERE oa.publishedAt <= date($asOf.date) })
    RETURN {title: o.title, country: oc {.code, .name}} AS office ORDER BY o.from DESC, o.id
  }),
positions: CASE WHEN $include.positions THEN COLLECT {
  MATCH (p)-[:STATED]->(pos:Position)
  WHERE ($asOf.date IS NULL OR EXISTS {
   MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
   WHERE pa.publishedAt <= date($asOf.date) })
  // Each part only when the query selects it (LeaderInclude), and then absent, not
  // null: a busy leader states thousands of positions, and each part is a hop for
  // each, each null key bytes to send and to decode (Q2 at 100k: 110 of 525 kB).
  WITH pos, pos {
    .id, .stance, .date, dateStart: toString(pos.dateStart),
    topic: head(COLLECT {
      MATCH (pos)-[:ON_TOPIC]->(t:Topic)
      RETURN CASE WHEN $include.positionTopicDetails THEN t {id: t.key, .kind, .args, .label} ELSE t {id: t.key} END
    }),
    holders: COLLECT {
      MATCH (hc:Country)-[:HOLDS]->(pos)
      RETURN CASE WHEN $include.positionHolderNames THEN hc {.code, .name} ELSE hc {.code} END ORDER BY hc.code
    }
  } AS position
  WITH pos, CASE WHEN NOT $include.positionMeetings THEN position ELSE position {.*,
    meetingId: head(COLLECT { MATCH (pos)-[:STATED_AT]->(pm:Meeting) RETURN pm.id })
  } END AS position
  WITH pos, CASE WHEN NOT $include.positionSpeakers THEN position ELSE position {.*,
    speakers: COLLECT { MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id }
  } END AS position
  RETURN CASE WHEN NOT $include.positionSources THEN position ELSE position {.*,
    sources: COLLECT {
      MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
      WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
      WITH DISTINCT a ORDER BY a.publishedAt, a.id
      RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
    }
  } END AS position ORDER BY pos.dateStart, pos.id
} END,
quotes: CASE WHEN $include.quotes THEN COLLECT {
  MATCH (p)-[:SAID]->(q:Quote)
  WHERE ($asOf.date IS NULL OR EXISTS {
   MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
   WHERE qa.publishedAt <= date($asOf.date) })
  RETURN q {
    .id, .text, .date, speaker: p {.id, .name},
    meetingId: head(COLLECT { MATCH (q)-[:SAID_AT]->(qm:Meeting) RETURN qm.id }),
    evidence: head(COLLECT {
      MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
      WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
      RETURN {article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}, sentence: s.text, start: e.start, end: e.end} AS evidence
      ORDER BY a.publishedAt, a.id
    })
  } ORDER BY q.date, q.id
} END
