// researcher/profile: one researcher by id with their works (newest first) and each work's authors in byline order.
// params: $id, $worksLimit, $authorsLimit
// returns: zero rows (no such id) or one row {researcher}: researcher = {id, name, displayName, bio, orcid,
//   openToCollaborate, works: [{id, title, abstract, year, type, doi, venue: {id, name, kind} | null,
//   authors: [{id, name, displayName, bio, orcid, openToCollaborate}]}]}. A limit of 0 skips that list.
MATCH (r:Researcher {id: $id})
RETURN r {
  .id, .name, .displayName, .bio, .orcid, .openToCollaborate,
  works: COLLECT {
    MATCH (r)-[:AUTHORED]->(p:Paper)
    WITH p ORDER BY p.year DESC, p.id
    LIMIT $worksLimit
    RETURN p {
      .id, .title, .abstract, .year, .type, .doi,
      venue: COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN v { .id, .name, .kind } LIMIT 1 }[0],
      authors: COLLECT {
        MATCH (a:Researcher)-[w:AUTHORED]->(p)
        WITH a, w ORDER BY w.position, a.id
        LIMIT $authorsLimit
        RETURN a { .id, .name, .displayName, .bio, .orcid, .openToCollaborate }
      }
    }
  }
} AS researcher
