// Version: 1 when created, +1 on every write (SPEC "Editing").
// The document's version of an actor replaces the stored one, with its territories, barriers
// and sites (one HAS_SITE relationship to the commune per site, in document order).
UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
WITH a, r, coalesce(a.version, 0) + 1 AS version
SET a = r.props, a.version = version
WITH a, r
OPTIONAL MATCH (a)-[old:ACTIVE_IN|ADDRESSES|HAS_SITE]->()
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
CALL (a, r) {
  UNWIND r.sites AS s
  MATCH (c:Territory {id: s.commune})
  CREATE (a)-[h:HAS_SITE]->(c)
  SET h = s.props
}
