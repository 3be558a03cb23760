// fields/PaperWhere.institutions: the institutions of a paper's authors, from their affiliation history.
// kind: pattern
// on: (_this:Paper)
// params: none
// binds: _that (Institution)
MATCH (_this)<-[:AUTHORED]-(:Researcher)-[:AFFILIATED_WITH]->(_that:Institution)
