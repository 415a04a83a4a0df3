// merge-persons($rows: [{id, name, aliases, searchName}]): people by key; aliases accumulate.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = [], p.searchName = row.searchName
WITH p, row, [x IN row.aliases WHERE NOT x IN p.aliases] AS newAliases
SET p.aliases = p.aliases + newAliases,
    p.searchName = CASE WHEN size(newAliases) = 0 THEN p.searchName ELSE row.searchName END,
    p.aliasText = reduce(t = '', x IN p.aliases + newAliases | t + ' ' + x)
RETURN count(p) AS persons
