// bare/merge-topics($rows: [{key, kind, args, label, countryArgs, regionArgs}]): topics.
UNWIND $rows AS row
MERGE (t:Topic {key: row.key})
ON CREATE SET t.kind = row.kind, t.args = row.args, t.label = row.label
WITH t, row
CALL (t, row) {
  UNWIND row.countryArgs AS code
  MATCH (c:Country {code: code})
  MERGE (t)-[:CONCERNS]->(c)
}
CALL (t, row) {
  UNWIND row.regionArgs AS region
  MERGE (r:Region {slug: region.slug})
  ON CREATE SET r.name = region.name
  MERGE (t)-[:CONCERNS]->(r)
}
RETURN count(t) AS topics
