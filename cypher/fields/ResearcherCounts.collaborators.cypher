// fields/ResearcherCounts.collaborators: co-authors (COAUTHOR is stored once per pair, read in both directions).
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT { (_this)-[:COAUTHOR]-(:Researcher) }
