// Which of the given territory ids are not in the cartography (an export's view filter).
UNWIND $ids AS id
OPTIONAL MATCH (t:Territory {id: id})
WITH id, t
WHERE t IS NULL
RETURN collect(id) AS missing
