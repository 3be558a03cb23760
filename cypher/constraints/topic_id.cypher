// constraints/topic_id: every Topic has a distinct id (also backs lookups by id with an index); returns nothing.
// params: none
CREATE CONSTRAINT topic_id_unique IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
