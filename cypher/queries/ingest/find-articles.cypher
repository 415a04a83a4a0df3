// find-articles($articles: [{id, url}]): the stored versions of a batch's articles, by content
// hash or by URL (a changed text at the same URL is a revision of the same article).
// Two index seeks per article rather than one OR, which would scan every Article.
UNWIND $articles AS wanted
CALL (wanted) {
  MATCH (a:Article {id: wanted.id})
  RETURN a
  UNION
  MATCH (a:Article {url: wanted.url})
  RETURN a
}
RETURN DISTINCT a.id AS id, a.url AS url, a.recordHash AS recordHash
