// topic-stance-matrix: Topic.stanceMatrix for find-topics and find-topics-by-keys, when
// planned: per holder state, its positions of each stance whose date overlaps [from, to]. In
// scope: t, $stanceMatrix and $asOf; it returns stanceRows.
OPTIONAL CALL (t) {
  UNWIND CASE WHEN NOT $stanceMatrix.planned THEN [] ELSE [$stanceMatrix] END AS plan
  // Each position's dateStart is read once for the range test, and its stance once for the
  // three counts (every read of a property is a db hit, and a topic has thousands of
  // positions); its holders are expanded after the test.
  MATCH (t)<-[:ON_TOPIC]-(pos:Position)
  WITH plan, pos, pos.dateStart AS day
  WHERE (plan.to IS NULL OR day <= date(plan.to))
    AND (plan.from IS NULL OR
           CASE size(pos.date)
             WHEN 10 THEN day
             WHEN 7 THEN day + duration("P1M") - duration("P1D")
             ELSE day + duration("P1Y") - duration("P1D")
           END >= date(plan.from))
    AND ($asOf.date IS NULL OR EXISTS {
          MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
          WHERE pa.publishedAt <= date($asOf.date) })
  WITH pos, pos.stance AS stance
  MATCH (pos)<-[:HOLDS]-(c:Country)
  WITH c,
       count(CASE WHEN stance = "support" THEN 1 END) AS support,
       count(CASE WHEN stance = "oppose" THEN 1 END) AS oppose,
       count(CASE WHEN stance = "concern" THEN 1 END) AS concern
  ORDER BY c.code
  RETURN collect({country: c {.code, .name}, support: support, oppose: oppose, concern: concern}) AS stanceRows
}
