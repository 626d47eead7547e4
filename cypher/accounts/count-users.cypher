// Whether the first administrator still has to be created (SPEC: first start with no account).
MATCH (u:User)
RETURN count(u) AS users
