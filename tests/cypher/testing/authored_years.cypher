// testing/authored_years: every AUTHORED edge as (researcher id, paper id, paper year).
// params: none
// returns: one row per edge {researcher, paper, year}.
MATCH (r:Researcher)-[:AUTHORED]->(p:Paper)
RETURN r.id AS researcher, p.id AS paper, p.year AS year
