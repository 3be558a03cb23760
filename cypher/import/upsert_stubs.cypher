// import/upsert_stubs: resolves each cited work to the paper holding any of its persistent ids, or creates a
//   stub paper (`stub: true`, ids only) that the work's own record fills in when it is imported.
// params: $rows, $now
// rows: [{key, id, doi, pmid, arxivId, openalexId, source, sourceId}] (provenance: the citing record)
// returns: one row per input row {key, id}.
UNWIND $rows AS row
OPTIONAL MATCH (byDoi:Paper {doi: row.doi})
OPTIONAL MATCH (byPmid:Paper {pmid: row.pmid})
OPTIONAL MATCH (byArxiv:Paper {arxivId: row.arxivId})
OPTIONAL MATCH (byOpenalex:Paper {openalexId: row.openalexId})
WITH row, byDoi, byPmid, byArxiv, byOpenalex, coalesce(byDoi, byPmid, byArxiv, byOpenalex) AS found
MERGE (p:Paper {id: coalesce(found.id, row.id)})
  ON CREATE SET p.stub = true, p.source = row.source, p.sourceId = row.sourceId, p.importedAt = $now
SET p.doi = CASE WHEN byDoi IS NULL THEN coalesce(p.doi, row.doi) ELSE p.doi END,
    p.pmid = CASE WHEN byPmid IS NULL THEN coalesce(p.pmid, row.pmid) ELSE p.pmid END,
    p.arxivId = CASE WHEN byArxiv IS NULL THEN coalesce(p.arxivId, row.arxivId) ELSE p.arxivId END,
    p.openalexId = CASE WHEN byOpenalex IS NULL THEN coalesce(p.openalexId, row.openalexId) ELSE p.openalexId END
RETURN row.key AS key, p.id AS id
