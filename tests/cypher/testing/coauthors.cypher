// testing/coauthors: every COAUTHOR edge with its end-point ids and its works / year range.
// params: none
// returns: one row per edge {a, b, works, firstYear, lastYear}.
MATCH (a:Researcher)-[c:COAUTHOR]->(b:Researcher)
RETURN a.id AS a, b.id AS b, c.works AS works, c.firstYear AS firstYear, c.lastYear AS lastYear
