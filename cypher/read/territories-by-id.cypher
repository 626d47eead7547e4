UNWIND $ids AS id
MATCH (t:Territory {id: id})
RETURN t {.id, .name, .level, .population, .lat, .lon} AS t
