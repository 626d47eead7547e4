// Coverage gaps, the data to complete first: the actors with a route of one of $barrierIds whose
// scope overlaps $territoryId (every route without a territory) but whose distance to any commune is
// unknown — not outreach, and no located service point (direct route: the actor's commune and
// sites; programme route: the programme's sites, or the actor's points when it has none). Their
// routes never count as reaching anyone. Routes through a programme whose endDate is before $today
// do not count. An unknown territory gives nothing. One row per actor, by name: the actor and the
// barriers of its unlocated routes, in the vocabulary's order ($barrierIds).
OPTIONAL MATCH (t:Territory {id: $territoryId})
CALL (t) {
  OPTIONAL MATCH (t)<-[:PART_OF*0..]-(c:Territory)
  WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) }
  WITH DISTINCT c
  OPTIONAL MATCH (c)-[:PART_OF*0..]->(u:Territory)
  RETURN collect(DISTINCT u) AS focus
}
CALL (focus) {
  MATCH (a:Actor) WHERE $territoryId IS NULL RETURN a
  UNION
  UNWIND focus AS u
  MATCH (u)<-[:ACTIVE_IN]-(a:Actor) RETURN a
  UNION
  UNWIND focus AS u
  MATCH (u)<-[:ACTIVE_IN]-(:Programme)<-[:OPERATES]-(a:Actor) RETURN a
}
WITH DISTINCT a, focus,
  EXISTS { MATCH (s:Territory {id: a.commune}) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL }
    OR EXISTS { MATCH (a)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL } AS located
CALL (a, focus, located) {
  // its direct route, when it reaches the territory
  MATCH (a)-[:ADDRESSES]->(b:Barrier)
  WHERE b.id IN $barrierIds AND NOT located AND NOT coalesce(a.outreach, false)
    AND ($territoryId IS NULL OR EXISTS { MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE s IN focus })
  RETURN b.id AS barrier
  UNION
  // its routes through live programmes, when they reach the territory
  MATCH (a)-[:OPERATES]->(p:Programme)-[:ADDRESSES]->(b:Barrier)
  WHERE b.id IN $barrierIds AND (p.endDate IS NULL OR p.endDate >= $today) AND NOT coalesce(p.outreach, false)
    AND CASE WHEN EXISTS { (p)-[:HAS_SITE]->(:Territory) }
      THEN NOT EXISTS { MATCH (p)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL }
      ELSE NOT located END
    AND ($territoryId IS NULL
      OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(s:Territory) WHERE s IN focus }
      OR (NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) } AND EXISTS { MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE s IN focus }))
  RETURN b.id AS barrier
}
WITH a, collect(barrier) AS barriers
ORDER BY a.name, a.id
RETURN collect({actor: a {.*}, barriers: [b IN $barrierIds WHERE b IN barriers]}) AS actors
