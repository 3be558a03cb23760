// constraints/paper_id: every Paper has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT paper_id_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE
