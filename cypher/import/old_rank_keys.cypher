// import/old_rank_keys: whether the graph's order keys are in an older format (written before the separator
//   became $sep): one ranked edge of each keyed relationship type is read, through the rank indexes.
// params: $sep
// returns: one row {old: how many of the sampled keys lack the separator (0 when current or none exist)}.
CALL () {
  MATCH ()-[w:AUTHORED]->() WHERE w.rank IS NOT NULL RETURN w.rank AS rank LIMIT 1
  UNION ALL
  MATCH ()-[h:HAS_TOPIC]->() WHERE h.rank IS NOT NULL RETURN h.rank AS rank LIMIT 1
  UNION ALL
  MATCH ()-[u:UNDER_TOPIC]->() WHERE u.rank IS NOT NULL RETURN u.rank AS rank LIMIT 1
  UNION ALL
  MATCH ()-[e:PUBLISHED_IN]->() WHERE e.rank IS NOT NULL RETURN e.rank AS rank LIMIT 1
  UNION ALL
  MATCH ()-[c:CITES]->() WHERE c.rank IS NOT NULL RETURN c.rank AS rank LIMIT 1
  UNION ALL
  MATCH ()-[a:AFFILIATED_WITH]->() WHERE a.rank IS NOT NULL RETURN a.rank AS rank LIMIT 1
}
RETURN count(CASE WHEN NOT rank CONTAINS $sep THEN 1 END) AS old
