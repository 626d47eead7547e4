// Version: 1 when created, +1 on every write (SPEC "Editing").
// The document's version of a programme replaces the stored one, with its territories, barriers,
// domains, publics and sites (one HAS_SITE relationship to the commune per site, in document order).
UNWIND $rows AS r
MERGE (p:Programme {id: r.id})
WITH p, r, coalesce(p.version, 0) + 1 AS version
SET p = r.props, p.version = version
WITH p, r
OPTIONAL MATCH (p)-[old:ACTIVE_IN|ADDRESSES|COVERS|TARGETS|HAS_SITE]->()
DELETE old
WITH DISTINCT p, r
CALL (p, r) {
  UNWIND r.activeIn AS tid
  MATCH (t:Territory {id: tid})
  MERGE (p)-[:ACTIVE_IN]->(t)
}
CALL (p, r) {
  UNWIND r.addresses AS bid
  MATCH (b:Barrier {id: bid})
  MERGE (p)-[:ADDRESSES]->(b)
}
CALL (p, r) {
  UNWIND r.domains AS did
  MATCH (d:Domain {id: did})
  MERGE (p)-[:COVERS]->(d)
}
CALL (p, r) {
  UNWIND r.publics AS pid
  MATCH (pu:Public {id: pid})
  MERGE (p)-[:TARGETS]->(pu)
}
CALL (p, r) {
  UNWIND r.sites AS s
  MATCH (c:Territory {id: s.commune})
  CREATE (p)-[h:HAS_SITE]->(c)
  SET h = s.props
}
