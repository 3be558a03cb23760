// import/rank_affiliations: keeps the order keys (`rank`) of the researchers' AFFILIATED_WITH edges, for an
//   institution's members by name: `<institution id>$sep<lower-cased name>$sep<researcher id>`
//   (graphdb/order_keys.py). Writes only keys that differ, so running it again changes nothing.
// params: $ids, $sep
// returns: one row {ranked: edges whose key was written}.
UNWIND $ids AS id
MATCH (r:Researcher {id: id})-[a:AFFILIATED_WITH]->(i:Institution)
WITH a, i.id + $sep + toLower(coalesce(r.name, '')) + $sep + r.id AS key
WHERE a.rank IS NULL OR a.rank <> key
SET a.rank = key
RETURN count(a) AS ranked
