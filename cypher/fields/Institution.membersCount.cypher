// fields/Institution.membersCount: how many researchers have an affiliation with the institution.
// kind: expression
// on: (_this:Institution)
// params: none
// returns: integer
COUNT { (_this)<-[:AFFILIATED_WITH]-() }
