// The interchange JSON schema the validator uses: the project's copy of the shared contract.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTRACT_DIR } from '../vocabulary.js';

export const INTERCHANGE_SCHEMA_FILE = resolve(CONTRACT_DIR, 'interchange.schema.json');
export const interchangeSchema: Record<string, unknown> = JSON.parse(readFileSync(INTERCHANGE_SCHEMA_FILE, 'utf8'));
