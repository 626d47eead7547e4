// Statistics, filtered by territory (itself), level, indicator (exact or by prefix) and year.
MATCH (s:Statistic)-[:ABOUT]->(t:Territory)
WHERE ($territoryIds IS NULL OR t.id IN $territoryIds)
  AND ($level IS NULL OR t.level = $level)
  AND ($indicator IS NULL OR s.indicator = $indicator)
  AND ($prefix IS NULL OR s.indicator STARTS WITH $prefix)
  AND ($year IS NULL OR s.year = $year)
RETURN t.id AS territoryId, t.level AS level, s.indicator AS indicator, s.year AS year, s.value AS value, s.source AS source
ORDER BY t.id, s.indicator, s.year
