// Forgets every recommendation (tests start from none; a REPLACE import keeps them on purpose:
// the next regeneration flags those whose finding is gone).
MATCH (r:Recommendation)
DETACH DELETE r
