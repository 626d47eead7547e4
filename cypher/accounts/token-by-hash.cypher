// The live token a bearer secret names.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t {.id, .name, .role} AS token
