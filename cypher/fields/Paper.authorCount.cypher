// fields/Paper.authorCount: how many authors the paper has.
// kind: expression
// on: (_this:Paper)
// params: none
// returns: integer
COUNT { (:Researcher)-[:AUTHORED]->(_this) }
