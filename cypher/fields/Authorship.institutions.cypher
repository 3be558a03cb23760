// fields/Authorship.institutions: the institutions a paper gives for one author, from the ids kept on the
//   AUTHORED edge.
// kind: pattern
// on: (_this:Researcher)-[_edge:AUTHORED]->(:Paper)
// params: none
// binds: _that (Institution)
MATCH (_that:Institution)
WHERE _that.id IN coalesce(_edge.institutions, [])
