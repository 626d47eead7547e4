// The relations of a batch of actors that a request asked for: $want lists some of activeIn,
// addresses, programmes, links; the others come back empty without being read (each subquery
// starts with its `WHERE … IN $want`, evaluated before any match).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  WITH a WHERE 'activeIn' IN $want
  MATCH (a)-[:ACTIVE_IN]->(t:Territory)
  WITH t ORDER BY t.name
  RETURN collect(t {.id, .name, .level, .population, .lat, .lon}) AS activeIn
}
CALL (a) {
  WITH a WHERE 'addresses' IN $want
  MATCH (a)-[:ADDRESSES]->(b:Barrier)
  WITH b.id AS b ORDER BY b
  RETURN collect(b) AS addresses
}
CALL (a) {
  WITH a WHERE 'programmes' IN $want
  MATCH (a)-[:OPERATES]->(p:Programme)
  WITH p ORDER BY p.name
  RETURN collect(p {.*}) AS programmes
}
CALL (a) {
  WITH a WHERE 'links' IN $want
  MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(o)
  WHERE o:Actor OR o:Programme
  WITH r ORDER BY type(r), startNode(r).id, endNode(r).id
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, formal: r.formal, note: r.note, sources: r.sources, updatedAt: r.updatedAt}) AS links
}
RETURN id, activeIn, addresses, programmes, links
