// Territories, barriers, domains, publics and operators of a batch of programmes.
UNWIND $ids AS id
MATCH (p:Programme {id: id})
RETURN id,
  COLLECT { MATCH (p)-[:ACTIVE_IN]->(t:Territory) RETURN t {.id, .name, .level, .population, .lat, .lon} ORDER BY t.name } AS activeIn,
  COLLECT { MATCH (p)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id } AS addresses,
  COLLECT { MATCH (p)-[:COVERS]->(d:Domain) RETURN d.id ORDER BY d.id } AS domains,
  COLLECT { MATCH (p)-[:TARGETS]->(x:Public) RETURN x.id ORDER BY x.id } AS publics,
  COLLECT { MATCH (a:Actor)-[:OPERATES]->(p) RETURN a {.*} ORDER BY a.name } AS operators
