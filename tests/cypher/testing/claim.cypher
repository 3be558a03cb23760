// testing/claim: an account (created as needed) with a verified ORCID claims a researcher record; one row {claims}.
// params: $researcher, $account, $orcid, $method, $at
MATCH (r:Researcher {id: $researcher})
MERGE (a:Account {id: $account})
SET a.verifiedOrcid = $orcid
MERGE (a)-[c:CLAIMED]->(r)
SET c.method = $method, c.at = $at
RETURN count(c) AS claims
