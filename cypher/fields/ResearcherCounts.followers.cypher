// fields/ResearcherCounts.followers: accounts following the researcher.
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT { (:Account)-[:FOLLOWS]->(_this) }
