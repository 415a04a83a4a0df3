// find-article($id: String, $url: String?): the stored versions of an article, by content
// hash or by URL (a changed text at the same URL is a revision of the same article).
MATCH (a:Article)
WHERE a.id = $id OR ($url IS NOT NULL AND a.url = $url)
RETURN a.id AS id, a.recordHash AS recordHash
