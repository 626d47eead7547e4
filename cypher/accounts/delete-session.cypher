// Sign-out: the session ends on the server too.
MATCH (s:Session {hash: $hash})
DETACH DELETE s
