import { expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { openTestDb } from '../helpers/db.js';

it('dbg', async () => {
  const db = await openTestDb();
  const app = await testApp(db);
  const r = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: {
      query: 'mutation($d: JSON!){ importCartography(document: $d, mode: REPLACE) { ok problems { where message } } }',
      variables: { d: { format: 'agir-cartography', version: 1 } },
    },
  });
  console.log(r.statusCode, r.body.slice(0, 2000));
  const r2 = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: { query: '{ programmes { id } }' },
  });
  console.log(r2.statusCode, r2.body.slice(0, 2000));
  expect(1).toBe(1);
  await app.close();
  await db.close();
});
