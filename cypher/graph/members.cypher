// The members of one territory group of the overview (level of detail): the actors whose commune
// lies in $groupId (or that have no commune and are active in a territory within it), the
// programmes active within it, and the programmes without territory operated by those actors.
// Walks down from the group, so its cost does not grow with the country. Returns the nodes
// as the graph view does, and every link that touches a member (the explorer keeps those
// whose two ends are drawn).
MATCH (g:Territory {id: $groupId})
CALL (g) {
  MATCH (c:Territory {level: 'COMMUNE'})-[:PART_OF*0..]->(g)
  WITH DISTINCT c
  MATCH (a:Actor {commune: c.id})
  RETURN a
  UNION
  MATCH (x:Territory)-[:PART_OF*0..]->(g)
  WITH DISTINCT x
  MATCH (a:Actor)-[:ACTIVE_IN]->(x)
  WHERE a.commune IS NULL
  RETURN a
}
WITH g, collect(DISTINCT a) AS actors
CALL (g, actors) {
  MATCH (x:Territory)-[:PART_OF*0..]->(g)
  WITH DISTINCT x
  MATCH (p:Programme)-[:ACTIVE_IN]->(x)
  RETURN p
  UNION
  UNWIND actors AS a
  MATCH (a)-[:OPERATES]->(p:Programme)
  WHERE NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
  RETURN p
}
WITH actors, collect(DISTINCT p) AS programmes
CALL (actors, programmes) {
  UNWIND actors + programmes AS m
  MATCH (m)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(o)
  WHERE o:Actor OR o:Programme
  WITH DISTINCT startNode(r) AS s, r, endNode(r) AS e
  RETURN collect({source: s.id, target: e.id, type: type(r), formal: r.formal}) AS links
}
RETURN
  [a IN actors | {id: a.id, label: a.name, type: 'Actor', kind: a.kind,
     lat: COALESCE(COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c.lat }[0], COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Territory) RETURN s.lat LIMIT 1 }[0]),
     lon: COALESCE(COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c.lon }[0], COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Territory) RETURN s.lon LIMIT 1 }[0])}]
  + [p IN programmes | {id: p.id, label: p.name, type: 'Programme', kind: p.kind,
     lat: COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s.lat LIMIT 1 }[0],
     lon: COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s.lon LIMIT 1 }[0]}] AS nodes,
  links AS edges
