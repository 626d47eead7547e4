// Programme overlaps, "concurrence des dispositifs" (definitions v1). For two programmes P ≠ Q:
// score = J(barriers) × territory(P,Q) × public(P,Q). J = Jaccard index of their ADDRESSES
// barrier sets; territory = 1 when a scope territory of one contains a scope territory of the
// other (scope = the programme's territories, or its operators' when it has none), else 0;
// public = 1 when they share a target public (BPI shares with BPI_IN_DNA and BPI_OUTSIDE_DNA),
// 0.5 when only one of them targets GENERAL_PUBLIC, else 0. Each pair once (a before b by
// name), score > 0 and ≥ $minScore, highest score first.
// Plan: each programme's barriers, publics and scope are read once; candidate pairs come
// from the territory rule (walking up PART_OF from each scope territory to the programmes
// whose scope holds that territory), so programmes far apart are never compared.
MATCH (p:Programme)
WITH p,
  COLLECT { MATCH (p)-[:ADDRESSES]->(z:Barrier) RETURN z.id } AS barriers,
  COLLECT { MATCH (p)-[:TARGETS]->(u:Public) RETURN u.id } AS publics,
  CASE WHEN EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
    THEN COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s }
    ELSE COLLECT { MATCH (p)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) RETURN DISTINCT s } END AS scope
WHERE size(barriers) > 0
UNWIND scope AS s
MATCH (s)-[:PART_OF*0..]->(x:Territory)
WITH x, collect(DISTINCT {p: p, barriers: barriers, publics: publics, scope: scope}) AS below
CALL (x) {
  CALL (x) {
    MATCH (x)<-[:ACTIVE_IN]-(q:Programme) RETURN q
    UNION
    MATCH (x)<-[:ACTIVE_IN]-(:Actor)-[:OPERATES]->(q:Programme)
    WHERE NOT EXISTS { (q)-[:ACTIVE_IN]->(:Territory) }
    RETURN q
  }
  WITH q, COLLECT { MATCH (q)-[:ADDRESSES]->(z:Barrier) RETURN z.id } AS barriers
  WHERE size(barriers) > 0
  RETURN {p: q, barriers: barriers,
    publics: COLLECT { MATCH (q)-[:TARGETS]->(u:Public) RETURN u.id },
    scope: CASE WHEN EXISTS { (q)-[:ACTIVE_IN]->(:Territory) }
      THEN COLLECT { MATCH (q)-[:ACTIVE_IN]->(s:Territory) RETURN s }
      ELSE COLLECT { MATCH (q)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) RETURN DISTINCT s } END} AS j
}
UNWIND below AS i
WITH i, j WHERE i.p <> j.p AND any(z IN i.barriers WHERE z IN j.barriers)
  AND ($programmeId IS NULL OR i.p.id = $programmeId OR j.p.id = $programmeId)
// Each pair once, a before b by name.
WITH CASE WHEN i.p.name < j.p.name OR (i.p.name = j.p.name AND i.p.id < j.p.id) THEN [i, j] ELSE [j, i] END AS pair
WITH DISTINCT pair[0] AS a, pair[1] AS b
WITH a, b, [z IN a.barriers WHERE z IN b.barriers] AS sharedBarriers
WITH a, b, sharedBarriers, toFloat(size(sharedBarriers)) / (size(a.barriers) + size(b.barriers) - size(sharedBarriers)) AS jaccard,
  [u IN a.publics WHERE u IN b.publics
     OR (u = 'BPI' AND any(v IN b.publics WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN b.publics)] AS sharedA,
  [u IN b.publics WHERE u IN a.publics
     OR (u = 'BPI' AND any(v IN a.publics WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN a.publics)] AS sharedB
WITH a, b, sharedBarriers, jaccard, sharedA + [u IN sharedB WHERE NOT u IN sharedA] AS sharedPublics,
  CASE WHEN size(sharedA) > 0 THEN 1.0
       WHEN ('GENERAL_PUBLIC' IN a.publics) <> ('GENERAL_PUBLIC' IN b.publics) THEN 0.5
       ELSE 0.0 END AS publicFactor
WITH a, b, sharedBarriers, jaccard, sharedPublics, publicFactor, jaccard * publicFactor AS score
WHERE score > 0 AND score >= $minScore
// Shared territories: each scope territory of one that lies within a scope territory of the other.
WITH a, b, sharedBarriers, jaccard, sharedPublics, publicFactor, score,
  [s IN a.scope WHERE EXISTS { MATCH (s)-[:PART_OF*0..]->(x:Territory) WHERE x IN b.scope }] AS withinA,
  [s IN b.scope WHERE EXISTS { MATCH (s)-[:PART_OF*0..]->(x:Territory) WHERE x IN a.scope }] AS withinB
WITH a, b, sharedBarriers, jaccard, sharedPublics, publicFactor, score, withinA + [s IN withinB WHERE NOT s IN withinA] AS shared
// Optional filter: the overlap concerns $territoryId (a shared territory contains it or lies within it).
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH a.p AS a, b.p AS b, sharedBarriers, jaccard, sharedPublics, publicFactor, score, shared, t
WHERE t IS NULL OR any(s IN shared WHERE EXISTS { (t)-[:PART_OF*0..]->(s) } OR EXISTS { (s)-[:PART_OF*0..]->(t) })
RETURN a {.*} AS a, b {.*} AS b, score, jaccard, publicFactor, sharedBarriers, sharedPublics,
  [s IN shared | s {.id, .name, .level, .population, .lat, .lon}] AS sharedTerritories
ORDER BY score DESC, a.name, b.name, a.id, b.id
LIMIT toInteger($limit)
