// Imports every type file, then builds the schema.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './enums.js';
import './vocabulary.js';
import './territory.js';
import './link.js';
import './actor.js';
import './programme.js';
import './graph.js';
import './overview.js';
import './import.js';
import './editing.js';
import './site.js';
import './accounts.js';
import '../analyses/registry.js';
import '../statistics/field.js';
import '../statistics/map.js';
import '../recommendations/field.js';

export const schema = lexicographicSortSchema(builder.toSchema());
