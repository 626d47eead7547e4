// The national programme overlaps from the stored pairs (ADR 013): the rows, order, total and
// paging of analyses/programme-overlaps/query without a territory or a programme. A pair is
// listed when its score ≥ $minScore and neither programme ended before $today; key = [-score,
// a name, b name, a id, b id]; the page is the $take first rows whose key is greater than $after.
CALL () {
  MATCH (x:OverlapPair)
  WHERE x.neg <= -$minScore AND (x.aEnd IS NULL OR x.aEnd >= $today) AND (x.bEnd IS NULL OR x.bEnd >= $today)
  RETURN count(x) AS total
}
CALL () {
  MATCH (x:OverlapPair)
  WHERE x.neg <= -$minScore AND (x.aEnd IS NULL OR x.aEnd >= $today) AND (x.bEnd IS NULL OR x.bEnd >= $today)
    AND ($after IS NULL OR [x.neg, x.aName, x.bName, x.a, x.b] > $after)
  WITH x
  ORDER BY x.neg, x.aName, x.bName, x.a, x.b
  LIMIT toInteger($take)
  WITH x, COLLECT { UNWIND x.territories AS id MATCH (t:Territory {id: id}) RETURN [t.id, t.name, t.level] } AS shared
  RETURN collect([x.a, x.aName, x.b, x.bName, x.score, x.jaccard, x.publicFactor, x.barriers, x.publics, shared, [x.neg, x.aName, x.bName, x.a, x.b]]) AS page
}
OPTIONAL MATCH (m:PairIndex {id: 'pairs'})
RETURN m.version AS version, total, page
