// constraints/fulltext_researcher_names: full-text index over researcher names for search; returns nothing.
// params: none
CREATE FULLTEXT INDEX researcher_names IF NOT EXISTS FOR (n:Researcher) ON EACH [n.name, n.displayName]
