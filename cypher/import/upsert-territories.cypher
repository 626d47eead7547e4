UNWIND $rows AS r
MERGE (t:Territory {id: r.id})
SET t = r.props
