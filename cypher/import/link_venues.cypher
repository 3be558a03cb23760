// import/link_venues: PUBLISHED_IN, one venue per paper (a paper that already has another venue keeps it).
// params: $rows, $now
// rows: [{paper, venue, source, sourceId}] (graph ids)
// returns: one row {links: rows merged}.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (v:Venue {id: row.venue})
WITH row, p, v
WHERE NOT EXISTS { MATCH (p)-[:PUBLISHED_IN]->(other:Venue) WHERE other <> v }
MERGE (p)-[e:PUBLISHED_IN]->(v)
  ON CREATE SET e.source = row.source, e.sourceId = row.sourceId, e.importedAt = $now
RETURN count(e) AS links
