// remove-article($ids: [String]): deletes articles with their sentences and evidence, and
// the facts that no other article supports. Facts that other articles also report stay;
// participations added only by a removed article are withdrawn.
MATCH (a:Article)
WHERE a.id IN $ids
OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(:Sentence)<-[:EVIDENCED_BY]-(fact)
WITH a, collect(DISTINCT fact) AS facts
CALL (a, facts) {
  UNWIND facts AS meeting
  WITH meeting WHERE meeting:Meeting
  MATCH (meeting)-[r:WITH_ORGANIZATION]-(:Organization)
  SET r.sources = [s IN r.sources WHERE s <> a.id]
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (a, facts) {
  UNWIND facts AS meeting
  WITH meeting WHERE meeting:Meeting
  MATCH (meeting)<-[r:PARTICIPATED_IN]-(:Person)
  SET r.sources = [s IN r.sources WHERE s <> a.id]
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(s:Sentence)
  DETACH DELETE s
}
DETACH DELETE a
WITH facts
UNWIND facts AS fact
WITH DISTINCT fact
WHERE NOT (fact)-[:EVIDENCED_BY]->()
DETACH DELETE fact
RETURN count(*) AS removedFacts
