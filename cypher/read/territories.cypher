MATCH (t:Territory)
WHERE $level IS NULL OR t.level = $level
RETURN t {.id, .name, .level, .population, .lat, .lon} AS t
ORDER BY t.name, t.id
