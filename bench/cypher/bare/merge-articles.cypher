// bare/merge-articles($articles: [{id, url, title, publisher, author, publishedAt, language,
// textHash, recordHash, text}], $sentences: [{id, articleId, index, start, end, text}]):
// a batch of articles and their sentences, no revision check.
CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {id: row.id})
  SET a.url = row.url, a.title = row.title, a.publisher = row.publisher, a.author = row.author,
      a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
      a.language = row.language, a.textHash = row.textHash, a.recordHash = row.recordHash,
      a.text = row.text
}
UNWIND $sentences AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.start = row.start, s.end = row.end, s.text = row.text,
    s.articleId = row.articleId
MERGE (s)-[:IN_ARTICLE]->(a)
RETURN count(s) AS sentences
