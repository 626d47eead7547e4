// Which of the given ids exist, per label (for argument validation).
RETURN
  [id IN $territories WHERE EXISTS { MATCH (:Territory {id: id}) }] AS territories,
  [id IN $actors WHERE EXISTS { MATCH (:Actor {id: id}) }] AS actors,
  [id IN $programmes WHERE EXISTS { MATCH (:Programme {id: id}) }] AS programmes
