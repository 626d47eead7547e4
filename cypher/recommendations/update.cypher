// A consultant's review of one recommendation: its edited text (null keeps it, '' returns to the
// draft) and status (null keeps it). Reviewing clears evidenceChanged.
MATCH (r:Recommendation {key: $key})
SET r.text = CASE WHEN $text IS NULL THEN r.text WHEN $text = '' THEN null ELSE $text END,
  r.status = coalesce($status, r.status),
  r.evidenceChanged = false,
  r.updatedAt = datetime(),
  r.updatedBy = $by
RETURN r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), regeneratedAt: toString(r.regeneratedAt)} AS recommendation
