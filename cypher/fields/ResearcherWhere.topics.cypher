// fields/ResearcherWhere.topics: the topics of a researcher's works.
// kind: pattern
// on: (_this:Researcher)
// params: none
// binds: _that (Topic)
MATCH (_this)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(_that:Topic)
