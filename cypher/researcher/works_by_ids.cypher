// researcher/works_by_ids: batched; the works (newest first, with venue, no authors) of each researcher id.
// params: $ids, $limit
// returns: one row per input id, key first: {id, works: [{id, title, abstract, year, type, doi,
//   venue: {id, name, kind} | null}]}; an unknown id gets an empty list.
UNWIND $ids AS id
RETURN id, COLLECT {
  MATCH (:Researcher {id: id})-[:AUTHORED]->(p:Paper)
  WITH p ORDER BY p.year DESC, p.id
  LIMIT $limit
  RETURN p {
    .id, .title, .abstract, .year, .type, .doi,
    venue: COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN v { .id, .name, .kind } LIMIT 1 }[0]
  }
} AS works
