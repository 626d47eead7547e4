// The served schema keeps the contract: every type, field, argument and enum value of
// contract/core.graphql (the project's copy, never edited) with compatible types.
// graphql-js findBreakingChanges(contract → served) must report nothing.
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, type GraphQLSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/src/schema/index.js';

const contract = buildSchema(readFileSync('contract/core.graphql', 'utf8'));

/** "Type.field(arg)" and "Enum.VALUE" names declared by a schema, without the built-ins. */
function members(s: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push(`${type.name}.${field.name}: ${String(field.type)}`);
        if ('args' in field) for (const arg of field.args) out.push(`${type.name}.${field.name}(${arg.name}: ${String(arg.type)})`);
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) out.push(`${type.name}.${v.name}`);
  }
  return out;
}

describe('the GraphQL contract', () => {
  it('the served schema has no breaking change from contract/core.graphql', () => {
    expect(findBreakingChanges(contract, schema).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('the check sees a missing field, argument or enum value and an incompatible type', () => {
    // The same check against a contract that asks for more than is served must fail.
    const stricter = buildSchema(
      `${readFileSync('contract/core.graphql', 'utf8')}
       extend type Actor { shoeSize: Int }
       extend enum CoverageScope { NONE }
       extend type Query { somethingElse(id: ID!): Int }`,
    );
    const changed = findBreakingChanges(stricter, schema).map((c) => c.description);
    expect(changed).toEqual(
      expect.arrayContaining(['Actor.shoeSize was removed.', 'NONE was removed from enum type CoverageScope.', 'Query.somethingElse was removed.']),
    );
    const wrongType = buildSchema(readFileSync('contract/core.graphql', 'utf8').replace('strength: Int!', 'strength: String!'));
    expect(findBreakingChanges(wrongType, schema).map((c) => c.description)).toEqual(['InformationGap.strength changed type from String! to Int!.']);
  });

  it('every member of the contract is served (the check above, spelled out for the analyses)', () => {
    const served = new Set(members(schema).map((m) => m.replace(/: .*$/, '')));
    const wanted = members(contract)
      .map((m) => m.replace(/: .*$/, ''))
      .filter((m) =>
        /^(Query\.(barrierCoverage|programmeOverlaps|informationGaps|cirArticulation|coverageGaps)|CoveringActor|BarrierCoverage|ProgrammeOverlap|InformationGap|CirLinkedActor|CirArticulation|CoverageGap|CoverageScope)/.test(
          m,
        ),
      );
    expect(wanted.length).toBeGreaterThan(30);
    expect(wanted.filter((m) => !served.has(m))).toEqual([]);
  });
});
