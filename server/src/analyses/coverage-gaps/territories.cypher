// Coverage gaps, first step: the territories of level $level, in the order of the answer: BPI count
// (latest BPI_COUNT statistic) highest first, unknown last, then name and id. Rows [id, BPI count
// or null]. The API then computes the gaps of these territories in batches, in this order
// (gaps.cypher), so that a first page does not need the whole country.
// Within $territoryId: every territory of the level under it (walking down; an unknown id gives
// none). The whole level: the territories with a BPI count, found from the statistics, and those
// without one only when $unknown (they come last; a first page rarely needs them).
OPTIONAL MATCH (w:Territory {id: $territoryId})
CALL (w) {
  MATCH (w)<-[:PART_OF*0..]-(t:Territory)
  WHERE t.level = $level
  WITH DISTINCT t
  RETURN t, COLLECT { MATCH (t)<-[:ABOUT]-(s:Statistic) WHERE s.indicator = 'BPI_COUNT' RETURN s.value ORDER BY coalesce(s.year, -1) DESC LIMIT 1 }[0] AS bpi
  UNION
  WITH * WHERE $territoryId IS NULL
  MATCH (s:Statistic {indicator: 'BPI_COUNT'})-[:ABOUT]->(t:Territory)
  USING INDEX s:Statistic(indicator)
  WHERE t.level = $level
  WITH t, s ORDER BY coalesce(s.year, -1) DESC
  RETURN t, collect(s.value)[0] AS bpi
  UNION
  WITH * WHERE $territoryId IS NULL AND $unknown
  MATCH (t:Territory {level: $level})
  WHERE NOT EXISTS { (t)<-[:ABOUT]-(:Statistic {indicator: 'BPI_COUNT'}) }
  RETURN t, null AS bpi
}
WITH t, bpi
ORDER BY bpi IS NULL, bpi DESC, t.name, t.id
RETURN collect([t.id, bpi]) AS territories
