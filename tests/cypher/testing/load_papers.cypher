// testing/load_papers: merges a batch of test fixture papers with their venue and ordered authors; idempotent.
// params: $rows
// rows: [{paper: {id, title, abstract, year, type, doi}, venue: {id, name, kind},
//   authors: [{id, name, displayName, bio, orcid, openToCollaborate, position, corresponding}]}]
// returns: one row {papers: number of rows merged}.
UNWIND $rows AS row
MERGE (p:Paper {id: row.paper.id})
SET p += row.paper, p.source = 'fixture', p.sourceId = row.paper.id
MERGE (v:Venue {id: row.venue.id})
SET v += row.venue, v.source = 'fixture'
MERGE (p)-[:PUBLISHED_IN]->(v)
WITH p, row
CALL (p, row) {
  UNWIND row.authors AS author
  MERGE (a:Researcher {id: author.id})
  SET a.name = author.name, a.displayName = author.displayName, a.bio = author.bio,
      a.orcid = author.orcid, a.openToCollaborate = author.openToCollaborate,
      a.source = 'fixture', a.sourceId = author.id
  MERGE (a)-[w:AUTHORED]->(p)
  SET w.position = author.position, w.corresponding = author.corresponding, w.source = 'fixture'
}
RETURN count(p) AS papers
