// The document's version of an actor replaces the stored one, with its territories and barriers.
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a = r.props
WITH a, r
OPTIONAL MATCH (a)-[old:ACTIVE_IN|ADDRESSES]->()
DELETE old
WITH DISTINCT a, r
CALL (a, r) {
  UNWIND r.activeIn AS tid
  MATCH (t:Territory {id: tid})
  MERGE (a)-[:ACTIVE_IN]->(t)
}
CALL (a, r) {
  UNWIND r.addresses AS bid
  MATCH (b:Barrier {id: bid})
  MERGE (a)-[:ADDRESSES]->(b)
}
