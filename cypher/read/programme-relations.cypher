// The relations of a batch of programmes that a request asked for: $want lists some of activeIn,
// addresses, domains, publics, operators; the others come back empty without being read.
UNWIND $ids AS id
MATCH (p:Programme {id: id})
CALL (p) {
  WITH p WHERE 'activeIn' IN $want
  MATCH (p)-[:ACTIVE_IN]->(t:Territory)
  WITH t ORDER BY t.name
  RETURN collect(t {.id, .name, .level, .population, .lat, .lon}) AS activeIn
}
CALL (p) {
  WITH p WHERE 'addresses' IN $want
  MATCH (p)-[:ADDRESSES]->(b:Barrier)
  WITH b.id AS b ORDER BY b
  RETURN collect(b) AS addresses
}
CALL (p) {
  WITH p WHERE 'domains' IN $want
  MATCH (p)-[:COVERS]->(d:Domain)
  WITH d.id AS d ORDER BY d
  RETURN collect(d) AS domains
}
CALL (p) {
  WITH p WHERE 'publics' IN $want
  MATCH (p)-[:TARGETS]->(x:Public)
  WITH x.id AS x ORDER BY x
  RETURN collect(x) AS publics
}
CALL (p) {
  WITH p WHERE 'operators' IN $want
  MATCH (a:Actor)-[:OPERATES]->(p)
  WITH a ORDER BY a.name
  RETURN collect(a {.*}) AS operators
}
RETURN id, activeIn, addresses, domains, publics, operators
