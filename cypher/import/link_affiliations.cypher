// import/link_affiliations: AFFILIATED_WITH {startYear, endYear} from researchers to institutions; the years
//   widen to cover every year seen, so re-importing changes nothing.
// params: $rows, $now
// rows: [{researcher, institution, startYear, endYear, source, sourceId}] (graph ids; years may be null)
// returns: one row {links: rows merged}.
UNWIND $rows AS row
MATCH (r:Researcher {id: row.researcher})
MATCH (i:Institution {id: row.institution})
MERGE (r)-[a:AFFILIATED_WITH]->(i)
  ON CREATE SET a.source = row.source, a.sourceId = row.sourceId, a.importedAt = $now
SET a.startYear = CASE WHEN row.startYear IS NULL THEN a.startYear
                       WHEN a.startYear IS NULL OR row.startYear < a.startYear THEN row.startYear
                       ELSE a.startYear END,
    a.endYear = CASE WHEN row.endYear IS NULL THEN a.endYear
                     WHEN a.endYear IS NULL OR row.endYear > a.endYear THEN row.endYear
                     ELSE a.endYear END
RETURN count(a) AS links
