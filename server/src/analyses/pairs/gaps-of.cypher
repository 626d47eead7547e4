// The information gaps of the actors $ids over the whole country (every actor considered), as
// analyses/information-gaps/query.cypher defines them: co-involved through a common programme
// (one reason each; a programme with more than $largeProgramme participants does not make a pair
// by itself), a referral or a partnership (one reason each, whatever the direction), and no
// SHARES_INFO_WITH either way. One row per pair of x (an actor of $ids) and y; first = x before y
// by name, then id. A reason = [large, kind P/R/T, roles of x, roles of y, directions ('x': x → y,
// 'y': y → x), formal, programme id, programme name]. Oriented and coded by pairs/store.ts.
UNWIND $ids AS id
MATCH (x:Actor {id: id})
CALL (x) {
  MATCH (x)-[r:OPERATES|FUNDS|PRESCRIBES]->(p:Programme)<-[s:OPERATES|FUNDS|PRESCRIBES]-(y:Actor)
  WHERE y <> x
  WITH p, y, collect(DISTINCT type(r)) AS rolesX, collect(DISTINCT type(s)) AS rolesY
  RETURN y, [COUNT { MATCH (p)<-[:OPERATES|FUNDS|PRESCRIBES]-(z:Actor) RETURN DISTINCT z } > $largeProgramme, 'P', rolesX, rolesY, [], false, p.id, p.name] AS reason
  UNION ALL
  MATCH (x)-[r:REFERS_TO]-(y:Actor)
  WHERE y <> x
  WITH y, collect(CASE WHEN startNode(r) = x THEN 'x' ELSE 'y' END) AS directions, any(f IN collect(r.formal) WHERE f) AS formal
  RETURN y, [false, 'R', [], [], directions, formal, null, null] AS reason
  UNION ALL
  MATCH (x)-[r:PARTNERS_WITH]-(y:Actor)
  WHERE y <> x
  WITH y, collect(CASE WHEN startNode(r) = x THEN 'x' ELSE 'y' END) AS directions, any(f IN collect(r.formal) WHERE f) AS formal
  RETURN y, [false, 'T', [], [], directions, formal, null, null] AS reason
}
WITH x, y, collect(reason) AS reasons
WHERE any(r IN reasons WHERE NOT r[0]) AND NOT EXISTS { (x)-[:SHARES_INFO_WITH]-(y) }
RETURN x.id AS x, x.name AS xName, y.id AS y, y.name AS yName, x.name < y.name OR (x.name = y.name AND x.id < y.id) AS first, reasons
