// Deletes the stored information-gap pairs of the actors $ids, or every one when $ids is null.
CALL () {
  MATCH (x:GapPair) WHERE $ids IS NULL RETURN x
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (x:GapPair {a: id}) RETURN x
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (x:GapPair {b: id}) RETURN x
}
DELETE x
