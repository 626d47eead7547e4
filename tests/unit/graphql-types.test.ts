// The web's GraphQL types are generated from schema.graphql (gql.tada): the committed output
// must be what the generator makes of the committed schema. After an API change:
// `npm run schema:write && npm run graphql:types`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('web GraphQL types', () => {
  it('are current with schema.graphql', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agir-gql-'));
    try {
      const out = join(dir, 'graphql-env.d.ts');
      execFileSync(process.execPath, ['node_modules/gql.tada/bin/cli.js', 'generate-output', '-c', 'web/tsconfig.json', '-o', out], { stdio: 'pipe' });
      const committed = readFileSync('web/src/graphql-env.d.ts', 'utf8');
      expect(readFileSync(out, 'utf8') === committed, 'web/src/graphql-env.d.ts is stale: run `npm run graphql:types`').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
