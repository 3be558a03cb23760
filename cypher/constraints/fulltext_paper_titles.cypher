// constraints/fulltext_paper_titles: full-text index over paper titles (typeahead); returns nothing.
// params: none
CREATE FULLTEXT INDEX paper_titles IF NOT EXISTS FOR (n:Paper) ON EACH [n.title]
