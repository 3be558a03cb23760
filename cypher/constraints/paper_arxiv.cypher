// constraints/paper_arxiv: every Paper has a distinct arxivId (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT paper_arxiv_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.arxivId IS UNIQUE
