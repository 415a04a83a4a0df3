// article-facts($articleId: String): what the graph holds from one article, in the shape of
// the facts format (countries, leaders, meetings, positions, quotes), for checks and exports.
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(m:Meeting)
  WITH DISTINCT m
  RETURN collect(m {
    .id, .kind, .status, .date, .datePrecision, .jointStatement,
    countries: [(c:Country)-[:PARTICIPATED_IN]->(m) | c.code],
    participants: [(p:Person)-[r:PARTICIPATED_IN]->(m) WHERE a.id IN r.sources | p.name]
  }) AS meetings
}
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(p:Position)-[:ON_TOPIC]->(t:Topic)
  WITH DISTINCT p, t
  RETURN collect({
    stance: p.stance, topic: {kind: t.kind, args: t.args},
    holders: [(c:Country)-[:HOLDS]->(p) | c.code],
    speakers: [(s:Person)-[:STATED]->(p) | s.name]
  }) AS positions
}
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(q:Quote)<-[:SAID]-(speaker:Person)
  WITH DISTINCT q, speaker
  RETURN collect({speaker: speaker.name, text: q.text}) AS quotes
}
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(o:Office)<-[:HOLDS_OFFICE]-(p:Person:Leader)
  WITH DISTINCT o, p
  RETURN collect({name: p.name, country: o.countryCode, title: o.title}) AS leaders
}
RETURN a {.title, .publisher, .author, publishedAt: toString(a.publishedAt)} AS article,
       [(a)-[:MENTIONS]->(c:Country) | c.code] AS countries,
       meetings, positions, quotes, leaders
