// Barrier coverage without a territory (definitions v2). B = $barrierId. Every actor with at least
// one route of B is listed: its direct route ((A)-[:ADDRESSES]->(B)) and one route through each
// live programme P it operates ((P)-[:ADDRESSES]->(B); a programme whose endDate is before $today
// is no route). Each actor is FULL with share 1; via = all its programme routes; direct = it has
// a direct route; territories = the scope territories of its routes (a programme's own, or the
// actor's when the programme has none). Same row shape as in-territory.cypher (no distances).
// One row; actors by name, then id.
MATCH (b:Barrier {id: $barrierId})
CALL (b) {
  CALL (b) {
    MATCH (a:Actor)-[:ADDRESSES]->(b)
    RETURN a, null AS p
    UNION
    MATCH (a:Actor)-[:OPERATES]->(p:Programme)-[:ADDRESSES]->(b)
    WHERE p.endDate IS NULL OR p.endDate >= $today
    RETURN a, p
  }
  WITH a, p
  WHERE $actorKinds IS NULL OR a.kind IN $actorKinds
  WITH a, collect(p) AS programmes, count(*) > size(collect(p)) AS direct
  ORDER BY a.name, a.id
  RETURN collect({
    actor: a {.*},
    commune: COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c {.id, .name, .level, .population, .lat, .lon} }[0],
    covered: 1,
    coveredPopulation: null,
    direct: direct,
    via: COLLECT { UNWIND programmes AS p RETURN p {.*} ORDER BY p.name, p.id },
    territories: COLLECT {
      UNWIND CASE WHEN direct THEN [null] ELSE [] END + programmes AS p
      CALL (a, p) {
        MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE p IS NULL OR NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) } RETURN s
        UNION
        MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s
      }
      WITH DISTINCT s
      RETURN s {.id, .name, .level, .population, .lat, .lon} ORDER BY s.name, s.id
    },
    nearest: null
  }) AS actors
}
RETURN null AS territory, 1 AS leafCount, null AS leafPopulation, true AS communes, actors
