// testing/load_orders: an institution whose members' names begin one another (`Fei Li`, `Fei Liu`, ...) and a
//   paper whose topics have scores and no scores, all with ids `t-o-...`, for the order tests. Idempotent.
// params: $members, $topics
// rows: $members [{id, name}], $topics [{id, name, score}]
// returns: one row {done: true}.
MERGE (inst:Institution {id: 't-o-inst'}) SET inst.name = 'Institute of Orders', inst.source = 't-o'
MERGE (paper:Paper {id: 't-o-paper'}) SET paper.title = 'A paper of many topics', paper.year = 2020,
    paper.source = 't-o'
WITH inst, paper
CALL (inst) {
  UNWIND $members AS m
  MERGE (r:Researcher {id: m.id}) SET r.name = m.name, r.source = 't-o'
  MERGE (r)-[a:AFFILIATED_WITH]->(inst) SET a.source = 't-o'
}
CALL (paper) {
  UNWIND $topics AS t
  MERGE (topic:Topic {id: t.id}) SET topic.name = t.name, topic.level = 'keyword', topic.source = 't-o'
  MERGE (paper)-[h:HAS_TOPIC]->(topic) SET h.score = t.score, h.source = 't-o'
}
RETURN true AS done
