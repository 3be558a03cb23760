// import/identify_bylines: an identified author (ORCID or OpenAlex id) of a paper that existed identifies the
//   name-only researcher in the same byline slot (same paper, position and family name) by giving it that
//   id, unless another researcher holds it already; so two sources do not put one person twice on a byline.
// params: $rows, $now
// rows: [{paper, position, familyKey, orcid, openalexId}] (graph paper ids; one of orcid/openalexId set)
// returns: one row {identified: researchers that were given an id}.
UNWIND $rows AS row
MATCH (:Paper {id: row.paper})<-[:AUTHORED {position: row.position}]-(b:Researcher)
WHERE b.familyKey = row.familyKey AND b.orcid IS NULL AND b.openalexId IS NULL
  AND NOT EXISTS { MATCH (o:Researcher {orcid: row.orcid}) }
  AND NOT EXISTS { MATCH (o:Researcher {openalexId: row.openalexId}) }
WITH row, head(collect(b)) AS b
SET b.orcid = row.orcid, b.openalexId = row.openalexId, b.identifiedAt = $now
RETURN count(b) AS identified
