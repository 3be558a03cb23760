// fields/ResearcherCounts.works: the researcher's works (the AUTHORED degree: stub papers have no authors),
//   equal to `works.totalCount`.
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT { (_this)-[:AUTHORED]->() }
