// bare/merge-persons($rows: [{id, name, aliases, searchName}]): people by key.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = row.aliases, p.searchName = row.searchName,
              p.aliasText = reduce(t = '', x IN row.aliases | t + ' ' + x)
RETURN count(p) AS persons
