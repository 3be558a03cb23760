// constraints/fulltext_paper_text: full-text index over paper titles and abstracts for search; returns nothing.
// params: none
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]
