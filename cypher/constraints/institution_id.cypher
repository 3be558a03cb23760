// constraints/institution_id: every Institution has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT institution_id_unique IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE
