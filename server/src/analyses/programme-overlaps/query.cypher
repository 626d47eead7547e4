// Programme overlaps, "concurrence des dispositifs" (definitions v2). For two programmes P ≠ Q:
// score = J(barriers) × territory(P,Q) × public(P,Q). J = Jaccard index of their ADDRESSES
// barrier sets; territory = 1 when a scope territory of one overlaps a scope territory of the other
// (they share a leaf; scope = the programme's territories, or its operators' when it has none),
// else 0; public = 1 when they share a target public (BPI shares with BPI_IN_DNA and
// BPI_OUTSIDE_DNA), 0.5 when only one of them targets GENERAL_PUBLIC, else 0. A programme whose
// endDate is before $today is not compared. Pairs with score > 0 and ≥ $minScore, each once
// (a before b by name), highest score first, then by names and ids.
// Plan: overlapping scope territories are found without walking down to the communes: a scope
// territory s overlaps u when u holds s (PART_OF*0..) or when (s)-[:OVERLAPS]-(u) (the derived
// relationship kept by the import for territories that share communes without one holding the
// other). Rows (u, barrier) gather the programmes anchored at u (u is one of their scope
// territories) and those reaching u from below or across; pairs come from those buckets, so
// programmes that share no barrier or no territory are never compared.
// Focus: with $territoryId, only programmes whose scope overlaps T and pairs whose shared
// territories overlap T (the search starts from T: its leaves, then the territories holding them);
// with $programmeId, only that programme's pairs. An unknown id gives nothing.
// sharedTerritories: for each pair of overlapping scope territories, the one within the other, or,
// when neither holds the other, their common leaves.
// Paging: rows are ordered by key = [-score, a name, b name, a id, b id]; the page is the $limit
// rows (all when null) whose key is greater than $after (null: from the start), plus one to tell
// whether there is a next page; total = number of rows.
OPTIONAL MATCH (t:Territory {id: $territoryId})
OPTIONAL MATCH (fp:Programme {id: $programmeId})
// The focus: the territories holding a leaf of T, or of the programme's scope.
CALL (t, fp) {
  OPTIONAL MATCH (t)<-[:PART_OF*0..]-(c:Territory)
  WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) }
  RETURN c
  UNION
  CALL (fp) {
    MATCH (fp)-[:ACTIVE_IN]->(s:Territory) RETURN s
    UNION
    MATCH (fp)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) WHERE NOT EXISTS { (fp)-[:ACTIVE_IN]->(:Territory) } RETURN s
  }
  MATCH (s)<-[:PART_OF*0..]-(c:Territory)
  WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) }
  RETURN c
}
WITH t, fp, collect(DISTINCT c) AS leaves
CALL (leaves) {
  UNWIND leaves AS c
  MATCH (c)-[:PART_OF*0..]->(u:Territory)
  RETURN collect(DISTINCT u) AS focus
}
WITH t, fp, leaves, CASE WHEN $territoryId IS NULL AND $programmeId IS NULL THEN null ELSE focus END AS focus
// Candidate programmes: live, with barriers; all of them, or those anchored in the focus.
CALL (focus) {
  MATCH (p:Programme) WHERE focus IS NULL RETURN p
  UNION
  UNWIND focus AS u
  MATCH (u)<-[:ACTIVE_IN]-(p:Programme) RETURN p
  UNION
  UNWIND focus AS u
  MATCH (u)<-[:ACTIVE_IN]-(:Actor)-[:OPERATES]->(p:Programme) WHERE NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) } RETURN p
}
WITH t, fp, focus, p, COLLECT { MATCH (p)-[:ADDRESSES]->(z:Barrier) RETURN z.id } AS barriers
WHERE (p.endDate IS NULL OR p.endDate >= $today) AND size(barriers) > 0
WITH t, fp, focus, p, barriers, COLLECT { MATCH (p)-[:TARGETS]->(x:Public) RETURN x.id } AS publics
CALL (p) {
  MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s
  UNION
  MATCH (p)<-[:OPERATES]-(:Actor)-[:ACTIVE_IN]->(s:Territory) WHERE NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) } RETURN s
}
WITH t, fp, focus, s, collect([p, barriers, publics]) AS ps
// Where each scope territory reaches: itself (A), the territories holding it (U), those it overlaps (X).
CALL (s) {
  MATCH (s)-[:PART_OF*0..]->(u:Territory) RETURN DISTINCT u, CASE WHEN u = s THEN 'A' ELSE 'U' END AS how
  UNION
  MATCH (s)-[:OVERLAPS]-(u:Territory) RETURN u, 'X' AS how
}
UNWIND ps AS x
UNWIND x[1] AS b
WITH t, fp, focus, u, b, collect(CASE WHEN how = 'A' THEN x END) AS anchored, collect([x, s, how]) AS reaching
WHERE size(anchored) > 0
UNWIND anchored AS q
UNWIND reaching AS r
WITH t, fp, focus, q, r[0] AS p, r[1] AS s, r[2] AS how, u, b
WHERE q[0] <> p[0] AND (how <> 'A' OR elementId(p[0]) < elementId(q[0]))
  AND (fp IS NULL OR fp = p[0] OR fp = q[0])
// Each pair once, with its shared barriers and the overlapping scope territories that make it.
WITH t, focus, CASE WHEN elementId(p[0]) < elementId(q[0]) THEN [p, q] ELSE [q, p] END AS pair, b,
  CASE how WHEN 'A' THEN [u, null] WHEN 'U' THEN [s, null] ELSE [s, u] END AS where
WITH t, focus, pair, collect(DISTINCT b) AS sharedBarriers, collect(DISTINCT where) AS wheres
WITH t, focus, pair[0][0] AS a, pair[1][0] AS b, toFloat(size(sharedBarriers)) / (size(pair[0][1]) + size(pair[1][1]) - size(sharedBarriers)) AS jaccard,
  pair[0][2] AS pa, pair[1][2] AS pb, sharedBarriers, wheres
WITH t, focus, a, b, sharedBarriers, wheres, jaccard,
  [u IN pa WHERE u IN pb
     OR (u = 'BPI' AND any(v IN pb WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN pb)] AS sharedA,
  [u IN pb WHERE u IN pa
     OR (u = 'BPI' AND any(v IN pa WHERE v IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA']))
     OR (u IN ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'] AND 'BPI' IN pa)] AS sharedB,
  ('GENERAL_PUBLIC' IN pa) <> ('GENERAL_PUBLIC' IN pb) AS oneGeneral
WITH t, focus, a, b, sharedBarriers, wheres, jaccard, sharedA, sharedB,
  CASE WHEN size(sharedA) > 0 THEN 1.0 WHEN oneGeneral THEN 0.5 ELSE 0.0 END AS publicFactor
WITH t, focus, a, b, sharedBarriers, wheres, jaccard, sharedA, sharedB, publicFactor, jaccard * publicFactor AS score
WHERE score > 0 AND score >= $minScore
// With a territory: where they overlap (a scope territory within the other's, or the common
// leaves of two that cross) must overlap T.
WITH t, focus, a, b, sharedBarriers, wheres, jaccard, sharedA, sharedB, publicFactor, score
WHERE t IS NULL OR EXISTS {
  UNWIND wheres AS w
  WITH w[0] AS s, w[1] AS u
  WHERE (u IS NULL AND s IN focus)
    OR (u IS NOT NULL AND EXISTS {
      MATCH (s)<-[:PART_OF*0..]-(c:Territory)
      WHERE c IN focus AND NOT EXISTS { (:Territory)-[:PART_OF]->(c) } AND EXISTS { MATCH (c)-[:PART_OF*0..]->(y) WHERE y = u } })
  RETURN 1
}
// a before b by name.
WITH CASE WHEN a.name < b.name OR (a.name = b.name AND a.id < b.id) THEN [a, b, sharedA, sharedB] ELSE [b, a, sharedB, sharedA] END AS ab,
  sharedBarriers, jaccard, publicFactor, score, wheres
WITH ab[0] AS a, ab[1] AS b, ab[2] + [u IN ab[3] WHERE NOT u IN ab[2]] AS sharedPublics, sharedBarriers, jaccard, publicFactor, score, wheres
WITH [-score, a.name, b.name, a.id, b.id] AS key, [a, b, score, jaccard, publicFactor, sharedBarriers, sharedPublics, wheres] AS row
ORDER BY key
WITH collect([key, row]) AS rows
WITH size(rows) AS total, [r IN rows WHERE $after IS NULL OR r[0] > $after][0..coalesce($limit + 1, size(rows))] AS page
// The shared territories of the page's rows only: for each pair of overlapping scope
// territories, the one within the other, or the common leaves of two that cross.
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i][1] AS row, page[i][0] AS key
  CALL (row) {
    UNWIND row[7] AS w
    WITH w WHERE w[1] IS NULL
    RETURN w[0] AS x
    UNION
    UNWIND row[7] AS w
    WITH w WHERE w[1] IS NOT NULL
    WITH w[0] AS s, w[1] AS u
    MATCH (s)<-[:PART_OF*0..]-(c:Territory)
    WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) } AND EXISTS { MATCH (c)-[:PART_OF*0..]->(y) WHERE y = u }
    RETURN c AS x
  }
  WITH i, row, key, collect(DISTINCT [x.id, x.name, x.level]) AS shared
  ORDER BY i
  RETURN collect([row[0].id, row[0].name, row[1].id, row[1].name, row[2], row[3], row[4], row[5], row[6], shared, key]) AS rows
}
RETURN total, rows AS page
