// The served schema keeps the contract: every `.graphql` file of contract/ (the project's copies of
// the shared contract, never edited) — core.graphql and the files that extend it — with every
// type, field, argument and enum value, with compatible types; the arguments a file declares in
// its comments ("Also added to existing fields: Query.f(..., arg: Type = default)") too. The
// interchange schema is the one the import validator uses. graphql-js findBreakingChanges
// (contract → served) must report nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, type GraphQLSchema, isEnumType, isInputObjectType, isObjectType, valueFromAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import { interchangeSchema } from '../../server/src/import/schema.js';
import { validateDocument } from '../../server/src/import/validate.js';
import { schema } from '../../server/src/schema/index.js';

const CONTRACT = 'contract';
const read = (file: string) => readFileSync(join(CONTRACT, file), 'utf8');
const graphqlFiles = readdirSync(CONTRACT)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const core = read('core.graphql');
/** A contract file as a schema: core.graphql, plus the file when it extends core. */
const contractOf = (file: string) => buildSchema(file === 'core.graphql' ? core : `${core}\n${read(file)}`);

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

/** Arguments a contract file adds to existing fields, in its comments: "#   Query.coverageGaps(..., maxKm: Float = 20)". */
function addedArguments(text: string): { type: string; field: string; arg: string; argType: string; defaultValue: string | undefined }[] {
  return [...text.matchAll(/^#\s+(\w+)\.(\w+)\(\.\.\.,\s*(\w+):\s*([\w!\][]+)(?:\s*=\s*([^)]+))?\)/gm)].map((m) => ({
    type: m[1] as string,
    field: m[2] as string,
    arg: m[3] as string,
    argType: m[4] as string,
    defaultValue: m[5]?.trim(),
  }));
}

describe('the GraphQL contract', () => {
  it('lists the contract files it checks', () => {
    expect(graphqlFiles).toContain('core.graphql');
    expect(graphqlFiles).toContain('analyses-v2.graphql');
  });

  for (const file of graphqlFiles) {
    it(`the served schema has no breaking change from contract/${file}`, () => {
      expect(findBreakingChanges(contractOf(file), schema).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
    });

    it(`the arguments contract/${file} adds to existing fields are served, with their defaults`, () => {
      for (const a of addedArguments(read(file))) {
        const type = schema.getType(a.type);
        if (!type || !isObjectType(type)) throw new Error(`${a.type} is not served`);
        const arg = type.getFields()[a.field]?.args.find((x) => x.name === a.arg);
        expect(arg, `${a.type}.${a.field}(${a.arg})`).toBeDefined();
        expect(String(arg?.type)).toBe(a.argType);
        if (a.defaultValue !== undefined) {
          const expected = valueFromAST(
            buildSchema(`type Query { f(x: ${a.argType} = ${a.defaultValue}): Int }`).getQueryType()?.getFields().f?.args[0]?.astNode?.defaultValue,
            arg?.type as never,
          );
          expect(arg?.defaultValue).toEqual(expected);
        }
      }
    });
  }

  it('reads the added arguments of analyses-v2.graphql (the check above is not empty)', () => {
    expect(addedArguments(read('analyses-v2.graphql'))).toEqual([{ type: 'Query', field: 'coverageGaps', arg: 'maxKm', argType: 'Float', defaultValue: '20' }]);
  });

  it('the check sees a missing field, argument or enum value and an incompatible type', () => {
    // The same check against a contract that asks for more than is served must fail.
    const stricter = buildSchema(
      `${core}
       extend type Actor { shoeSize: Int }
       extend enum CoverageScope { NONE }
       extend type Query { somethingElse(id: ID!): Int }`,
    );
    const changed = findBreakingChanges(stricter, schema).map((c) => c.description);
    expect(changed).toEqual(
      expect.arrayContaining(['Actor.shoeSize was removed.', 'NONE was removed from enum type CoverageScope.', 'Query.somethingElse was removed.']),
    );
    const wrongType = buildSchema(core.replace('strength: Int!', 'strength: String!'));
    expect(findBreakingChanges(wrongType, schema).map((c) => c.description)).toEqual(['InformationGap.strength changed type from String! to Int!.']);
    const v2 = buildSchema(`${core}\n${read('analyses-v2.graphql').replace('reachedShare: Float!', 'reachedShare: Int!')}`);
    expect(findBreakingChanges(v2, schema).map((c) => c.description)).toEqual(['CoverageGap.reachedShare changed type from Int! to Float!.']);
  });

  it('every member of the contract is served (the check above, spelled out for the analyses and where help is given)', () => {
    const served = new Set(members(schema).map((m) => m.replace(/: .*$/, '')));
    const wanted = graphqlFiles
      .flatMap((f) => members(contractOf(f)))
      .map((m) => m.replace(/: .*$/, ''))
      .filter((m) =>
        /^(Query\.(barrierCoverage|programmeOverlaps|informationGaps|cirArticulation|coverageGaps)|CoveringActor|BarrierCoverage|ProgrammeOverlap|InformationGap|CirLinkedActor|CirArticulation|CoverageGap|CoverageScope|Site|Actor\.(sites|outreach)|Programme\.(sites|outreach|capacity|startDate|endDate))/.test(
          m,
        ),
      );
    expect(wanted.length).toBeGreaterThan(45);
    expect(wanted.filter((m) => !served.has(m))).toEqual([]);
  });
});

describe('the interchange schema', () => {
  it('is the one the import validator uses', () => {
    expect(interchangeSchema).toEqual(JSON.parse(read('interchange.schema.json')));
  });

  it('the validator applies it: sites and outreach on actors and programmes', () => {
    const doc = (site: unknown, outreach: unknown) => ({
      format: 'agir-cartography',
      version: 1,
      territories: [{ id: 'C1', name: 'Commune', level: 'COMMUNE' }],
      actors: [{ id: 'a', name: 'A', kind: 'OTHER', sites: [site], outreach }],
      programmes: [{ id: 'p', name: 'P', kind: 'COMMON_LAW', sites: [site], outreach }],
    });
    expect(validateDocument(doc({ commune: 'C1', address: '1 rue', label: 'Permanence', phone: '02', hours: 'mardi' }, true))).toEqual([]);
    expect(validateDocument(doc({ address: '1 rue' }, 'yes')).map((p) => p.where)).toEqual(
      expect.arrayContaining(['actors[0].sites[0].commune', 'actors[0].outreach', 'programmes[0].sites[0].commune', 'programmes[0].outreach']),
    );
  });
});

// The project's contract/ is a copy of the shared contract, kept byte-identical. The shared folder
// is beside the project in CI (../shared), not in a user's clone: there, the files are checked
// above and this comparison has nothing to compare with. AGIR_SHARED_DIR points elsewhere.
const SHARED = process.env.AGIR_SHARED_DIR ?? '../shared';
describe('the copies of the shared contract', () => {
  it('are byte-identical to ../shared/contract and ../shared/reference/vocabulary.json when they are beside the project', () => {
    const copies = readdirSync(CONTRACT).filter((f) => f !== 'README.md');
    expect(copies).toEqual(expect.arrayContaining(['core.graphql', 'analyses-v2.graphql', 'interchange.schema.json', 'vocabulary.json']));
    if (!existsSync(join(SHARED, 'contract'))) return;
    for (const f of copies) {
      const source = f === 'vocabulary.json' ? join(SHARED, 'reference', f) : join(SHARED, 'contract', f);
      expect(readFileSync(join(CONTRACT, f)).equals(readFileSync(source)), `contract/${f} differs from ${source}`).toBe(true);
    }
  });
});
