// constraints/paper_id: every Paper has a distinct id (also backs lookups by id with an index); returns nothing.
// params: none
CREATE CONSTRAINT paper_id_unique IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE
