// dump-relationships(): every relationship between nodes named by their keys, for tests
// that compare whole graphs.
MATCH (a)-[r]->(b)
RETURN labels(a)[0] + ':' + coalesce(a.id, a.code, a.key, a.slug) AS from,
       type(r) AS type,
       [k IN keys(r) | [k, r[k]]] AS props,
       labels(b)[0] + ':' + coalesce(b.id, b.code, b.key, b.slug) AS to
