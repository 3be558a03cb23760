// bench/profile_researchers: the researcher with the most works and a typical one (the median count), stub papers left out.
// params: none
// returns: one row {hub: {id, works}, typical: {id, works}, researchers: how many have a work}; ties go to the smaller id.
MATCH (r:Researcher)
WITH r.id AS id, COUNT { (r)-[:AUTHORED]->(p:Paper) WHERE coalesce(p.stub, false) = false } AS works
WHERE works > 0
WITH id, works ORDER BY works DESC, id
WITH collect({id: id, works: works}) AS ranked
RETURN ranked[0] AS hub, ranked[size(ranked) / 2] AS typical, size(ranked) AS researchers
