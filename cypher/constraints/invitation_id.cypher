// constraints/invitation_id: every Invitation has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT invitation_id_unique IF NOT EXISTS FOR (n:Invitation) REQUIRE n.id IS UNIQUE
