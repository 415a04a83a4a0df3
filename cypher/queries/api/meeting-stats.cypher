// meeting-stats($scope: MeetingScope, $unit: "month"|"year", $asOf: {date: String?}): the number of
// dated meetings under a filter per month or year of the start of their interval (a meeting
// dated to a year counts in that year's first month); undated meetings are not counted.
WITH $scope AS scope
MATCH (m:Meeting)
USING INDEX SEEK m:Meeting(dateStart, id)
WHERE m.dateStart >= date(scope.seekFrom) AND m.dateStart <= date(scope.seekTo) AND m.id IS NOT NULL
  AND (scope.from IS NULL OR m.dateEnd >= date(scope.from))
  AND (scope.kinds IS NULL OR m.kind IN scope.kinds)
      AND (scope.statuses IS NULL OR m.status IN scope.statuses)
      AND (scope.countries IS NULL OR all(code IN scope.countries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.anyCountries IS NULL OR any(code IN scope.anyCountries WHERE EXISTS {
            MATCH (:Country {code: code})-[:PARTICIPATED_IN]->(m) }))
      AND (scope.leaders IS NULL OR all(leaderId IN scope.leaders WHERE EXISTS {
            MATCH (:Person {id: leaderId})-[:PARTICIPATED_IN]->(m) }))
      AND (NOT scope.byTopic OR EXISTS {
            MATCH (m)<-[:STATED_AT]-(:Position)-[:ON_TOPIC]->(t:Topic)
            WHERE (scope.topicKind IS NULL OR t.kind = scope.topicKind)
              AND (scope.topicArgs IS NULL OR all(x IN scope.topicArgs WHERE x IN t.args)) })
      AND ($asOf.date IS NULL OR EXISTS {
            MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(va:Article)
            WHERE va.publishedAt <= date($asOf.date) })
WITH CASE $unit WHEN "year" THEN left(toString(m.dateStart), 4)
                ELSE left(toString(m.dateStart), 7) END AS period,
     count(m) AS meetings
RETURN period, meetings
ORDER BY period
