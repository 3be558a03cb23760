// reference/paper_venue: the venue a paper was published in (the smallest id if there are several).
// params: $id
// returns: at most one row {props: the venue's properties}.
MATCH (:Paper {id: $id})-[:PUBLISHED_IN]->(v:Venue)
RETURN properties(v) AS props
ORDER BY v.id
LIMIT 1
