// p2/sentence-article($id: String): Evidence.article, the article of one sentence.
MATCH (:Sentence {id: $id})-[:IN_ARTICLE]->(a:Article)
RETURN a {.id, .url, .publisher} AS article
