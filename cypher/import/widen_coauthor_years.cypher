// import/widen_coauthor_years: papers that existed without a year and were just given one widen the
//   firstYear/lastYear of the COAUTHOR pairs they join, so COAUTHOR keeps equalling what AUTHORED implies.
// params: $ids
// returns: one row {widened: pairs looked at}.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
WHERE p.year IS NOT NULL
MATCH (a:Researcher)-[:AUTHORED]->(p)<-[:AUTHORED]-(b:Researcher)
WHERE a.id < b.id
MATCH (a)-[c:COAUTHOR]->(b)
SET c.firstYear = CASE WHEN c.firstYear IS NULL OR p.year < c.firstYear THEN p.year ELSE c.firstYear END,
    c.lastYear = CASE WHEN c.lastYear IS NULL OR p.year > c.lastYear THEN p.year ELSE c.lastYear END
RETURN count(c) AS widened
