// testing/drop_under_topics: removes every derived UNDER_TOPIC edge, as on a graph imported before they existed;
//   one row {dropped}.
// params: none
MATCH ()-[u:UNDER_TOPIC]->()
DELETE u
RETURN count(u) AS dropped
