// constraints/fulltext_topic_names: full-text index over topic names (search and typeahead); returns nothing.
// params: none
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.name]
