// reference/researcher_counts: the profile counts of a researcher: works (no stubs), following accounts,
//   distinct topics of those works, co-authors (COAUTHOR edges, either direction), co-authors sharing at
//   least 2 works.
// params: $id
// returns: at most one row {works, followers, topics, collaborators, closeCollaborators}.
MATCH (r:Researcher {id: $id})
RETURN
  COUNT { MATCH (r)-[:AUTHORED]->(p:Paper) WHERE coalesce(p.stub, false) = false RETURN DISTINCT p } AS works,
  COUNT { MATCH (a:Account)-[:FOLLOWS]->(r) RETURN DISTINCT a } AS followers,
  COUNT {
    MATCH (r)-[:AUTHORED]->(p:Paper)-[:HAS_TOPIC]->(t:Topic)
    WHERE coalesce(p.stub, false) = false
    RETURN DISTINCT t
  } AS topics,
  COUNT { MATCH (r)-[:COAUTHOR]-(o:Researcher) RETURN DISTINCT o } AS collaborators,
  COUNT { MATCH (r)-[c:COAUTHOR]-(o:Researcher) WHERE c.works >= 2 RETURN DISTINCT o } AS closeCollaborators
