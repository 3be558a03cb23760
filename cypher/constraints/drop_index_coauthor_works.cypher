// constraints/drop_index_coauthor_works: drops the range index on COAUTHOR.works that an earlier schema had. A
//   researcher's strongest co-authors are read by expanding from the researcher; with the index, Neo4j may
//   instead seek every pair with enough shared works in the whole graph and filter them. Returns nothing.
// params: none
DROP INDEX index_coauthor_works IF EXISTS
