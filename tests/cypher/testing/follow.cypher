// testing/follow: accounts (created as needed) follow a researcher; one row {follows}.
// params: $researcher, $rows
// rows: [{account, since}] (account ids; `since` a datetime)
MATCH (r:Researcher {id: $researcher})
UNWIND $rows AS row
MERGE (a:Account {id: row.account})
MERGE (a)-[f:FOLLOWS]->(r)
SET f.since = row.since
RETURN count(f) AS follows
