// reference/researcher_collaborators: a researcher's co-authors over COAUTHOR edges (either direction),
//   most shared works first, then latest shared year (unknown last), then the co-author's id.
// params: $id, $first
// returns: one row per co-author {edge: the COAUTHOR edge's properties, far: the co-author's properties}.
MATCH (:Researcher {id: $id})-[c:COAUTHOR]-(o:Researcher)
RETURN properties(c) AS edge, properties(o) AS far
ORDER BY c.works DESC, c.lastYear IS NULL, c.lastYear DESC, o.id
LIMIT $first
