// migrate/await_indexes: waits until every index is online, at most $seconds (CREATE returns at once and a
//   full-text index is populated in the background; a query on it before then fails); returns nothing.
// params: $seconds
CALL db.awaitIndexes($seconds)
