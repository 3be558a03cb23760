// import/rank_papers: keeps the order keys (`rank`) of the papers' edges that API lists page through, newest
//   first: `<anchor id>$sep<year key>$sep<paper id>` (graphdb/order_keys.py), where the year key is
//   10000 - year padded to 5 digits (so a later year sorts first) and '99999' for an unknown year (last).
//   The anchor is the node whose list it is: the researcher (AUTHORED), the topic (HAS_TOPIC), the venue
//   (PUBLISHED_IN), the cited paper (CITES, keyed by the citing paper's year), the topic or ancestor topic
//   (UNDER_TOPIC, derived by import/link_under_topics). AUTHORED, HAS_TOPIC, UNDER_TOPIC and PUBLISHED_IN also
//   keep `citedRank`, the same lists most cited first: `<anchor id>$sep<cited key>$sep<paper id>`, the cited key
//   999999999 - the paper's CITES in-degree padded to 9 digits. Writes only keys that differ, so running it
//   again changes nothing.
// params: $ids, $sep
// returns: one row {ranked: edges whose key was written}.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
WITH p, CASE WHEN p.year IS NULL THEN '99999' ELSE right('00000' + toString(10000 - p.year), 5) END AS yearKey,
     right('000000000' + toString(999999999 - COUNT { (p)<-[:CITES]-() }), 9) AS citedKey
CALL (p, yearKey, citedKey) {
  MATCH (r:Researcher)-[w:AUTHORED]->(p)
  WITH w, r.id + $sep + yearKey + $sep + p.id AS key, r.id + $sep + citedKey + $sep + p.id AS cited
  WHERE w.rank IS NULL OR w.rank <> key OR w.citedRank IS NULL OR w.citedRank <> cited
  SET w.rank = key, w.citedRank = cited
  RETURN count(w) AS authored
}
CALL (p, yearKey, citedKey) {
  MATCH (p)-[h:HAS_TOPIC]->(t:Topic)
  WITH h, t.id + $sep + yearKey + $sep + p.id AS key, t.id + $sep + citedKey + $sep + p.id AS cited
  WHERE h.rank IS NULL OR h.rank <> key OR h.citedRank IS NULL OR h.citedRank <> cited
  SET h.rank = key, h.citedRank = cited
  RETURN count(h) AS topics
}
CALL (p, yearKey, citedKey) {
  MATCH (p)-[u:UNDER_TOPIC]->(t:Topic)
  WITH u, t.id + $sep + yearKey + $sep + p.id AS key, t.id + $sep + citedKey + $sep + p.id AS cited
  WHERE u.rank IS NULL OR u.rank <> key OR u.citedRank IS NULL OR u.citedRank <> cited
  SET u.rank = key, u.citedRank = cited
  RETURN count(u) AS under
}
CALL (p, yearKey, citedKey) {
  MATCH (p)-[e:PUBLISHED_IN]->(v:Venue)
  WITH e, v.id + $sep + yearKey + $sep + p.id AS key, v.id + $sep + citedKey + $sep + p.id AS cited
  WHERE e.rank IS NULL OR e.rank <> key OR e.citedRank IS NULL OR e.citedRank <> cited
  SET e.rank = key, e.citedRank = cited
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
