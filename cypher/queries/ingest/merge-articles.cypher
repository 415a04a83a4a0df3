// merge-articles($articles: [{id, url, title, publisher, author, publishedAt, language, textHash,
// recordHash, text, sentences: [{id, index, start, end, text}]}]): articles and their sentences.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.url = article.url,
    a.title = article.title,
    a.publisher = article.publisher,
    a.author = article.author,
    a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE date(article.publishedAt) END,
    a.language = article.language,
    a.textHash = article.textHash,
    a.recordHash = article.recordHash,
    a.text = article.text
WITH a, article
CALL (a, article) {
  UNWIND article.sentences AS row
  MERGE (s:Sentence {id: row.id})
  SET s.index = row.index, s.start = row.start, s.end = row.end, s.text = row.text,
      s.articleId = article.id
  MERGE (s)-[:IN_ARTICLE]->(a)
}
RETURN count(a) AS articles
