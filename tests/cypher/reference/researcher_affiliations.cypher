// reference/researcher_affiliations: a researcher's affiliations, latest end year first, then latest start
//   year (unknown years last in both), then by institution id.
// params: $id, $first
// returns: one row per affiliation {edge: the relationship's properties, far: the institution's}.
MATCH (:Researcher {id: $id})-[a:AFFILIATED_WITH]->(i:Institution)
RETURN properties(a) AS edge, properties(i) AS far
ORDER BY a.endYear IS NULL, a.endYear DESC, a.startYear IS NULL, a.startYear DESC, i.id
LIMIT $first
