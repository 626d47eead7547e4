// The actors that address each barrier (directly or through a programme they operate), by name,
// at most $perBarrier of them.
UNWIND $barrierIds AS barrierId
MATCH (b:Barrier {id: barrierId})
WITH barrierId, COLLECT {
    MATCH (a:Actor)
    WHERE (a)-[:ADDRESSES]->(b) OR EXISTS { (a)-[:OPERATES]->(:Programme)-[:ADDRESSES]->(b) }
    RETURN {id: a.id, name: a.name} ORDER BY a.name, a.id
  } AS actors
RETURN barrierId, actors[0..toInteger($perBarrier)] AS actors
