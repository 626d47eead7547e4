// Barrier coverage (definitions v1). Actor A covers barrier $barrierId directly
// ((A)-[:ADDRESSES]->(B), scope = A's territories) or through a programme P it operates
// ((A)-[:OPERATES]->(P)-[:ADDRESSES]->(B), scope = P's territories, or A's when P has none).
// With $territoryId = T: a route is FULL when a scope territory contains T (T = S or
// T -[:PART_OF*]-> S), PARTIAL when none does but one lies within T; other routes do not count.
// Without T every route is FULL. One row per actor at its best scope, with the programmes
// (via) and whether its own direct coverage reach that scope, and the scope territories
// that give it, and its commune (for the contact details). Order: FULL first, then actor name.
// One row: the territory $territoryId (null when there is none with that id) and the actors.
MATCH (b:Barrier {id: $barrierId})
OPTIONAL MATCH (t:Territory {id: $territoryId})
CALL (b, t) {
  WITH b, t,
    COLLECT { MATCH (t)-[:PART_OF*0..]->(x:Territory) RETURN DISTINCT x.id } AS up,
    COLLECT { MATCH (y:Territory)-[:PART_OF*0..]->(t) RETURN DISTINCT y.id } AS down
  CALL (b) {
    MATCH (a:Actor)-[:ADDRESSES]->(b)
    RETURN a, null AS p
    UNION
    MATCH (a:Actor)-[:OPERATES]->(p:Programme)-[:ADDRESSES]->(b)
    RETURN a, p
  }
  WITH a, p, t, up, down
  WHERE $actorKinds IS NULL OR a.kind IN $actorKinds
  WITH a, p, t, up, down,
    CASE WHEN p IS NOT NULL AND EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
      THEN COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s {.id, .name, .level, .population, .lat, .lon} }
      ELSE COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Territory) RETURN s {.id, .name, .level, .population, .lat, .lon} }
    END AS scope
  WITH a, p, t, scope, [s IN scope WHERE s.id IN up] AS containing, [s IN scope WHERE s.id IN down] AS within
  WITH a, p,
    CASE WHEN t IS NULL OR size(containing) > 0 THEN 2 WHEN size(within) > 0 THEN 1 ELSE 0 END AS rank,
    CASE WHEN t IS NULL THEN scope WHEN size(containing) > 0 THEN containing ELSE within END AS reached
  WHERE rank > 0
  WITH a, collect({p: p, rank: rank, reached: reached}) AS routes, max(rank) AS best
  WITH a, best, [r IN routes WHERE r.rank = best] AS top
  ORDER BY best DESC, a.name, a.id
  RETURN collect({
    actor: a {.*},
    commune: COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c {.id, .name, .level, .population, .lat, .lon} }[0],
    scope: CASE best WHEN 2 THEN 'FULL' ELSE 'PARTIAL' END,
    direct: any(r IN top WHERE r.p IS NULL),
    via: COLLECT { UNWIND top AS r WITH r.p AS p WHERE p IS NOT NULL RETURN p {.*} ORDER BY p.name, p.id },
    territories: COLLECT { UNWIND top AS r UNWIND r.reached AS s WITH DISTINCT s RETURN s ORDER BY s.name, s.id }
  }) AS actors
}
RETURN t {.id, .name, .level, .population, .lat, .lon} AS territory, actors
