// Programme overlaps, "concurrence des dispositifs" (definitions v1). For two programmes P ≠ Q:
// score = J(barriers) × territory(P,Q) × public(P,Q). J = Jaccard index of their ADDRESSES
// barrier sets; territory = 1 when a scope territory of one contains a scope territory of the
// other (scope = the programme's territories, or its operators' when it has none), else 0;
// public = 1 when they share a target public (BPI shares with BPI_IN_DNA and BPI_OUTSIDE_DNA),
// 0.5 when only one of them targets GENERAL_PUBLIC, else 0. Each pair once (a before b by
// name), score > 0 and ≥ $minScore, highest score first.
// Plan: each programme is read once into info = [node, barriers, publics, scope]; candidate
// pairs come from the territory rule (walking up PART_OF from each scope territory x to the
// programmes whose scope holds x) and must share a barrier, so programmes far apart are never
// compared. Output: ids and names only (the API loads the rest when asked). An unknown
// $territoryId or $programmeId gives nothing (the API then reports it).
OPTIONAL MATCH (t:Territory {id: $territoryId})
MATCH (p:Programme)
WITH t, p,
  COLLECT { MATCH (p)-[:ADDRESSES]->(z:Barrier) RETURN z.id } AS barriers,
  COLLECT { MATCH (p)-[:TARGETS]->(u:Public) RETURN u.id } AS publics,
  CASE WHEN EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
    THEN COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s }
    ELSE COLLECT { MATCH (p)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) RETURN DISTINCT s } END AS scope
WHERE size(barriers) > 0
WITH t, [p, barriers, publics, scope] AS info
UNWIND info[3] AS s
// With $territoryId, a listed pair has a shared territory s related to it (containing it or
// within it), which is a scope territory of one of the two: start only from those.
WITH t, info, s WHERE $territoryId IS NULL OR EXISTS { (s)-[:PART_OF*0..]->(t) } OR EXISTS { (t)-[:PART_OF*0..]->(s) }
MATCH (s)-[:PART_OF*0..]->(x:Territory)
WITH t, x, collect(DISTINCT info) AS below
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
  RETURN [q, barriers,
    COLLECT { MATCH (q)-[:TARGETS]->(u:Public) RETURN u.id },
    CASE WHEN EXISTS { (q)-[:ACTIVE_IN]->(:Territory) }
      THEN COLLECT { MATCH (q)-[:ACTIVE_IN]->(s:Territory) RETURN s }
      ELSE COLLECT { MATCH (q)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) RETURN DISTINCT s } END] AS j
}
UNWIND below AS i
WITH i, j WHERE i[0] <> j[0] AND any(z IN i[1] WHERE z IN j[1])
  AND ($programmeId IS NULL OR i[0].id = $programmeId OR j[0].id = $programmeId)
// Each pair once: grouped by its two nodes in a fixed order.
WITH CASE WHEN elementId(i[0]) < elementId(j[0]) THEN [i, j] ELSE [j, i] END AS pair
WITH pair[0][0] AS pa, pair[1][0] AS pb, collect(pair)[0] AS pair
WITH pair[0] AS a, pair[1] AS b, [z IN pair[0][1] WHERE z IN pair[1][1]] AS sharedBarriers
WITH a, b, sharedBarriers, toFloat(size(sharedBarriers)) / (size(a[1]) + size(b[1]) - size(sharedBarriers)) AS jaccard,
  [u IN a[2] WHERE u IN b[2]
     OR (u = 'BPI' AND any(v IN b[2] WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN b[2])] AS sharedA,
  [u IN b[2] WHERE u IN a[2]
     OR (u = 'BPI' AND any(v IN a[2] WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN a[2])] AS sharedB
WITH a, b, sharedBarriers, jaccard, sharedA, sharedB,
  CASE WHEN size(sharedA) > 0 THEN 1.0
       WHEN ('GENERAL_PUBLIC' IN a[2]) <> ('GENERAL_PUBLIC' IN b[2]) THEN 0.5
       ELSE 0.0 END AS publicFactor
WITH a, b, sharedBarriers, jaccard, sharedA, sharedB, publicFactor, jaccard * publicFactor AS score
WHERE score > 0 AND score >= $minScore
// a before b by name.
WITH CASE WHEN a[0].name < b[0].name OR (a[0].name = b[0].name AND a[0].id < b[0].id) THEN [a, b, sharedA, sharedB] ELSE [b, a, sharedB, sharedA] END AS ab,
  sharedBarriers, jaccard, publicFactor, score
WITH ab[0] AS a, ab[1] AS b, sharedBarriers, jaccard, publicFactor, score, ab[2] + [u IN ab[3] WHERE NOT u IN ab[2]] AS sharedPublics
// Shared territories: each scope territory of one that lies within a scope territory of the other.
WITH a, b, sharedBarriers, jaccard, sharedPublics, publicFactor, score,
  [s IN a[3] WHERE EXISTS { MATCH (s)-[:PART_OF*0..]->(x:Territory) WHERE x IN b[3] }] AS withinA,
  [s IN b[3] WHERE EXISTS { MATCH (s)-[:PART_OF*0..]->(x:Territory) WHERE x IN a[3] }] AS withinB
WITH a[0] AS a, b[0] AS b, sharedBarriers, jaccard, sharedPublics, publicFactor, score, withinA + [s IN withinB WHERE NOT s IN withinA] AS shared
// Optional filter: the overlap concerns $territoryId (a shared territory contains it or lies within it).
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH a, b, sharedBarriers, jaccard, sharedPublics, publicFactor, score, shared, t
WHERE $territoryId IS NULL OR any(s IN shared WHERE EXISTS { (t)-[:PART_OF*0..]->(s) } OR EXISTS { (s)-[:PART_OF*0..]->(t) })
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, score, jaccard, publicFactor, sharedBarriers, sharedPublics,
  [s IN shared | [s.id, s.name, s.level]] AS sharedTerritories
ORDER BY score DESC, aName, bName, a, b
LIMIT toInteger($limit)
