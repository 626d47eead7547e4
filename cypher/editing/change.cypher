// One change, and whether a later change touched any record it touched (then it cannot be undone).
MATCH (c:Change {id: $id})
RETURN c {.*} AS change,
  EXISTS {
    MATCH (c)-[:TOUCHED]->(:ChangeRecord)<-[:TOUCHED]-(later:Change)
    WHERE later.seq > c.seq
  } AS touchedSince
