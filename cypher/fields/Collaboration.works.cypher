// fields/Collaboration.works: the works two co-authors share: _source (the profile's researcher) and
//   _this (the co-author), stubs left out.
// kind: pattern
// on: (_source:Researcher)-[_edge:COAUTHOR]-(_this:Researcher)
// params: none
// binds: _that (Paper)
MATCH (_source)-[:AUTHORED]->(_that:Paper)<-[:AUTHORED]-(_this)
WHERE coalesce(_that.stub, false) = false
