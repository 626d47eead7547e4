// Writes the drafts of a regeneration. A new key is a DRAFT. An untouched draft (status DRAFT,
// never edited) takes the new draft whole; an accepted, discarded or edited one keeps its text and
// status, takes the new evidence only, and is flagged evidenceChanged when its hash differs (the
// flag stays until the consultant updates it) with the newly drafted text as proposedText.
UNWIND $drafts AS d
MERGE (r:Recommendation {key: d.key})
ON CREATE SET r.status = 'DRAFT', r.createdAt = datetime(), r.evidenceChanged = false
WITH r, d, r.evidenceHash IS NOT NULL AND r.evidenceHash <> d.evidenceHash AS changed, r.status = 'DRAFT' AND r.text IS NULL AS untouched
SET r.evidence = d.evidence, r.evidenceHash = d.evidenceHash, r.findingGone = false, r.regeneratedAt = datetime()
FOREACH (_ IN CASE WHEN untouched THEN [1] ELSE [] END |
  SET r += d.fields, r.evidenceChanged = false, r.proposedText = null
)
FOREACH (_ IN CASE WHEN NOT untouched AND changed THEN [1] ELSE [] END |
  SET r.evidenceChanged = true, r.proposedText = d.fields.draftText
)
RETURN count(r) AS written
