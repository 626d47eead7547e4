// The whole cartography, for the interchange export.
CALL () {
  MATCH (t:Territory)
  RETURN collect({props: properties(t), partOf: COLLECT { MATCH (t)-[:PART_OF]->(p:Territory) RETURN p.id ORDER BY p.id }}) AS territories
}
CALL () {
  MATCH (a:Actor)
  RETURN collect({
    props: properties(a),
    activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(t:Territory) RETURN t.id ORDER BY t.id },
    addresses: COLLECT { MATCH (a)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id },
    sites: COLLECT { MATCH (a)-[s:HAS_SITE]->(c:Territory) RETURN {commune: c.id, address: s.address, label: s.label, phone: s.phone, hours: s.hours} ORDER BY s.order }
  }) AS actors
}
CALL () {
  MATCH (p:Programme)
  RETURN collect({
    props: properties(p),
    activeIn: COLLECT { MATCH (p)-[:ACTIVE_IN]->(t:Territory) RETURN t.id ORDER BY t.id },
    addresses: COLLECT { MATCH (p)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id },
    domains: COLLECT { MATCH (p)-[:COVERS]->(d:Domain) RETURN d.id ORDER BY d.id },
    publics: COLLECT { MATCH (p)-[:TARGETS]->(x:Public) RETURN x.id ORDER BY x.id },
    sites: COLLECT { MATCH (p)-[s:HAS_SITE]->(c:Territory) RETURN {commune: c.id, address: s.address, label: s.label, phone: s.phone, hours: s.hours} ORDER BY s.order }
  }) AS programmes
}
CALL () {
  MATCH (a:Actor)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(b)
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS links
}
CALL () {
  MATCH (s:Statistic)
  RETURN collect(properties(s)) AS statistics
}
RETURN territories, actors, programmes, links, statistics
