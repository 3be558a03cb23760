// import/link_coauthors: adds newly shared works to the co-authorship relation COAUTHOR, stored once per pair
//   from the smaller id to the larger: works (count of shared papers), firstYear, lastYear. Each row counts
//   papers whose second author edge was created in this same transaction, so the relation always equals
//   what the AUTHORED edges imply.
// params: $rows, $now
// rows: [{a, b, works, firstYear, lastYear}] with a < b (graph ids)
// returns: one row {pairs: rows applied}.
UNWIND $rows AS row
MATCH (a:Researcher {id: row.a})
MATCH (b:Researcher {id: row.b})
MERGE (a)-[c:COAUTHOR]->(b)
  ON CREATE SET c.works = 0, c.source = 'derived', c.sourceId = 'AUTHORED', c.importedAt = $now
SET c.works = c.works + row.works,
    c.firstYear = CASE WHEN row.firstYear IS NULL THEN c.firstYear
                       WHEN c.firstYear IS NULL OR row.firstYear < c.firstYear THEN row.firstYear
                       ELSE c.firstYear END,
    c.lastYear = CASE WHEN row.lastYear IS NULL THEN c.lastYear
                      WHEN c.lastYear IS NULL OR row.lastYear > c.lastYear THEN row.lastYear
                      ELSE c.lastYear END
RETURN count(c) AS pairs
