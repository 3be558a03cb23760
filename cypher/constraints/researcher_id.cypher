// constraints/researcher_id: every Researcher has a distinct id (also backs lookups by id with an index); returns nothing.
// params: none
CREATE CONSTRAINT researcher_id_unique IF NOT EXISTS FOR (n:Researcher) REQUIRE n.id IS UNIQUE
