// merge-organizations($rows: [{id, name, kind, countryCode}]): media and international bodies.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind
WITH o, row
CALL (o, row) {
  MATCH (c:Country {code: row.countryCode})
  MERGE (o)-[:BASED_IN]->(c)
}
RETURN count(o) AS organizations
