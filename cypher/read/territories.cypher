MATCH (t:Territory)
WHERE ($level IS NULL OR t.level = $level)
  AND ($search IS NULL OR t.searchName CONTAINS $search OR t.id = $searchId)
RETURN t {.id, .name, .level, .population, .lat, .lon} AS t
ORDER BY t.name, t.id
