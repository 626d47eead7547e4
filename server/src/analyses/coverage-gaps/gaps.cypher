// Coverage gaps, "zones blanches" (definitions v2), for the territories $territoryIds (of one level,
// a batch in the order of the answer, see territories.cypher) and the barriers $barrierIds (in the
// vocabulary's order). For a territory T and a barrier B: actorCount = the actors whose routes of B
// cover every leaf of T (FULL coverage); a leaf C of T is reached when some route of B whose scope
// holds C has a known distance to C of at most $maxKm; reachedShare = the share of T's leaves
// reached, weighted by population when every leaf has one, else one per leaf. (T, B) is a gap when
// reachedShare < 1. Routes: direct ((A)-[:ADDRESSES]->(B), scope = A's territories, service points
// = A's commune and sites, outreach = A's) and through each live programme P that A operates
// ((P)-[:ADDRESSES]->(B), scope = P's territories or A's, points = P's sites or A's points,
// outreach = P's); a programme whose endDate is before $today is no route. Distance: 0 for an
// outreach route, else to the nearest located service point (Neo4j's point.distance, haversine
// with R = 6378.14 km, scaled to R = 6371 km and rounded to 0.1 km); a leaf or a route without
// coordinates is never reached.
// Plan: from each T down to its leaves, up to the territories holding them (the anchors: a scope
// territory holds a leaf exactly when it is one of them), then the routes anchored there, grouped
// per anchor and barrier once; each leaf meets the groups of its anchors. The cost follows the
// batch, not the size of the cartography.
// Rows: one per gap, ordered by key = [BPI count unknown (1) or known (0), -BPI count, reachedShare,
// territory name, territory id, barrier index in $barrierIds], as [territory id, name, level,
// BPI count, barrier id, actorCount, reachedShare, leaves, leaves reached, weighted by population, key].
UNWIND $territoryIds AS tid
MATCH (t:Territory {id: tid})
CALL (t) {
  MATCH (t)<-[:PART_OF*0..]-(c:Territory)
  WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) }
  WITH DISTINCT c
  RETURN collect({c: c, here: CASE WHEN c.lat IS NULL OR c.lon IS NULL THEN null ELSE point({latitude: c.lat, longitude: c.lon}) END}) AS leaves
}
WITH t, leaves,
  COLLECT { MATCH (t)<-[:ABOUT]-(s:Statistic) WHERE s.indicator = 'BPI_COUNT' RETURN s.value ORDER BY coalesce(s.year, -1) DESC LIMIT 1 }[0] AS bpi
WITH collect({t: t, leaves: leaves, bpi: bpi}) AS ts
// Per leaf and barrier: the actors whose routes cover it, and whether one of them reaches it.
CALL (ts) {
  UNWIND ts AS x
  RETURN x.t AS t, x AS info, null AS found
  UNION ALL
  UNWIND ts AS x
  UNWIND x.leaves AS l
  WITH x.t AS t, l, l.c AS c
  MATCH (c)-[:PART_OF*0..]->(u:Territory)
  WHERE EXISTS { (u)<-[:ACTIVE_IN]-() }
  WITH DISTINCT t, l, u
  WITH u, collect({t: t, l: l}) AS below
  CALL (u) {
    // The routes anchored at u, each actor's and programme's barriers and points read once.
    CALL (u) {
      // Actors active at u: their direct route, and their routes through programmes without territory.
      MATCH (u)<-[:ACTIVE_IN]-(a:Actor)
      WITH a, COLLECT {
          MATCH (s:Territory {id: a.commune}) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN point({latitude: s.lat, longitude: s.lon}) AS q
          UNION
          MATCH (a)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN point({latitude: s.lat, longitude: s.lon}) AS q
        } AS points
      CALL (a, points) {
        RETURN COLLECT { MATCH (a)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds RETURN b.id } AS barriers, coalesce(a.outreach, false) AS outreach, points AS route
        UNION ALL
        MATCH (a)-[:OPERATES]->(p:Programme)
        WHERE (p.endDate IS NULL OR p.endDate >= $today) AND NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
        RETURN COLLECT { MATCH (p)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds RETURN b.id } AS barriers, coalesce(p.outreach, false) AS outreach,
          CASE WHEN EXISTS { (p)-[:HAS_SITE]->(:Territory) }
            THEN COLLECT { MATCH (p)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN DISTINCT point({latitude: s.lat, longitude: s.lon}) }
            ELSE points END AS route
      }
      RETURN a, barriers, outreach, route AS points
      UNION ALL
      // Programmes active at u, through each of their operators.
      MATCH (u)<-[:ACTIVE_IN]-(p:Programme)
      WHERE p.endDate IS NULL OR p.endDate >= $today
      WITH p, COLLECT { MATCH (p)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds RETURN b.id } AS barriers, coalesce(p.outreach, false) AS outreach
      WHERE size(barriers) > 0
      WITH p, barriers, outreach, EXISTS { (p)-[:HAS_SITE]->(:Territory) } AS sited,
        COLLECT { MATCH (p)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN DISTINCT point({latitude: s.lat, longitude: s.lon}) } AS own
      MATCH (p)<-[:OPERATES]-(a:Actor)
      RETURN a, barriers, outreach,
        CASE WHEN outreach OR sited THEN own
          ELSE COLLECT {
            MATCH (s:Territory {id: a.commune}) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN point({latitude: s.lat, longitude: s.lon}) AS q
            UNION
            MATCH (a)-[:HAS_SITE]->(s:Territory) WHERE s.lat IS NOT NULL AND s.lon IS NOT NULL RETURN point({latitude: s.lat, longitude: s.lon}) AS q
          } END AS points
    }
    WITH a, barriers, outreach, CASE WHEN outreach THEN [] ELSE points END AS points
    WHERE size(barriers) > 0
    UNWIND barriers AS b
    UNWIND CASE WHEN points = [] THEN [null] ELSE points END AS q
    WITH b, collect(DISTINCT a.id) AS actors, any(x IN collect(outreach) WHERE x) AS outreach, collect(DISTINCT q) AS points
    RETURN collect({b: b, actors: actors, outreach: outreach, points: points}) AS groups
  }
  UNWIND below AS x
  UNWIND groups AS g
  WITH x.t AS t, x.l AS l, g.b AS b, g.actors AS actors,
    g.outreach OR (x.l.here IS NOT NULL AND any(q IN g.points WHERE round(point.distance(x.l.here, q) / 6378140.0 * 6371.0, 1) <= $maxKm)) AS reached
  WITH t, l, b, collect(actors) AS lists, any(r IN collect(reached) WHERE r) AS reached
  WITH t, b, collect({c: l.c, lists: lists, reached: reached}) AS cells
  RETURN t, null AS info, {b: b, cells: cells} AS found
}
// Per territory, the barriers in order; barriers no route of which covers it are white zones.
WITH t, collect(info)[0] AS x, collect(found) AS mine
WITH t, x.bpi AS bpi, size(x.leaves) AS leafCount,
  all(l IN x.leaves WHERE l.c.population IS NOT NULL) AND reduce(s = 0, l IN x.leaves | s + coalesce(l.c.population, 0)) > 0 AS weighted,
  reduce(s = 0, l IN x.leaves | s + coalesce(l.c.population, 0)) AS population, mine
UNWIND range(0, size($barrierIds) - 1) AS i
WITH t, bpi, leafCount, weighted, population, i, coalesce([f IN mine WHERE f.b = $barrierIds[i]][0].cells, []) AS cells
WITH t, bpi, leafCount, weighted, i, cells, size([c IN cells WHERE c.reached]) AS reachedCount,
  CASE WHEN weighted THEN toFloat(reduce(s = 0, c IN cells | s + CASE WHEN c.reached THEN c.c.population ELSE 0 END)) / population
    ELSE toFloat(size([c IN cells WHERE c.reached])) / leafCount END AS reachedShare
WHERE reachedShare < 1
// FULL actors: in the covering actors of every leaf (only worked out for the gaps).
CALL (cells, leafCount) {
  UNWIND range(0, CASE WHEN size(cells) < leafCount THEN -1 ELSE size(cells) - 1 END) AS k
  UNWIND cells[k].lists AS list
  UNWIND list AS a
  WITH a, count(DISTINCT k) AS n
  WHERE n = leafCount
  RETURN count(a) AS actorCount
}
WITH [CASE WHEN bpi IS NULL THEN 1 ELSE 0 END, -coalesce(bpi, 0), reachedShare, t.name, t.id, i] AS key,
  [t.id, t.name, t.level, bpi, $barrierIds[i], actorCount, reachedShare, leafCount, reachedCount, weighted] AS gap
ORDER BY key
RETURN gap + [key] AS gap
