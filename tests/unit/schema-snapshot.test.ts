// The committed schema.graphql is the served schema, so that API changes show in review.
// Regenerate it with `npm run schema:write`.
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/src/schema/index.js';

describe('schema.graphql', () => {
  it('matches the schema the server builds (run `npm run schema:write` after changing the API)', () => {
    const committed = readFileSync('schema.graphql', 'utf8');
    const built = `${printSchema(schema)}\n`;
    if (committed !== built) {
      const a = committed.split('\n');
      const b = built.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(`schema.graphql is out of date (first difference at line ${line + 1}: "${a[line] ?? ''}" vs "${b[line] ?? ''}"): run npm run schema:write`);
    }
    expect(committed).toContain('barrierCoverage(');
  });
});
