MATCH (p:Programme)
RETURN p {.*} AS p
ORDER BY p.name, p.id
