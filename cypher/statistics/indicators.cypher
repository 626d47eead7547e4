// The indicators present, with how many figures and territories each has, and their latest year.
MATCH (s:Statistic)-[:ABOUT]->(t:Territory)
RETURN s.indicator AS indicator, count(s) AS figures, count(DISTINCT t) AS territories, max(s.year) AS latestYear,
  collect(DISTINCT t.level) AS levels
ORDER BY indicator
