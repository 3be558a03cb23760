// import/counts: how many nodes of each label and relationships of each type the graph holds.
// params: none
// returns: one row {nodes: {label: count}, relationships: {type: count}, stubPapers: cited works not imported}.
RETURN {
  Researcher: COUNT { MATCH (:Researcher) },
  Paper: COUNT { MATCH (:Paper) },
  Venue: COUNT { MATCH (:Venue) },
  Topic: COUNT { MATCH (:Topic) },
  Institution: COUNT { MATCH (:Institution) },
  Account: COUNT { MATCH (:Account) },
  Invitation: COUNT { MATCH (:Invitation) }
} AS nodes, {
  AUTHORED: COUNT { MATCH ()-[:AUTHORED]->() },
  COAUTHOR: COUNT { MATCH ()-[:COAUTHOR]->() },
  PUBLISHED_IN: COUNT { MATCH ()-[:PUBLISHED_IN]->() },
  HAS_TOPIC: COUNT { MATCH ()-[:HAS_TOPIC]->() },
  SUBTOPIC_OF: COUNT { MATCH ()-[:SUBTOPIC_OF]->() },
  UNDER_TOPIC: COUNT { MATCH ()-[:UNDER_TOPIC]->() },
  CITES: COUNT { MATCH ()-[:CITES]->() },
  AFFILIATED_WITH: COUNT { MATCH ()-[:AFFILIATED_WITH]->() }
} AS relationships, COUNT { MATCH (p:Paper) WHERE p.stub } AS stubPapers
