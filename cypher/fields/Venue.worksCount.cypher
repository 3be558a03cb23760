// fields/Venue.worksCount: how many works are published in the venue.
// kind: expression
// on: (_this:Venue)
// params: none
// returns: integer
COUNT { (_this)<-[:PUBLISHED_IN]-() }
