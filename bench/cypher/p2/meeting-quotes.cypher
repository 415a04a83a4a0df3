// p2/meeting-quotes($id: String): Meeting.quotes, as quote nodes.
MATCH (q:Quote)-[:SAID_AT]->(:Meeting {id: $id})
RETURN q {.id, .text, .date} AS quote
ORDER BY q.id
