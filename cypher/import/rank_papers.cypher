// import/rank_papers: keeps the order keys (`rank`) of the papers' edges that API lists page through, newest
//   first: `<anchor id>$sep<year key>$sep<paper id>` (graphdb/order_keys.py), where the year key is
//   10000 - year padded to 5 digits (so a later year sorts first) and '99999' for an unknown year (last).
//   The anchor is the node whose list it is: the researcher (AUTHORED), the topic (HAS_TOPIC), the venue
//   (PUBLISHED_IN), the cited paper (CITES, keyed by the citing paper's year), the topic or ancestor topic
//   (UNDER_TOPIC, derived by import/link_under_topics). Writes only keys that differ, so running it again
//   changes nothing.
// params: $ids, $sep
// returns: one row {ranked: edges whose key was written}.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
WITH p, CASE WHEN p.year IS NULL THEN '99999' ELSE right('00000' + toString(10000 - p.year), 5) END AS yearKey
CALL (p, yearKey) {
  MATCH (r:Researcher)-[w:AUTHORED]->(p)
  WITH w, r.id + $sep + yearKey + $sep + p.id AS key
  WHERE w.rank IS NULL OR w.rank <> key
  SET w.rank = key
  RETURN count(w) AS authored
}
CALL (p, yearKey) {
  MATCH (p)-[h:HAS_TOPIC]->(t:Topic)
  WITH h, t.id + $sep + yearKey + $sep + p.id AS key
  WHERE h.rank IS NULL OR h.rank <> key
  SET h.rank = key
  RETURN count(h) AS topics
}
CALL (p, yearKey) {
  MATCH (p)-[u:UNDER_TOPIC]->(t:Topic)
  WITH u, t.id + $sep + yearKey + $sep + p.id AS key
  WHERE u.rank IS NULL OR u.rank <> key
  SET u.rank = key
  RETURN count(u) AS under
}
CALL (p, yearKey) {
  MATCH (p)-[e:PUBLISHED_IN]->(v:Venue)
  WITH e, v.id + $sep + yearKey + $sep + p.id AS key
  WHERE e.rank IS NULL OR e.rank <> key
  SET e.rank = key
  RETURN count(e) AS venues
}
CALL (p, yearKey) {
  MATCH (p)-[c:CITES]->(d:Paper)
  WITH c, d.id + $sep + yearKey + $sep + p.id AS key
  WHERE c.rank IS NULL OR c.rank <> key
  SET c.rank = key
  RETURN count(c) AS cites
}
RETURN sum(authored + topics + under + venues + cites) AS ranked
