// Every API token (admin page), newest first, without hashes.
MATCH (t:ApiToken)
RETURN t {.id, .name, .role, .createdAt, .createdBy, .revokedAt} AS token
ORDER BY t.createdAt DESC
