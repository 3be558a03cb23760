// constraints/index_topic_level: range index on Topic.level (filters topics by level); returns nothing.
// params: none
CREATE INDEX index_topic_level IF NOT EXISTS FOR (n:Topic) ON (n.level)
