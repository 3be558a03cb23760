// paper/by_id: one paper by id with its venue and its authors in byline order.
// params: $id, $authorsLimit
// returns: zero rows (no such id) or one row {paper}: paper = {id, title, abstract, year, type, doi,
//   venue: {id, name, kind} | null, authors: [{id, name, displayName, bio, orcid, openToCollaborate}]}.
MATCH (p:Paper {id: $id})
RETURN p {
  .id, .title, .abstract, .year, .type, .doi,
  venue: COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN v { .id, .name, .kind } LIMIT 1 }[0],
  authors: COLLECT {
    MATCH (a:Researcher)-[w:AUTHORED]->(p)
    WITH a, w ORDER BY w.position, a.id
    LIMIT $authorsLimit
    RETURN a { .id, .name, .displayName, .bio, .orcid, .openToCollaborate }
  }
} AS paper
