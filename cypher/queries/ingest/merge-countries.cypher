// merge-countries($rows: [{code, name}]): states by ISO alpha-3 code.
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
ON CREATE SET c.name = row.name
RETURN count(c) AS countries
