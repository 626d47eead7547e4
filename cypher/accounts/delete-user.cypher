// Removes an account and its sessions.
MATCH (u:User {id: $id})
OPTIONAL MATCH (s:Session)-[:OF]->(u)
DETACH DELETE s, u
RETURN count(*) AS deleted
