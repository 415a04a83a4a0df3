// 0002-range-indexes: behind every filter and sort of the API and of ingestion's look-ups.
// Timelines sort and page on (dateStart, id); undated meetings have no dateStart.
CREATE INDEX meeting_date_start IF NOT EXISTS FOR (n:Meeting) ON (n.dateStart, n.id);
CREATE INDEX meeting_date_end IF NOT EXISTS FOR (n:Meeting) ON (n.dateEnd);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
// Re-reports of one meeting are found by kind and the set of countries.
CREATE INDEX meeting_identity IF NOT EXISTS FOR (n:Meeting) ON (n.kind, n.countryKey);
CREATE INDEX position_date_start IF NOT EXISTS FOR (n:Position) ON (n.dateStart, n.id);
CREATE INDEX position_stance IF NOT EXISTS FOR (n:Position) ON (n.stance);
CREATE INDEX topic_kind IF NOT EXISTS FOR (n:Topic) ON (n.kind);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt, n.id);
CREATE INDEX person_search_name IF NOT EXISTS FOR (n:Person) ON (n.searchName);
