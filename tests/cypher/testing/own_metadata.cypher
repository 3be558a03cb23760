// testing/own_metadata: the metadata of the running transaction that executes this statement.
// params: $marker
// returns: one row per matching transaction {metaData}.
SHOW TRANSACTIONS YIELD metaData, currentQuery, parameters
WHERE parameters.marker = $marker
RETURN metaData
