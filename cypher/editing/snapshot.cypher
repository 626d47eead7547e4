// The stored state of the given records, in the rows of export/all.cypher (the interchange shape),
// with the versions of actors and programmes in their properties. Records that do not exist are
// simply absent from the result.
CALL () {
  UNWIND $territories AS id
  MATCH (t:Territory {id: id})
  RETURN collect({props: properties(t), partOf: COLLECT { MATCH (t)-[:PART_OF]->(p:Territory) RETURN p.id ORDER BY p.id }}) AS territories
}
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})
  RETURN collect({
    props: properties(a),
    activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(t:Territory) RETURN t.id ORDER BY t.id },
    addresses: COLLECT { MATCH (a)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id },
    sites: COLLECT { MATCH (a)-[s:HAS_SITE]->(c:Territory) RETURN {commune: c.id, address: s.address, label: s.label, phone: s.phone, hours: s.hours} ORDER BY s.order }
  }) AS actors
}
CALL () {
  UNWIND $programmes AS id
  MATCH (p:Programme {id: id})
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
  UNWIND $links AS l
  MATCH (a:Actor {id: l.from})-[r]->(b)
  WHERE b.id = l.to AND (b:Actor OR b:Programme) AND type(r) = l.type
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS links
}
CALL () {
  UNWIND $statistics AS k
  MATCH (s:Statistic {key: k})
  RETURN collect(properties(s)) AS statistics
}
RETURN territories, actors, programmes, links, statistics
