// The actors and programmes named by the analyses' findings: their barriers, territories and, for
// a programme, its operators.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (p:Programme {id: id})
WITH id, coalesce(a, p) AS n
WHERE n IS NOT NULL
RETURN id, n.name AS name,
  COLLECT { MATCH (n)-[:ADDRESSES]->(b:Barrier) RETURN b.id ORDER BY b.id } AS barriers,
  COLLECT { MATCH (n)-[:ACTIVE_IN]->(t:Territory) RETURN {id: t.id, name: t.name, level: t.level} ORDER BY t.name, t.id } AS territories,
  COLLECT { MATCH (o:Actor)-[:OPERATES]->(n) RETURN {id: o.id, name: o.name} ORDER BY o.name, o.id } AS operators
