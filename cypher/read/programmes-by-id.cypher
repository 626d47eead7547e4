UNWIND $ids AS id
MATCH (p:Programme {id: id})
RETURN p {.*} AS p
