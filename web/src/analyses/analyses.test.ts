// The analysis modules on hand-made answers: highlight, legend, ranking, focus, table, URL keys.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../graph/elements';
import { focusGraph } from '../graph/focus';
import { applyHighlight, NO_HIGHLIGHT, presentOverlays } from '../graph/highlights';
import type { GraphData } from '../graph/types';
import { translator } from '../i18n';
import { barrierCoverage, type CoverageResult } from './barrier-coverage/analysis';
import { type CirResult, cirArticulation } from './cir-articulation/analysis';
import { type GapResult, informationGaps } from './information-gaps/analysis';
import { type OverlapResult, programmeOverlaps } from './programme-overlaps/analysis';
import { ANALYSES, ANALYSIS_IDS } from './registry';
import type { Ctx } from './types';

const ctx = (lang: 'fr' | 'en' = 'fr'): Ctx => ({ t: translator(lang), lang, labels: new Map([['ofii', 'OFII']]), kinds: new Map() });
const contact = (id: string) => ({ id, name: id.toUpperCase(), kind: 'ASSOCIATION' as const, email: `${id}@x.fr`, phone: null, website: null, commune: null });
const coverage = (territory: CoverageResult['territory']): CoverageResult => ({
  barrier: { id: 'CHILDCARE', label: 'Garde d’enfants' },
  territory,
  explanation: '…',
  actors: [
    {
      actor: contact('caf'),
      scope: 'FULL',
      share: 1,
      populationShare: 1,
      direct: true,
      distanceKm: 0,
      explanation: 'e1',
      via: [],
      territories: [{ id: '29', name: 'Finistère', level: 'DEPARTMENT' }],
    },
    {
      actor: contact('ccas'),
      scope: 'PARTIAL',
      share: 3 / 7,
      populationShare: null,
      direct: false,
      distanceKm: 12.4,
      explanation: 'e2',
      via: [{ id: 'CRECHES', name: 'Crèches AVIP' }],
      territories: [],
    },
  ],
});
const MORLAIX = { id: '29151', name: 'Morlaix', level: 'COMMUNE' as const };

const graph: GraphData = {
  nodes: ['caf', 'ccas', 'ml', 'CRECHES', 'P2', 'ofii', 'CIR'].map((id) => ({
    id,
    label: id,
    type: id === id.toUpperCase() ? 'Programme' : 'Actor',
    kind: id === id.toUpperCase() ? 'COMMON_LAW' : 'ASSOCIATION',
    lat: null,
    lon: null,
  })),
  edges: [
    { id: 'OPERATES:ccas->CRECHES', source: 'ccas', target: 'CRECHES', type: 'OPERATES', formal: null },
    { id: 'OPERATES:ml->P2', source: 'ml', target: 'P2', type: 'OPERATES', formal: null },
    { id: 'PARTNERS_WITH:ml->caf', source: 'ml', target: 'caf', type: 'PARTNERS_WITH', formal: null },
    { id: 'OPERATES:ofii->CIR', source: 'ofii', target: 'CIR', type: 'OPERATES', formal: null },
  ],
};

describe('the registry', () => {
  it('lists the five analyses under the server’s names, each with its own URL keys', () => {
    expect(ANALYSIS_IDS).toEqual(['BARRIER_COVERAGE', 'PROGRAMME_OVERLAPS', 'INFORMATION_GAPS', 'CIR_ARTICULATION', 'COVERAGE_GAPS']);
    for (const a of ANALYSES) {
      const set = new Map<string, string>();
      a.logic.encode(a.logic.defaults, (k, v) => v && set.set(k, v));
      // defaults make no URL noise (the coverage question has none until a barrier is chosen)
      expect([...set.keys()]).toEqual([]);
      expect(a.logic.key(a.logic.defaults)).not.toBe('');
    }
  });
});

describe('BARRIER_COVERAGE', () => {
  it('marks FULL and PARTIAL actors and the programmes they go through; everything else fades', () => {
    const h = barrierCoverage.highlight(coverage(MORLAIX), { barrier: 'CHILDCARE', territory: '29151' });
    expect(h.classes.get('caf')).toEqual(['cov-full']);
    expect(h.classes.get('ccas')).toEqual(['cov-partial']);
    expect(h.classes.get('CRECHES')).toEqual(['cov-via']);
    expect(h.classes.get('OPERATES:ccas->CRECHES')).toEqual(['cov-path']);
    expect(h.required.sort()).toEqual(['CRECHES', 'caf', 'ccas']);
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    applyHighlight(cy, h);
    expect(cy.nodes('.cov-full').map((n) => n.id())).toEqual(['caf']);
    expect(
      cy
        .nodes('.faded')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['CIR', 'P2', 'ml', 'ofii']);
    expect(cy.getElementById('OPERATES:ccas->CRECHES').hasClass('faded')).toBe(false);
    applyHighlight(cy, NO_HIGHLIGHT);
    expect(cy.elements('.faded, .cov-full, .cov-partial, .cov-via, .cov-path')).toHaveLength(0);
    cy.destroy();
  });

  it('without a territory, never says « Totale »: one look, the territories instead of a coverage column', () => {
    const r = coverage(null);
    const p = { barrier: 'CHILDCARE', territory: null };
    expect(barrierCoverage.highlight(r, p).classes.get('caf')).toEqual(['cov-any']);
    const table = barrierCoverage.table?.(r, p, ctx());
    expect(table?.columns).not.toContain('Couverture');
    expect(table?.columns).toContain('Intervient sur');
    expect(JSON.stringify(table?.rows)).not.toContain('Totale');
    expect(barrierCoverage.legend(r, p, translator('fr')).map((e) => e.label)).not.toContain('Couverture totale');
    expect(barrierCoverage.status(r, p, ctx())).toMatch(/^2 acteurs lèvent ce frein/);
    expect(barrierCoverage.status(coverage(MORLAIX), p, ctx())).toBe('2 acteurs : 1 en couverture totale, 1 partielle.');
  });

  it('v2 columns: share, population share, distance for a commune, direct or through a programme', () => {
    const p = { barrier: 'CHILDCARE', territory: '29151' };
    const fr = barrierCoverage.table?.(coverage(MORLAIX), p, ctx());
    const col = (name: string) => fr?.columns.indexOf(name) ?? -1;
    expect(fr?.rows.map((r) => r.cells[col('Part couverte')])).toEqual(['100\u00a0%', '43\u00a0%']);
    expect(fr?.rows.map((r) => r.cells[col('Part de la population')])).toEqual(['100\u00a0%', '']);
    expect(fr?.rows.map((r) => r.cells[col('Distance à l’aide')])).toEqual(['0 km', '12,4 km']);
    expect(fr?.rows.map((r) => r.cells[col('Action')])).toEqual(['directe', 'par dispositif']);
    // the distance is a commune's: no distance column for an EPCI
    const epci = barrierCoverage.table?.(coverage({ id: '242900314', name: 'Morlaix Communauté', level: 'EPCI' }), p, ctx('en'));
    expect(epci?.columns).not.toContain('Distance to help');
    expect(epci?.columns).toContain('Share covered');
    expect(epci?.rows[1]?.cells[epci.columns.indexOf('Action')]).toBe('through a programme');
  });

  it('focuses an actor with its programme and the barrier, added when the graph lacks it', () => {
    const spec = barrierCoverage.focus?.(coverage(MORLAIX), ['ccas'], graph);
    const g = focusGraph(graph, spec ?? { nodes: [], extraNodes: [], extraEdges: [] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['CHILDCARE', 'CRECHES', 'ccas', '29151'].sort());
    expect(g.edges.map((e) => e.id).sort()).toEqual(['ADDRESSES:CRECHES->CHILDCARE', 'OPERATES:ccas->CRECHES']);
  });
});

describe('PROGRAMME_OVERLAPS and INFORMATION_GAPS', () => {
  const overlaps: OverlapResult = {
    totalCount: 5,
    endCursor: 'c2',
    hasNextPage: true,
    nodes: [
      {
        a: { id: 'CRECHES', name: 'C' },
        b: { id: 'P2', name: 'P2' },
        score: 0.75,
        explanation: '',
        sharedBarriers: [{ id: 'CHILDCARE', label: 'Garde' }],
        sharedTerritories: [MORLAIX],
        sharedPublics: [],
      },
      {
        a: { id: 'P2', name: 'P2' },
        b: { id: 'ABSENT', name: 'X' },
        score: 0.5,
        explanation: '',
        sharedBarriers: [],
        sharedTerritories: [],
        sharedPublics: [],
      },
    ],
  };

  it('a national list: the status counts the whole list, the page says how much is shown', () => {
    expect(programmeOverlaps.status(overlaps, { minScore: 0.3 }, ctx())).toBe('5 paires de dispositifs en concurrence.');
    expect(programmeOverlaps.page?.(overlaps)).toMatchObject({ totalCount: 5, hasNextPage: true });
    expect(programmeOverlaps.table?.(overlaps, { minScore: 0.3 }, ctx())?.rows).toHaveLength(2);
  });

  it('draws one overlay edge per pair, only between nodes on screen, ranked by score', () => {
    const h = programmeOverlaps.highlight(overlaps, { minScore: 0.3 });
    const present = presentOverlays(h, new Set(graph.nodes.map((n) => n.id)));
    expect(present.map((e) => e.data.score)).toEqual([0.75]);
    expect(programmeOverlaps.ranked?.(overlaps, ctx()).map((r) => r.detail)).toEqual(['0.75', '0.50']);
  });

  it('a pair in focus: both programmes, their operators, shared barriers and territories', () => {
    const spec = programmeOverlaps.focus?.(overlaps, ['CRECHES|P2'], graph);
    const g = focusGraph(graph, spec ?? { nodes: [], extraNodes: [], extraEdges: [] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['29151', 'CHILDCARE', 'CRECHES', 'P2', 'ccas', 'ml']);
    // ten pairs at once: no operators nor territories (a hairball again)
    const top = focusGraph(graph, programmeOverlaps.focus?.(overlaps, ['CRECHES|P2', 'ABSENT|P2'], graph) ?? { nodes: [], extraNodes: [], extraEdges: [] });
    expect(top.nodes.map((n) => n.id).sort()).toEqual(['CHILDCARE', 'CRECHES', 'P2']);
  });

  it('words the reasons of an information gap in English from their structure', () => {
    const gaps: GapResult = {
      totalCount: 1,
      endCursor: null,
      hasNextPage: false,
      largeProgrammes: [
        {
          programme: { id: 'CIR', name: 'CIR' },
          participants: 21,
          actorsWithoutExchange: 21,
          pairsWithoutExchange: 209,
          explanation: '21 acteurs co-impliqués sans échange',
        },
      ],
      nodes: [
        {
          a: { id: 'caf', name: 'CAF' },
          b: { id: 'ml', name: 'ML' },
          strength: 2,
          reasons: ['…'],
          explanation: '…',
          reasonDetails: [
            {
              kind: 'PROGRAMME',
              text: 'dispositif commun',
              formal: null,
              programme: { id: 'P2', name: 'P2' },
              rolesA: ['FUNDS'],
              rolesB: ['OPERATES'],
              directions: [],
            },
            { kind: 'PARTNERSHIP', text: 'partenaires', formal: true, programme: null, rolesA: [], rolesB: [], directions: ['A_TO_B'] },
          ],
        },
      ],
    };
    const en = informationGaps.table?.(gaps, {}, ctx('en'));
    expect(en?.columns).toEqual(['Actor A', 'Actor B', 'Strength', 'Reasons']);
    expect(en?.rows[0]?.cells[3]).toBe('common programme “P2” (funds / operates) ; partnership (formal)');
    expect(informationGaps.table?.(gaps, {}, ctx('fr'))?.rows[0]?.cells[3]).toBe('dispositif commun ; partenaires');
    const g = focusGraph(graph, informationGaps.focus?.(gaps, ['caf|ml'], graph) ?? { nodes: [], extraNodes: [], extraEdges: [] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['P2', 'caf', 'ml']);
    // a large programme is one line, in French the server's, in English the same facts
    expect(informationGaps.notes?.(gaps, ctx('fr'))?.lines).toEqual([{ id: 'CIR', text: '21 acteurs co-impliqués sans échange' }]);
    expect(informationGaps.notes?.(gaps, ctx('en'))?.lines[0]?.text).toBe('CIR: 21 co-involved actors without exchange, of 21 participants (209 pairs)');
  });
});

describe('CIR_ARTICULATION', () => {
  const cir: CirResult = {
    cir: { id: 'CIR', name: 'CIR' },
    explanation: '',
    linked: [{ actor: { id: 'ofii', name: 'OFII', kind: 'STATE_SERVICE' }, distance: 1, path: ['ofii', 'CIR'], explanation: '' }],
    unlinkedDetails: [{ actor: { id: 'ml', name: 'ML', kind: 'ASSOCIATION' }, distance: 3, explanation: '' }],
  };

  it('colours by distance, flags unlinked actors, and its legend lists only the distances present', () => {
    const h = cirArticulation.highlight(cir, { maxHops: 2 });
    expect(h.classes.get('CIR')).toEqual(['cir-root']);
    expect(h.classes.get('ofii')).toEqual(['cir-d1']);
    expect(h.classes.get('ml')).toEqual(['cir-unlinked']);
    expect(h.cirDistance?.get('CIR')).toBe(0);
    const labels = cirArticulation.legend(cir, { maxHops: 2 }, translator('fr')).map((e) => e.label);
    expect(labels).toEqual(['CIR (OFII)', 'À 1 pas du CIR', 'Non relié au CIR']);
    expect(cirArticulation.recolours).toBe(true);
  });

  it('focuses an actor on its path to the CIR', () => {
    const g = focusGraph(graph, cirArticulation.focus?.(cir, ['ofii'], graph) ?? { nodes: [], extraNodes: [], extraEdges: [] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['CIR', 'ofii']);
    expect(g.edges.map((e) => e.id)).toEqual(['OPERATES:ofii->CIR']);
    expect(cirArticulation.table?.(cir, { maxHops: 2 }, ctx())?.rows[0]?.cells[4]).toBe('OFII → CIR');
  });
});
