// fields/Paper.citationCount: how many imported papers cite this one (its CITES in-degree).
// kind: expression
// on: (_this:Paper)
// params: none
// returns: integer
COUNT { (_this)<-[:CITES]-() }
