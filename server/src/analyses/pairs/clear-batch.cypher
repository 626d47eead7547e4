// Deletes up to $batch stored pairs of each kind (a rebuild clears them in several transactions, so
// that a national cartography never needs them all in one transaction's memory).
CALL () {
  MATCH (x:OverlapPair) RETURN x LIMIT toInteger($batch)
  UNION
  MATCH (x:GapPair) RETURN x LIMIT toInteger($batch)
}
DELETE x
RETURN count(x) AS deleted
