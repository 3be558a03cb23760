// fields/Researcher.affiliationImported: whether any AFFILIATED_WITH edge leaves the researcher.
// kind: expression
// on: (_this:Researcher)
// params: none
// returns: boolean
EXISTS { (_this)-[:AFFILIATED_WITH]->(:Institution) }
