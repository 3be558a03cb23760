// paper/authors_by_ids: batched; the authors of each paper id in byline order.
// params: $ids, $limit
// returns: one row per input id, key first: {id, authors: [{id, name, displayName, bio, orcid,
//   openToCollaborate}]}; an unknown id gets an empty list.
UNWIND $ids AS id
RETURN id, COLLECT {
  MATCH (a:Researcher)-[w:AUTHORED]->(:Paper {id: id})
  WITH a, w ORDER BY w.position, a.id
  LIMIT $limit
  RETURN a { .id, .name, .displayName, .bio, .orcid, .openToCollaborate }
} AS authors
