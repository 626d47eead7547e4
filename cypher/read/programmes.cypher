// Every programme by name, with the relations the request asked for ($want: some of activeIn,
// addresses, domains, publics, operators; the others come back empty without being read — same
// subqueries as programme-relations.cypher), so that a list with its relations is one query.
// Only the properties the request selects are read and sent: $props for the programmes, $operatorProps
// for their operators (server-side lists of property names; rows are lists of values in that order).
MATCH (p:Programme)
WITH p ORDER BY p.name, p.id
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
  RETURN collect([k IN $operatorProps | a[k]]) AS operators
}
RETURN [k IN $props | p[k]] AS p, activeIn, addresses, domains, publics, operators
