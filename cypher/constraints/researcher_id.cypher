// constraints/researcher_id: every Researcher has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT researcher_id_unique IF NOT EXISTS FOR (n:Researcher) REQUIRE n.id IS UNIQUE
