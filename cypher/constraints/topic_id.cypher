// constraints/topic_id: every Topic has a distinct id (the index also backs lookups on it); returns nothing.
// params: none
CREATE CONSTRAINT topic_id_unique IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
