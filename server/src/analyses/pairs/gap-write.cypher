// Stores information-gap pairs: a before b by name, the strength and the reasons as in
// analyses/information-gaps/query (code, programme id, programme name; '' for none).
UNWIND $rows AS r
MERGE (x:GapPair {pair: r.a + '|' + r.b})
SET x.a = r.a, x.b = r.b, x.aName = r.aName, x.bName = r.bName, x.strength = r.strength, x.neg = -r.strength,
  x.reasons = r.reasons
