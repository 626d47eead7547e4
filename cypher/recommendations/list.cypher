// Recommendations by status, domain and peripheral-barrier section, highest priority first.
MATCH (r:Recommendation)
WHERE ($status IS NULL OR r.status = $status)
  AND ($domainId IS NULL OR $domainId IN r.domainIds)
  AND ($barrierId IS NULL OR $barrierId IN r.barrierIds OR $barrierId IN r.peripheralIds)
RETURN r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), regeneratedAt: toString(r.regeneratedAt)} AS recommendation
ORDER BY r.priority DESC, r.title, r.key
