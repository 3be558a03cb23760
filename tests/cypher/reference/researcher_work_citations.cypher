// reference/researcher_work_citations: each of a researcher's works (no stubs) with its year and the
//   number of CITES edges it receives from imported (non-stub) papers.
// params: $id
// returns: one row per work {id, year, citations}.
MATCH (:Researcher {id: $id})-[:AUTHORED]->(p:Paper)
WHERE coalesce(p.stub, false) = false
WITH DISTINCT p
OPTIONAL MATCH (c:Paper)-[e:CITES]->(p)
WHERE coalesce(c.stub, false) = false
RETURN p.id AS id, p.year AS year, count(e) AS citations
