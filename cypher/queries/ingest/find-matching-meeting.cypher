// find-matching-meeting($rows: [{localId, kind, countryKey, dateStart, dateEnd}]): for each
// meeting of a record, the meeting already in the graph that it reports again: same kind,
// same set of countries, and overlapping date intervals (or both undated).
UNWIND $rows AS row
OPTIONAL MATCH (m:Meeting {kind: row.kind, countryKey: row.countryKey})
WHERE (row.dateStart IS NULL AND m.dateStart IS NULL)
   OR (m.dateStart <= date(row.dateEnd) AND m.dateEnd >= date(row.dateStart))
WITH row, m
ORDER BY m.dateStart, m.id
RETURN row.localId AS localId, head(collect(m.id)) AS id
