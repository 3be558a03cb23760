// fields/ResearcherCounts.topics: distinct topics of the researcher's works (stubs left out).
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT {
  MATCH (_this)-[:AUTHORED]->(p:Paper)-[:HAS_TOPIC]->(t:Topic)
  WHERE coalesce(p.stub, false) = false
  RETURN DISTINCT t
}
