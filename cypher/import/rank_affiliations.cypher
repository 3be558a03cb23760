// import/rank_affiliations: keeps the order keys (`rank`) of the researchers' AFFILIATED_WITH edges, for an
//   institution's members by name: `<institution id>|<lower-cased name>|<researcher id>`. Writes only keys
//   that differ, so running it again changes nothing.
// params: $ids
// returns: one row {ranked: edges whose key was written}.
UNWIND $ids AS id
MATCH (r:Researcher {id: id})-[a:AFFILIATED_WITH]->(i:Institution)
WITH a, i.id + '|' + toLower(coalesce(r.name, '')) + '|' + r.id AS key
WHERE a.rank IS NULL OR a.rank <> key
SET a.rank = key
RETURN count(a) AS ranked
