// testing/wipe: deletes every node (only ever run on a database the test suite owns); one row {deleted}.
// params: none
MATCH (n)
DETACH DELETE n
RETURN count(*) AS deleted
