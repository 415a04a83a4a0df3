// p2/meeting-positions($id: String): Meeting.positions, as position nodes.
MATCH (pos:Position)-[:STATED_AT]->(:Meeting {id: $id})
RETURN pos {.id, .stance, .date} AS position
ORDER BY pos.id
