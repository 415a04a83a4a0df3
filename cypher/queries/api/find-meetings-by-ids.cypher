// find-meetings-by-ids($ids: [String], $asOf: {date: String?}, $include: {sources, countries,
// participants, participantOffices, participantCountryNames, positions, positionSources, positionSpeakers,
// positionTopicDetails, positionHolderNames, positionEvidence, quotes, quoteEvidence, evidence},
// $participantMeetings: {scope: MeetingScope?, limit: Int, desc: Boolean, include: {countries,
// participants, participantOffices, participantCountryNames}}, scope null when not planned): meetings by id with
// the nested parts asked for (sources only when sources or their counts are selected), and with a planned
// $participantMeetings each participant's own page of meetings (meetingPage); a meeting
// without evidence published by $asOf is left out.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE $asOf.date IS NULL OR EXISTS {
  MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
  WHERE va.publishedAt <= date($asOf.date)
}
WITH m, [m] AS page
OPTIONAL CALL (page) {
  // The participants' own meetings pages (Leader.meetings), when planned (the fragment says
  // how). Unplanned, $participantMeetings is a map with a null scope, not null: a
  // parameter's type is part of Neo4j's plan cache key, and null would make a second plan
  // of this statement (seconds) for the first request that asks the pages.
  UNWIND CASE WHEN $participantMeetings.scope IS NULL OR NOT $include.participants THEN [] ELSE page END AS pageMeeting
  @include participant-meeting-pages
}
RETURN
  @include meeting-row
  AS row
