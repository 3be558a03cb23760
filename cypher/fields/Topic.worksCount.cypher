// fields/Topic.worksCount: how many works are under the topic, its own and its subtopics' (the UNDER_TOPIC
//   in-degree, equal to `works.totalCount`).
// kind: expression
// on: (_this:Topic)
// params: none
// returns: integer
COUNT { (_this)<-[:UNDER_TOPIC]-() }
