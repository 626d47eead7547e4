// The secret that signs session cookies, generated once and shared by every app server.
MERGE (s:AppSecret {id: 'session'})
ON CREATE SET s.value = $candidate
RETURN s.value AS secret
