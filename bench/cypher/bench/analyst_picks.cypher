// bench/analyst_picks: what the analyst scenarios read: the institution with the most members, the topic most
//   often on its members' works, and the topic with the most works under it (the largest hub).
// params: none
// returns: one row {institution, topic, hub, works}, or no row on an empty graph.
MATCH (i:Institution)
WITH i, COUNT { (i)<-[:AFFILIATED_WITH]-() } AS members
ORDER BY members DESC, i.id
LIMIT 1
CALL (i) {
  MATCH (i)<-[:AFFILIATED_WITH]-(:Researcher)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(t:Topic)
  WITH t, count(*) AS n
  ORDER BY n DESC, t.id
  LIMIT 1
  RETURN t
}
CALL () {
  MATCH (big:Topic)
  WITH big, COUNT { (big)<-[:UNDER_TOPIC]-() } AS works
  ORDER BY works DESC, big.id
  LIMIT 1
  RETURN big, works
}
RETURN i.id AS institution, t.id AS topic, big.id AS hub, works
