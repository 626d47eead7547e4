// Information-sharing gaps (definitions v1). Two actors are co-involved when they operate,
// fund or prescribe a common programme (each such programme is one reason), when one refers
// beneficiaries to the other (one reason, whichever the direction, however many links), or
// when they are partners (one reason, likewise). A co-involved pair with no SHARES_INFO_WITH
// in either direction is a gap; strength = number of reasons; strongest first, then names.
// Each pair once (a before b by name). Optional filters: $actorId (gaps of one actor),
// $territoryId (both actors active in a territory that contains it or lies within it),
// $minStrength. An unknown $territoryId or $actorId gives nothing (the API then reports it).
// Returns one row with a flat list of strings per gap, the payload being large:
//   [a id, a name, b id, b name, then per reason: code, programme id, programme name]
// where code = kind:rolesA:rolesB:directions:formal, kind P (common programme), R (referral)
// or T (partners); roles O (operates), F (funds), P (prescribes); directions a (a → b) and
// b (b → a); formal f. E.g. "P:OF:P::", "R:::ab:f". Decoded by server/src/analysis/rows.ts.
// With $territoryId, only actors active in a territory that contains it or lies within it.
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH CASE WHEN $territoryId IS NULL THEN null ELSE COLLECT {
    MATCH (x:Actor)-[:ACTIVE_IN]->(s:Territory) WHERE EXISTS { (s)-[:PART_OF*0..]->(t) } OR EXISTS { (t)-[:PART_OF*0..]->(s) } RETURN DISTINCT x
  } END AS inT
WITH inT, coalesce(inT, COLLECT { MATCH (x:Actor) RETURN x }) AS starts
CALL (inT, starts) {
  UNWIND starts AS a
  MATCH (a)-[ra:OPERATES|FUNDS|PRESCRIBES]->(p:Programme)<-[rb:OPERATES|FUNDS|PRESCRIBES]-(b:Actor)
  WHERE (a.name < b.name OR (a.name = b.name AND a.id < b.id)) AND (inT IS NULL OR b IN inT)
  WITH a, b, p, collect(type(ra)) AS rolesA, collect(type(rb)) AS rolesB
  RETURN a, b, ['P:'
    + CASE WHEN 'OPERATES' IN rolesA THEN 'O' ELSE '' END + CASE WHEN 'FUNDS' IN rolesA THEN 'F' ELSE '' END + CASE WHEN 'PRESCRIBES' IN rolesA THEN 'P' ELSE '' END + ':'
    + CASE WHEN 'OPERATES' IN rolesB THEN 'O' ELSE '' END + CASE WHEN 'FUNDS' IN rolesB THEN 'F' ELSE '' END + CASE WHEN 'PRESCRIBES' IN rolesB THEN 'P' ELSE '' END + '::',
    p.id, p.name] AS reason
  UNION ALL
  UNWIND starts AS a
  MATCH (a)-[r:REFERS_TO]-(b:Actor)
  WHERE (a.name < b.name OR (a.name = b.name AND a.id < b.id)) AND (inT IS NULL OR b IN inT)
  WITH a, b, collect(CASE WHEN startNode(r) = a THEN 'A_TO_B' ELSE 'B_TO_A' END) AS directions, any(x IN collect(r.formal) WHERE x) AS formal
  RETURN a, b, ['R:::' + CASE WHEN 'A_TO_B' IN directions THEN 'a' ELSE '' END + CASE WHEN 'B_TO_A' IN directions THEN 'b' ELSE '' END
    + ':' + CASE WHEN formal THEN 'f' ELSE '' END, null, null] AS reason
  UNION ALL
  UNWIND starts AS a
  MATCH (a)-[r:PARTNERS_WITH]-(b:Actor)
  WHERE (a.name < b.name OR (a.name = b.name AND a.id < b.id)) AND (inT IS NULL OR b IN inT)
  WITH a, b, collect(CASE WHEN startNode(r) = a THEN 'A_TO_B' ELSE 'B_TO_A' END) AS directions, any(x IN collect(r.formal) WHERE x) AS formal
  RETURN a, b, ['T:::' + CASE WHEN 'A_TO_B' IN directions THEN 'a' ELSE '' END + CASE WHEN 'B_TO_A' IN directions THEN 'b' ELSE '' END
    + ':' + CASE WHEN formal THEN 'f' ELSE '' END, null, null] AS reason
}
WITH a, b, reason
WHERE $actorId IS NULL OR a.id = $actorId OR b.id = $actorId
WITH a, b, collect(reason) AS reasons
WHERE size(reasons) >= $minStrength AND NOT EXISTS { (a)-[:SHARES_INFO_WITH]-(b) }
ORDER BY size(reasons) DESC, a.name, b.name, a.id, b.id
LIMIT toInteger($limit)
RETURN collect([a.id, a.name, b.id, b.name] + reduce(flat = [], r IN reasons | flat + r)) AS gaps
