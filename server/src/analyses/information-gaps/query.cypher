// Information-sharing gaps (definitions v2). Two actors are co-involved when they operate, fund or
// prescribe a common programme (each such programme is one reason), when one refers beneficiaries
// to the other (one reason, whichever the direction, however many links), or when they are
// partners (one reason, likewise). A co-involved pair with no SHARES_INFO_WITH in either direction
// is a gap; strength = number of reasons; strongest first, then names and ids; each pair once
// (a before b by name).
// Large programmes: a programme with more than $largeProgramme participants (actors that operate,
// fund or prescribe it, among the actors considered) does not make pairs by itself: it is
// summarised in one line (its participants, how many of them lack an exchange with another
// participant, how many pairs of them exchange nothing). It stays a reason of the pairs that
// are co-involved otherwise.
// Actors considered: all, or with $territoryId those active in a territory that overlaps T (the
// search starts from T: its leaves, then the territories holding them, then the actors active
// there). Optional filters: $actorId (its gaps), $minStrength. An unknown id gives nothing.
// Returns one row: total (number of gaps), page (see below) and large (the summaries, by name):
//   a gap = [a id, a name, b id, b name, then per reason: code, programme id, programme name, ..., key]
// where code = kind:rolesA:rolesB:directions:formal, kind P (common programme), R (referral) or T
// (partners); roles O (operates), F (funds), P (prescribes); directions a (a → b) and b (b → a);
// formal f. E.g. "P:OF:P::", "R:::ab:f". Decoded by query.ts.
// Paging: key = [-strength, a name, b name, a id, b id]; the page is the $limit gaps (all when null)
// whose key is greater than $after, plus one to tell whether there is a next page.
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
WITH collect(a) AS actors
WITH actors, CASE WHEN $territoryId IS NULL THEN null ELSE actors END AS inT
// Participants of each programme, among the actors considered; the large programmes summarised.
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES]->(p:Programme)
  WITH p, a, collect(type(r)) AS roles
  WITH p, collect([a, roles, a.name, a.id]) AS participants, collect(a) AS members
  WITH collect([p, participants]) AS programmes,
    collect(CASE WHEN size(members) > $largeProgramme THEN [p, members] END) AS big
  RETURN programmes,
    COLLECT {
      UNWIND big AS x
      WITH x[0] AS p, x[1] AS participants
      WHERE $actorId IS NULL OR any(y IN participants WHERE y.id = $actorId)
      UNWIND participants AS y
      WITH p, size(participants) AS k, COUNT { MATCH (y)-[:SHARES_INFO_WITH]-(z:Actor) WHERE z <> y AND z IN participants RETURN DISTINCT z } AS exchanges
      WITH p, k, exchanges, CASE WHEN exchanges < k - 1 THEN 1 ELSE 0 END AS lacking
      WITH p, k, sum(exchanges) AS ends, sum(lacking) AS without
      ORDER BY p.name, p.id
      RETURN [p.id, p.name, k, without, k * (k - 1) / 2 - ends / 2]
    } AS large
}
// The gaps, in one subquery so that there is one row even when there is none.
CALL (actors, inT, programmes) {
  // Co-involved pairs, each reason flagged when it is a large programme.
  CALL (actors, inT, programmes) {
    UNWIND programmes AS x
    WITH x[0] AS p, x[1] AS participants, size(x[1]) > $largeProgramme AS big
    UNWIND participants AS pa
    UNWIND participants AS pb
    WITH p, big, pa[0] AS a, pa[1] AS rolesA, pb[0] AS b, pb[1] AS rolesB
    WHERE (pa[2] < pb[2] OR (pa[2] = pb[2] AND pa[3] < pb[3]))
      AND ($actorId IS NULL OR pa[3] = $actorId OR pb[3] = $actorId)
    RETURN a, b, big, ['P:'
      + CASE WHEN 'OPERATES' IN rolesA THEN 'O' ELSE '' END + CASE WHEN 'FUNDS' IN rolesA THEN 'F' ELSE '' END + CASE WHEN 'PRESCRIBES' IN rolesA THEN 'P' ELSE '' END + ':'
      + CASE WHEN 'OPERATES' IN rolesB THEN 'O' ELSE '' END + CASE WHEN 'FUNDS' IN rolesB THEN 'F' ELSE '' END + CASE WHEN 'PRESCRIBES' IN rolesB THEN 'P' ELSE '' END + '::',
      p.id, p.name] AS reason
    UNION ALL
    UNWIND actors AS a
    MATCH (a)-[r:REFERS_TO]-(b:Actor)
    WHERE (a.name < b.name OR (a.name = b.name AND a.id < b.id)) AND (inT IS NULL OR b IN inT)
      AND ($actorId IS NULL OR a.id = $actorId OR b.id = $actorId)
    WITH a, b, collect(CASE WHEN startNode(r) = a THEN 'a' ELSE 'b' END) AS directions, any(x IN collect(r.formal) WHERE x) AS formal
    RETURN a, b, false AS big, ['R:::' + CASE WHEN 'a' IN directions THEN 'a' ELSE '' END + CASE WHEN 'b' IN directions THEN 'b' ELSE '' END
      + ':' + CASE WHEN formal THEN 'f' ELSE '' END, null, null] AS reason
    UNION ALL
    UNWIND actors AS a
    MATCH (a)-[r:PARTNERS_WITH]-(b:Actor)
    WHERE (a.name < b.name OR (a.name = b.name AND a.id < b.id)) AND (inT IS NULL OR b IN inT)
      AND ($actorId IS NULL OR a.id = $actorId OR b.id = $actorId)
    WITH a, b, collect(CASE WHEN startNode(r) = a THEN 'a' ELSE 'b' END) AS directions, any(x IN collect(r.formal) WHERE x) AS formal
    RETURN a, b, false AS big, ['T:::' + CASE WHEN 'a' IN directions THEN 'a' ELSE '' END + CASE WHEN 'b' IN directions THEN 'b' ELSE '' END
      + ':' + CASE WHEN formal THEN 'f' ELSE '' END, null, null] AS reason
  }
  WITH a, b, collect(reason) AS reasons, any(x IN collect(big) WHERE NOT x) AS otherwise
  WHERE otherwise AND size(reasons) >= $minStrength
  WITH a, b, reasons
  WHERE NOT EXISTS { (a)-[:SHARES_INFO_WITH]-(b) }
  WITH [-size(reasons), a.name, b.name, a.id, b.id] AS key, [a.id, a.name, b.id, b.name] + reduce(flat = [], r IN reasons | flat + r) AS gap
  ORDER BY key
  RETURN collect([key, gap]) AS gaps
}
RETURN size(gaps) AS total,
  [g IN [g IN gaps WHERE $after IS NULL OR g[0] > $after][0..coalesce($limit + 1, size(gaps))] | g[1] + [g[0]]] AS page,
  large
