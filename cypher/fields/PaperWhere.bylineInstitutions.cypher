// fields/PaperWhere.bylineInstitutions: the institutions the paper itself gives for its authors (the ids kept
//   on its AUTHORED edges).
// kind: pattern
// on: (_this:Paper)
// params: none
// binds: _that (Institution)
MATCH (_this)<-[_byline:AUTHORED]-(:Researcher)
UNWIND coalesce(_byline.institutions, []) AS _institution
MATCH (_that:Institution {id: _institution})
