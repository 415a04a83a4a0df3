// p0/q4-stance-matrix($topic: String, $from: String, $to: String): per holder state, its
// positions on the topic of each stance dated within [from, to] (ISO days), by state code.
MATCH (:Topic {key: $topic})<-[:ON_TOPIC]-(pos:Position)<-[:HOLDS]-(c:Country)
WHERE pos.dateStart >= date($from) AND pos.dateStart <= date($to)
RETURN c.code AS country,
       count(CASE WHEN pos.stance = "support" THEN 1 END) AS support,
       count(CASE WHEN pos.stance = "oppose" THEN 1 END) AS oppose,
       count(CASE WHEN pos.stance = "concern" THEN 1 END) AS concern
ORDER BY country
