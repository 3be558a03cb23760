// reference/paper_author_count: how many researchers authored a paper.
// params: $id
// returns: one row {authors}.
OPTIONAL MATCH (r:Researcher)-[:AUTHORED]->(:Paper {id: $id})
RETURN count(DISTINCT r) AS authors
