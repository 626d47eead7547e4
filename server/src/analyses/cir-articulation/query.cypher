// CIR articulation (definitions v2). One breadth-first search outward from the programme `CIR`
// over OPERATES, FUNDS, PRESCRIBES, PARTNERS_WITH, REFERS_TO and SHARES_INFO_WITH taken without
// direction (through programme nodes too), level by level up to $maxHops (at most 6: the
// levels are written out below, each one a no-op past $maxHops or once nothing new is reached).
// A node's level is its distance to the CIR; one shortest path is kept per node (of the shortest
// paths, the one whose ids read from the CIR are smallest). Each level expands only the previous
// one: the nodes of the two levels before are dropped by grouping (in an undirected search a
// neighbour of level k is at level k - 1, k or k + 1), so each node and link is seen a few times.
// Actors at distance 1..$maxHops are linked; all other actors are unlinked (further, or no path).
// Optional filters on the actors listed (paths go through any node): active in a territory that
// overlaps $territoryId (the search for them starts from T: its leaves, the territories holding
// them, the actors active there), of $actorKinds. An unknown $territoryId gives no actor.
// One row (none without a CIR): the CIR; linked actors by distance then name, as [id, name,
// distance, path ids from the actor to CIR, their names, links as [type, from, to] in their
// stored direction]; unlinked actors by name, as [id, name].
MATCH (cir:Programme {id: 'CIR'})
WITH cir, [] AS before, [{n: cir, path: [cir.id], names: [cir.name], links: []}] AS frontier, [] AS found
// Level 1.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 1 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
// Level 2.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 2 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
// Level 3.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 3 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
// Level 4.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 4 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
// Level 5.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 5 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
// Level 6.
CALL (before, frontier) {
  WITH before, frontier WHERE size(frontier) > 0 AND 6 <= $maxHops
  CALL (before, frontier) {
    UNWIND before AS x RETURN x.n AS n, -1 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x RETURN x.n AS n, 0 AS lvl, null AS e
    UNION ALL
    UNWIND frontier AS x
    WITH x, x.n AS from
    MATCH (from)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
    RETURN m AS n, 1 AS lvl, {n: m, path: x.path + m.id, names: x.names + m.name, links: x.links + [[type(r), startNode(r).id, endNode(r).id]]} AS e
  }
  WITH n, min(lvl) AS lvl, min(e.path) AS best, collect(e) AS es
  WHERE lvl = 1
  RETURN collect([e IN es WHERE e.path = best][0]) AS next
}
WITH cir, frontier AS before, next AS frontier, found + [x IN frontier WHERE x.n:Actor] AS found
WITH cir, found + [x IN frontier WHERE x.n:Actor] AS found
// The actors listed: all, or those active in a territory that overlaps T. (Collected apart, so
// that the list of paths found never travels with each actor's row.)
CALL () {
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
  }
  WITH a
  WHERE $actorKinds IS NULL OR a.kind IN $actorKinds
  RETURN collect(a) AS listed
}
// Linked or not, by grouping the listed actors with the ones found (no search in lists).
CALL (found, listed) {
  CALL (found, listed) {
    UNWIND listed AS a RETURN a AS n, null AS x
    UNION ALL
    UNWIND found AS x RETURN x.n AS n, x AS x
  }
  WITH n, collect(x) AS xs, count(*) AS c
  WHERE c > size(xs)
  WITH n, xs[0] AS x
  ORDER BY x IS NULL, size(x.path), n.name, n.id
  RETURN collect(CASE WHEN x IS NOT NULL THEN [n.id, n.name, size(x.path) - 1, reverse(x.path), reverse(x.names), reverse(x.links)] END) AS linked,
    collect(CASE WHEN x IS NULL THEN [n.id, n.name] END) AS unlinked
}
RETURN cir {.*} AS cir, linked, unlinked
