// reference/researcher_citing_years: the year of the citing paper of each CITES edge from an imported
//   (non-stub) paper to one of a researcher's works (no stubs).
// params: $id
// returns: one row per citation {year: the citing paper's year, possibly null}.
MATCH (:Researcher {id: $id})-[:AUTHORED]->(p:Paper)
WHERE coalesce(p.stub, false) = false
WITH DISTINCT p
MATCH (c:Paper)-[:CITES]->(p)
WHERE coalesce(c.stub, false) = false
RETURN c.year AS year
