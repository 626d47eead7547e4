// CIR articulation (definitions v1). Over OPERATES, FUNDS, PRESCRIBES, PARTNERS_WITH, REFERS_TO
// and SHARES_INFO_WITH taken without direction (so through programme nodes too), an actor's
// distance to the CIR is the length of its shortest path to the programme `CIR`
// (1 = directly linked). Returns one row, in compact lists: the CIR; the linked actors
// (distance ≤ $maxHops) by distance then name, as [id, name, distance, path ids, path names,
// path links as [type, from, to]] (one shortest path, from the actor to CIR, both ends
// included); the other actors by name, as [id, name, distance or null when there is no path]. Optional filters: actors active in a territory that contains
// $territoryId or lies within it, actors of $actorKinds (paths may go through any actor).
// An unknown $territoryId gives no actor (the API then reports it).
MATCH (cir:Programme {id: 'CIR'})
OPTIONAL MATCH (t:Territory {id: $territoryId})
MATCH (a:Actor)
WHERE ($actorKinds IS NULL OR a.kind IN $actorKinds)
  AND ($territoryId IS NULL OR EXISTS { MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE EXISTS { (s)-[:PART_OF*0..]->(t) } OR EXISTS { (t)-[:PART_OF*0..]->(s) } })
OPTIONAL MATCH path = shortestPath((a)-[:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH*]-(cir))
WITH cir, a, length(path) AS distance, [n IN nodes(path) | n.id] AS ids, [n IN nodes(path) | n.name] AS names,
  [r IN relationships(path) | [type(r), startNode(r).id, endNode(r).id]] AS links
WITH cir, a, distance, ids, names, links, distance IS NOT NULL AND distance <= $maxHops AS linked
ORDER BY linked DESC, CASE WHEN linked THEN distance ELSE 0 END, a.name, a.id
RETURN cir {.*} AS cir,
  collect(CASE WHEN linked THEN [a.id, a.name, distance, ids, names, links] END) AS linked,
  collect(CASE WHEN NOT linked THEN [a.id, a.name, distance] END) AS unlinked
