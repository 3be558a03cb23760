// fields/ResearcherCounts.closeCollaborators: co-authors sharing at least 2 works.
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: integer
COUNT { (_this)-[c:COAUTHOR]-(:Researcher) WHERE c.works >= 2 }
