// fields/ResearcherCounts.works: the researcher's works, stub papers left out.
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT { (_this)-[:AUTHORED]->(p:Paper) WHERE coalesce(p.stub, false) = false }
