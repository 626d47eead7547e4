// No Docker engine runs in CI: check the compose file's structure as far as we can.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with a health check and a volume', () => {
    const neo = compose.services.neo4j;
    expect(neo.image).toBe('neo4j:5.26-community');
    expect(neo.healthcheck.test).toBeDefined();
    expect(neo.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    for (const p of neo.ports) expect(p).toMatch(/^127\.0\.0\.1:/);
  });

  it('builds the app from this repository and points it at that Neo4j once healthy', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('neo4j://neo4j:7687');
    expect(app.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace('neo4j/', ''));
    expect(app.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  it('the Dockerfile starts the same entry point as npm start', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.start).toMatch(/node dist\/app\/server\/src\/main\.js$/);
    expect(dockerfile).toContain('CMD ["node", "dist/app/server/src/main.js"]');
    expect(dockerfile).toContain('npm run build:server');
    // Production runs compiled JavaScript: no TypeScript loader among the dependencies.
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
  });
});
