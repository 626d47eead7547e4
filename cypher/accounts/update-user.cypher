// Changes an account's role and/or password; a new password (or a lower role) ends its sessions.
MATCH (u:User {id: $id})
SET u.role = coalesce($role, u.role), u.passwordHash = coalesce($passwordHash, u.passwordHash), u.updatedAt = $at
WITH u
CALL (u) {
  MATCH (s:Session)-[:OF]->(u)
  WHERE $endSessions
  DETACH DELETE s
}
RETURN u {.id, .name, .role, .createdAt, .createdBy, .lastSignInAt} AS user
