// constraints/index_topic_name: range index on Topic.name (topic lookups by name); returns nothing.
// params: none
CREATE INDEX index_topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name)
