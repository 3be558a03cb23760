// testing/fulltext_indexes: the database's full-text indexes.
// params: none
// returns: one row per index {name, state, labels, properties}.
SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties
RETURN name, state, labelsOrTypes AS labels, properties
