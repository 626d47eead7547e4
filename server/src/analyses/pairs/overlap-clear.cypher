// Deletes the stored overlap pairs of the programmes $ids, or every one when $ids is null.
CALL () {
  MATCH (x:OverlapPair) WHERE $ids IS NULL RETURN x
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (x:OverlapPair {a: id}) RETURN x
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (x:OverlapPair {b: id}) RETURN x
}
DELETE x
