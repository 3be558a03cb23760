// fields/Topic.worksCount: how many works are tagged with the topic (its HAS_TOPIC in-degree).
// kind: expression
// on: (_this:Topic)
// params: none
// returns: integer
COUNT { (_this)<-[:HAS_TOPIC]-() }
