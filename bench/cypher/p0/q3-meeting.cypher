// p0/q3-meeting($id: String): one meeting in full: countries, participants (with office),
// positions (topic, holders, speakers), quotes (speaker), source articles and evidence.
MATCH (m:Meeting {id: $id})
RETURN m {
  .id, .kind, .status, .date, .title, .location,
  countries: COLLECT { MATCH (c:Country)-[:PARTICIPATED_IN]->(m) RETURN c {.code, .name} ORDER BY c.code },
  participants: COLLECT {
    MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
    OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
    RETURN p {.id, .name, title: o.title, country: oc.code} ORDER BY p.id
  },
  positions: COLLECT {
    MATCH (m)<-[:STATED_AT]-(pos:Position)-[:ON_TOPIC]->(t:Topic)
    RETURN pos {
      .id, .stance, topic: t.key,
      holders: COLLECT { MATCH (hc:Country)-[:HOLDS]->(pos) RETURN hc.code ORDER BY hc.code },
      speakers: COLLECT { MATCH (sp:Person)-[:STATED]->(pos) RETURN sp.id ORDER BY sp.id }
    } ORDER BY pos.id
  },
  quotes: COLLECT {
    MATCH (m)<-[:SAID_AT]-(q:Quote)<-[:SAID]-(sp:Person)
    RETURN q {.id, .text, speaker: sp.id} ORDER BY q.id
  },
  sources: COLLECT {
    MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
    WITH DISTINCT a
    RETURN a {.id, .url, .publisher} ORDER BY a.id
  },
  evidence: COLLECT {
    MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
    RETURN {article: a.id, sentence: s.text, start: s.start, end: s.end} AS e ORDER BY a.id, s.start
  }
} AS meeting
