// A revoked token is kept (its name stays in the history) but no longer authenticates.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $at)
RETURN t {.id, .name, .role, .createdAt, .createdBy, .revokedAt} AS token
