// Territories, barriers, operated programmes and links of a batch of actors.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  COLLECT { MATCH (a)-[:ACTIVE_IN]->(t:Territory) RETURN t {.id, .name, .level, .population, .lat, .lon} ORDER BY t.name } AS activeIn,
  COLLECT { MATCH (a)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id } AS addresses,
  COLLECT { MATCH (a)-[:OPERATES]->(p:Programme) RETURN p {.*} ORDER BY p.name } AS programmes,
  COLLECT {
    MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(o)
    WHERE o:Actor OR o:Programme
    RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, formal: r.formal, note: r.note, sources: r.sources, updatedAt: r.updatedAt}
      ORDER BY type(r), startNode(r).id, endNode(r).id
  } AS links
