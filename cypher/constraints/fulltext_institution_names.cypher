// constraints/fulltext_institution_names: full-text index over institution names (search and typeahead); returns nothing.
// params: none
CREATE FULLTEXT INDEX institution_names IF NOT EXISTS FOR (n:Institution) ON EACH [n.name]
