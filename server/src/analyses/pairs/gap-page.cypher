// The national information gaps from the stored pairs (ADR 013): the rows, order, total and
// paging of analyses/information-gaps/query without a territory or an actor. A pair is listed
// when its strength ≥ $minStrength; key = [-strength, a name, b name, a id, b id]; the page is the
// $take first rows whose key is greater than $after; a reason's missing programme is ''.
CALL () {
  MATCH (x:GapPair)
  WHERE x.neg <= -$minStrength
  RETURN count(x) AS total
}
CALL () {
  MATCH (x:GapPair)
  WHERE x.neg <= -$minStrength AND ($after IS NULL OR [x.neg, x.aName, x.bName, x.a, x.b] > $after)
  WITH x
  ORDER BY x.neg, x.aName, x.bName, x.a, x.b
  LIMIT toInteger($take)
  RETURN collect([x.a, x.aName, x.b, x.bName] + x.reasons + [[x.neg, x.aName, x.bName, x.a, x.b]]) AS page
}
OPTIONAL MATCH (m:PairIndex {id: 'pairs'})
RETURN m.version AS version, total, page
