// bench/researcher_works: one researcher's works, stub papers left out (for a researcher named with --id).
// params: $id
// returns: one row {id, works}, or no row when there is no such researcher.
MATCH (r:Researcher {id: $id})
RETURN r.id AS id, COUNT { (r)-[:AUTHORED]->(p:Paper) WHERE coalesce(p.stub, false) = false } AS works
