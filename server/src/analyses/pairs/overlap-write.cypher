// Stores overlap pairs (rows of analyses/programme-overlaps/query computed with no score floor and
// no end-date filter): the end dates are copied so that the list drops ended programmes when read.
UNWIND $rows AS r
MATCH (a:Programme {id: r.a})
MATCH (b:Programme {id: r.b})
MERGE (x:OverlapPair {pair: r.a + '|' + r.b})
SET x.a = r.a, x.b = r.b, x.aName = a.name, x.bName = b.name, x.score = r.score, x.neg = -r.score,
  x.jaccard = r.jaccard, x.publicFactor = r.publicFactor, x.barriers = r.barriers, x.publics = r.publics,
  x.territories = r.territories, x.aEnd = a.endDate, x.bEnd = b.endDate
