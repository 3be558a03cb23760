// testing/load_collections: the analyst-API fixture: papers, researchers, institutions, topics, venues and
//   citations with ids `t-c-...` (titles and names containing `Coll`), for tests/test_collections.py.
// params: $papers, $researchers, $institutions, $topics, $venues, $authored, $affiliations, $tagged, $published, $cites
// rows: $papers [{id, title, year, type}], $researchers [{id, name}], $institutions/$topics/$venues [{id, name}],
//   $authored [{researcher, paper, position, institutions}], $affiliations [{researcher, institution}],
//   $tagged [{paper, topic, score}], $published [{paper, venue}], $cites [{paper, cited}]
// returns: one row {done: true}.
CALL () {
  UNWIND $papers AS p
  MERGE (n:Paper {id: p.id}) SET n.title = p.title, n.year = p.year, n.type = p.type, n.source = 't-c'
}
CALL () {
  UNWIND $researchers AS r
  MERGE (n:Researcher {id: r.id}) SET n.name = r.name, n.source = 't-c'
}
CALL () {
  UNWIND $institutions AS i
  MERGE (n:Institution {id: i.id}) SET n.name = i.name, n.country = i.country, n.source = 't-c'
}
CALL () {
  UNWIND $topics AS t
  MERGE (n:Topic {id: t.id}) SET n.name = t.name, n.level = 'keyword', n.source = 't-c'
}
CALL () {
  UNWIND $venues AS v
  MERGE (n:Venue {id: v.id}) SET n.name = v.name, n.kind = 'journal', n.source = 't-c'
}
CALL () {
  UNWIND $authored AS a
  MATCH (r:Researcher {id: a.researcher}), (p:Paper {id: a.paper})
  MERGE (r)-[w:AUTHORED]->(p) SET w.position = a.position, w.institutions = a.institutions, w.source = 't-c'
}
CALL () {
  UNWIND $affiliations AS a
  MATCH (r:Researcher {id: a.researcher}), (i:Institution {id: a.institution})
  MERGE (r)-[x:AFFILIATED_WITH]->(i) SET x.source = 't-c'
}
CALL () {
  UNWIND $tagged AS t
  MATCH (p:Paper {id: t.paper}), (topic:Topic {id: t.topic})
  MERGE (p)-[h:HAS_TOPIC]->(topic) SET h.score = t.score, h.source = 't-c'
}
CALL () {
  UNWIND $published AS x
  MATCH (p:Paper {id: x.paper}), (v:Venue {id: x.venue})
  MERGE (p)-[e:PUBLISHED_IN]->(v) SET e.source = 't-c'
}
CALL () {
  UNWIND $cites AS c
  MATCH (p:Paper {id: c.paper}), (d:Paper {id: c.cited})
  MERGE (p)-[e:CITES]->(d) SET e.source = 't-c'
}
RETURN true AS done
