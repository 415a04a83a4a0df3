// meeting-row: a meeting as find-meetings and find-meetings-by-ids project it for the API:
// its attributes and the parts that $include asks (sources only when sources or their
// counts are selected; a participant's office only when a title or a state is). In scope:
// m, $include, $asOf, $participantMeetings and participantPages (participant-meeting-pages):
// with a planned page, each participant carries its own (meetingPage).
m {
  .id, .kind, .status, .date, .datePrecision, .title, .location, .jointStatement, .agreements, .countryKey,
  dateStart: toString(m.dateStart),
  sources: CASE WHEN $include.sources THEN COLLECT {
    MATCH (m)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
    WITH DISTINCT a ORDER BY a.publishedAt, a.id
    RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
  } END,
  countries: CASE WHEN $include.countries THEN COLLECT {
    MATCH (c:Country)-[:PARTICIPATED_IN]->(m)
    RETURN c {.code, .name} ORDER BY c.code
  } END,
  participants: CASE WHEN $include.participants THEN COLLECT {
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(m)
    WHERE $asOf.date IS NULL
       OR EXISTS { MATCH (ra:Article) WHERE ra.id IN r.sources AND ra.publishedAt <= date($asOf.date) }
    // The office (title and state) unless unselected: a page that lists names
    // reads no office of its hundreds of participants. The latest, found in a CALL (part
    // of the plan) rather than a COLLECT in the map (a nested plan for each participant):
    // 4-10% of the rare state's page statement in three runs of request-split --variants.
    OPTIONAL CALL (p) {
      MATCH (p)-[:HOLDS_OFFICE]->(o:Office)-[:OF_COUNTRY]->(oc:Country)
      WHERE $include.participantOffices AND ($asOf.date IS NULL OR EXISTS {
        MATCH (o)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(oa:Article)
        WHERE oa.publishedAt <= date($asOf.date)
      })
      RETURN o, oc ORDER BY o.from DESC, o.id LIMIT 1
    }
    WITH p, CASE WHEN NOT $include.participantOffices THEN p {.id, .name} ELSE p {
      .id, .name,
      office: CASE WHEN o IS NOT NULL THEN {
        title: o.title,
        country: CASE WHEN $include.participantCountryNames THEN oc {.code, .name} ELSE oc {.code} END
      } END
    } END AS participant
    // The participant's own page only when one was planned: a null key on every
    // participant of a page would widen its rows for nothing.
    RETURN CASE WHEN $participantMeetings.scope IS NULL THEN participant
      ELSE participant {.*, meetingPage: head([pg IN participantPages WHERE pg.personId = p.id])}
    END AS participant ORDER BY p.id
  } END,
  positions: CASE WHEN $include.positions THEN COLLECT {
    MATCH (m)<-[:STATED_AT]-(pos:Position)
    WHERE $asOf.date IS NULL OR EXISTS {
      MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(pa:Article)
      WHERE pa.publishedAt <= date($asOf.date)
    }
    RETURN pos {
      .id, .stance, .date, dateStart: toString(pos.dateStart), meetingId: m.id,
      topic: head(COLLECT {
        MATCH (pos)-[:ON_TOPIC]->(t:Topic)
        RETURN CASE WHEN $include.positionTopicDetails THEN t {id: t.key, .kind, .args, .label} ELSE t {id: t.key} END
      }),
      holders: COLLECT {
        MATCH (hc:Country)-[:HOLDS]->(pos)
        RETURN CASE WHEN $include.positionHolderNames THEN hc {.code, .name} ELSE hc {.code} END ORDER BY hc.code
      },
      speakers: CASE WHEN $include.positionSpeakers THEN COLLECT {
        MATCH (sp:Person)-[:STATED]->(pos) RETURN sp {.id, .name} ORDER BY sp.id
      } END,
      sources: CASE WHEN $include.positionSources THEN COLLECT {
        MATCH (pos)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(a:Article)
        WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
        WITH DISTINCT a ORDER BY a.publishedAt, a.id
        RETURN a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)}
      } END,
      evidence: CASE WHEN $include.positionEvidence THEN COLLECT {
        MATCH (pos)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
        WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
        RETURN {
          article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
          sentence: s.text, start: s.start, end: s.end
        } AS evidence ORDER BY a.publishedAt, a.id, s.index
      } END
    } ORDER BY pos.dateStart, pos.id
  } END,
  quotes: CASE WHEN $include.quotes THEN COLLECT {
    MATCH (m)<-[:SAID_AT]-(q:Quote)
    WHERE $asOf.date IS NULL OR EXISTS {
      MATCH (q)-[:EVIDENCED_BY]->(:Sentence)-[:IN_ARTICLE]->(qa:Article)
      WHERE qa.publishedAt <= date($asOf.date)
    }
    RETURN q {
      .id, .text, .date, meetingId: m.id,
      speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(q) RETURN sp {.id, .name} }),
      evidence: CASE WHEN $include.quoteEvidence THEN head(COLLECT {
        MATCH (q)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
        WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
        RETURN {
          article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
          sentence: s.text, start: e.start, end: e.end
        } AS evidence ORDER BY a.publishedAt, a.id
      }) END
    } ORDER BY q.date, q.id
  } END,
  evidence: CASE WHEN $include.evidence THEN COLLECT {
    MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN_ARTICLE]->(a:Article)
    WHERE $asOf.date IS NULL OR a.publishedAt <= date($asOf.date)
    RETURN {
      article: a {.id, .url, .title, .publisher, .author, publishedAt: toString(a.publishedAt)},
      sentence: s.text, start: s.start, end: s.end
    } AS evidence ORDER BY a.publishedAt, a.id, s.index
  } END
}
