// Coverage gaps (definitions v1). For every territory T of level $level and every barrier B of
// $barrierIds (the vocabulary, in its order, or the caller's selection): the number of actors
// with FULL coverage of B in T, i.e. with a route (direct: the actor's territories; through a
// programme it operates: the programme's territories, or the actor's when it has none) whose
// scope has a territory containing T. Rows with 0 are gaps, ordered by the BPI count of T
// (latest BPI_COUNT statistic) when it exists, highest first, then the other territories by
// name. One row per territory with its gap barriers. Optional: only territories within $territoryId.
// Plan: the distinct (scope territory, barrier) facts are computed once, then pushed down
// PART_OF to the territories of the level, instead of looking up every (T, B) pair.
CALL () {
  CALL () {
    MATCH (:Actor)-[:ADDRESSES]->(b:Barrier)
    WITH DISTINCT b
    MATCH (a:Actor)-[:ADDRESSES]->(b), (a)-[:ACTIVE_IN]->(x:Territory)
    RETURN x, b
    UNION
    MATCH (:Actor)-[:OPERATES]->(p:Programme)-[:ACTIVE_IN]->(x:Territory)
    MATCH (p)-[:ADDRESSES]->(b:Barrier)
    RETURN x, b
    UNION
    MATCH (a:Actor)-[:OPERATES]->(p:Programme)-[:ADDRESSES]->(b:Barrier)
    WHERE NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
    MATCH (a)-[:ACTIVE_IN]->(x:Territory)
    RETURN x, b
  }
  WITH x, collect(b.id) AS barriers
  // Walk down from x (no label on t, so that the planner expands from x rather than
  // seeking every territory of the level and joining).
  MATCH (x)<-[:PART_OF*0..]-(t)
  WHERE t.level = $level
  RETURN t, barriers
  UNION ALL
  MATCH (t:Territory {level: $level})
  RETURN t, [] AS barriers
}
WITH t, collect(barriers) AS lists
WHERE $territoryId IS NULL OR EXISTS { MATCH (t)-[:PART_OF*0..]->(:Territory {id: $territoryId}) }
WITH t, reduce(acc = [], l IN lists | acc + l) AS covered
WITH t, [b IN $barrierIds WHERE NOT b IN covered] AS gaps
WHERE size(gaps) > 0
WITH t, gaps,
  COLLECT { MATCH (t)<-[:ABOUT]-(s) WHERE s.indicator = 'BPI_COUNT' RETURN s.value ORDER BY coalesce(s.year, -1) DESC LIMIT 1 }[0] AS bpiCount
RETURN t.id AS id, t.name AS name, t.level AS level, gaps, bpiCount
ORDER BY bpiCount IS NULL, bpiCount DESC, t.name, t.id
