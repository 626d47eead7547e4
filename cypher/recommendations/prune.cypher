// After a regeneration: untouched drafts whose finding is gone are removed; accepted, discarded or
// edited ones are kept and flagged findingGone.
MATCH (r:Recommendation)
WHERE NOT r.key IN $keys
WITH r, r.status = 'DRAFT' AND r.text IS NULL AS untouched
FOREACH (_ IN CASE WHEN untouched THEN [] ELSE [1] END | SET r.findingGone = true)
WITH r, untouched
WHERE untouched
DETACH DELETE r
RETURN count(*) AS removed
