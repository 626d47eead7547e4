// A consultant's review of one recommendation: its edited text (null keeps it, '' returns to the
// draft) and status (null keeps it). Reviewing clears evidenceChanged and
// proposedText; returning to the draft takes the proposed text when there is one.
MATCH (r:Recommendation {key: $key})
SET r.draftText = CASE WHEN $text = '' THEN coalesce(r.proposedText, r.draftText) ELSE r.draftText END,
  r.text = CASE WHEN $text IS NULL THEN r.text WHEN $text = '' THEN null ELSE $text END,
  r.proposedText = null,
  r.status = coalesce($status, r.status),
  r.evidenceChanged = false,
  r.updatedAt = datetime(),
  r.updatedBy = $by
RETURN r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), regeneratedAt: toString(r.regeneratedAt)} AS recommendation
