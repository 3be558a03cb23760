// import/link_under_topics: the derived relationship UNDER_TOPIC from each of these papers to every topic it
//   is tagged with (HAS_TOPIC) and to every ancestor of those topics (SUBTOPIC_OF, any depth): one edge per
//   paper and topic, however many of its topics lead there, so a topic's degree is its subtree's distinct
//   works. Edges that exist are kept (a re-import changes nothing); import/rank_papers writes their order keys.
// params: $ids, $now
// returns: one row {derived: edges created}.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  MATCH (p)-[:HAS_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(a:Topic)
  WITH DISTINCT a
  WHERE NOT EXISTS { (p)-[:UNDER_TOPIC]->(a) }
  MERGE (p)-[u:UNDER_TOPIC]->(a)
    ON CREATE SET u.source = 'derived', u.sourceId = 'HAS_TOPIC+SUBTOPIC_OF', u.importedAt = $now
  RETURN count(u) AS derived
}
RETURN sum(derived) AS derived
