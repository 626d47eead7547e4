// Barrier coverage in a territory (definitions v2). T = $territoryId, B = $barrierId.
// Territories are compared as sets of leaves (territories nothing is PART_OF). Starts from T and
// walks down to its leaves, then up to every territory u that holds one of them (the anchors: a
// scope territory overlaps T exactly when it is one of them), then to the routes of B anchored
// there: direct ((A)-[:ADDRESSES]->(B), scope = A's territories) and through each live programme
// P that A operates ((P)-[:ADDRESSES]->(B), scope = P's territories, or A's when P has none; a
// programme whose endDate is before $today is no route). Its cost depends on T, not on the size
// of the cartography.
// Per actor: the leaves of T its routes cover; via = the programmes of its routes; direct = its
// direct route reaches T; territories = its scope territories that overlap T. When T is a commune,
// each route's distance to T: 0 when outreach (the programme's, or for the direct route the
// actor's, `outreach`), else to the nearest located service point (direct route: A's commune and
// sites; programme route: P's sites, or A's points when P has none); null when unknown.
// Distances: Neo4j's point.distance is the haversine formula with R = 6378.14 km; it is scaled to
// R = 6371 km, then rounded to 0.1 km.
// One row: the territory (null when no territory has that id); its leaf count; the population of
// its leaves (null when one lacks it); whether its leaves are communes; the actors, FULL first,
// then by share, name and id, each with the number and population of the leaves it covers.
MATCH (b:Barrier {id: $barrierId})
OPTIONAL MATCH (t:Territory {id: $territoryId})
CALL (t) {
  OPTIONAL MATCH (t)<-[:PART_OF*0..]-(c:Territory)
  WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) }
  WITH DISTINCT c
  RETURN collect(c) AS leaves
}
CALL (b, t, leaves) {
  UNWIND leaves AS c
  MATCH (c)-[:PART_OF*0..]->(u:Territory)
  WITH DISTINCT u, c
  WITH u, collect(c) AS below
  CALL (u, b) {
    MATCH (u)<-[:ACTIVE_IN]-(a:Actor)-[:ADDRESSES]->(b)
    RETURN a, null AS p
    UNION
    MATCH (u)<-[:ACTIVE_IN]-(p:Programme)-[:ADDRESSES]->(b)
    WHERE p.endDate IS NULL OR p.endDate >= $today
    MATCH (a:Actor)-[:OPERATES]->(p)
    RETURN a, p
    UNION
    MATCH (u)<-[:ACTIVE_IN]-(a:Actor)-[:OPERATES]->(p:Programme)-[:ADDRESSES]->(b)
    WHERE (p.endDate IS NULL OR p.endDate >= $today) AND NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
    RETURN a, p
  }
  WITH u, below, a, p
  WHERE $actorKinds IS NULL OR a.kind IN $actorKinds
  // Route distance to T (only when T is a commune).
  WITH u, below, a, p,
    CASE WHEN t.level <> 'COMMUNE' THEN null
      WHEN (p IS NULL AND a.outreach) OR (p IS NOT NULL AND p.outreach) THEN [0.0, null]
      WHEN t.lat IS NULL OR t.lon IS NULL THEN null
      ELSE COLLECT {
        WITH CASE WHEN p IS NOT NULL AND EXISTS { (p)-[:HAS_SITE]->(:Territory) } THEN p ELSE null END AS own
        CALL (own, a) {
          MATCH (own)-[:HAS_SITE]->(s:Territory) RETURN s
          UNION
          MATCH (s:Territory {id: a.commune}) WHERE own IS NULL RETURN s
          UNION
          MATCH (a)-[:HAS_SITE]->(s:Territory) WHERE own IS NULL RETURN s
        }
        WITH s WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL
        RETURN [round(point.distance(point({latitude: t.lat, longitude: t.lon}), point({latitude: s.lat, longitude: s.lon})) / 6378140.0 * 6371.0, 1), s.name] AS d
        ORDER BY d[0], d[1] LIMIT 1
      }[0]
    END AS distance
  WITH a, collect({p: p, u: u, below: below, distance: distance}) AS routes
  WITH a, routes, COLLECT { UNWIND routes AS r UNWIND r.below AS c RETURN DISTINCT c } AS covered
  WITH a, routes, size(covered) AS n, reduce(s = 0, c IN covered | s + coalesce(c.population, 0)) AS population
  ORDER BY n DESC, a.name, a.id
  RETURN collect({
    actor: a {.*},
    commune: COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c {.id, .name, .level, .population, .lat, .lon} }[0],
    covered: n,
    coveredPopulation: population,
    direct: any(r IN routes WHERE r.p IS NULL),
    via: COLLECT { UNWIND routes AS r WITH DISTINCT r.p AS p WHERE p IS NOT NULL RETURN p {.*} ORDER BY p.name, p.id },
    territories: COLLECT { UNWIND routes AS r WITH DISTINCT r.u AS s RETURN s {.id, .name, .level, .population, .lat, .lon} ORDER BY s.name, s.id },
    nearest: COLLECT { UNWIND routes AS r WITH r.distance AS d WHERE d IS NOT NULL RETURN d ORDER BY d[0], d[1] LIMIT 1 }[0]
  }) AS actors
}
RETURN t {.id, .name, .level, .population, .lat, .lon} AS territory,
  size(leaves) AS leafCount,
  CASE WHEN all(c IN leaves WHERE c.population IS NOT NULL) THEN reduce(s = 0, c IN leaves | s + c.population) END AS leafPopulation,
  all(c IN leaves WHERE c.level = 'COMMUNE') AS communes,
  actors
