// import/link_citations: CITES edges from a paper to the works it references (never to itself).
// params: $rows, $now
// rows: [{paper, cited, source, sourceId}] (graph ids)
// returns: one row {links: rows merged}.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (q:Paper {id: row.cited})
WITH row, p, q
WHERE p <> q
MERGE (p)-[c:CITES]->(q)
  ON CREATE SET c.source = row.source, c.sourceId = row.sourceId, c.importedAt = $now
RETURN count(c) AS links
