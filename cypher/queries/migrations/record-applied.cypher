// record-applied($id: String, $checksum: String): records that a migration has run.
MERGE (m:Migration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
