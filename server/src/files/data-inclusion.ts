// data·inclusion (schema v1) → interchange document: a structure becomes an actor
// `di-<source>-<id>`, a service a programme `di-<source>-<id>` operated by its structure
// (OPERATES). Thematiques, publics and réseaux porteurs go through the reviewed mapping
// (server/data-inclusion/mapping.json); a code with no mapping, or a territory code that is not in
// the cartography, is a warning naming the code — the record is still imported. A service whose
// structure is missing is a problem.
import { readFileSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import type { ActorDoc, ImportProblem, InterchangeDocument, LinkDoc, ProgrammeDoc, SiteDoc } from '../import/document.js';
import { fromRoot } from '../paths.js';
import { vocabulary } from '../vocabulary.js';
import type { KnownRecords } from './spreadsheet.js';
import { UnreadableFile, unzip } from './tables.js';

interface Mapping {
  thematiques: { code: string; barriers: string[]; why: string }[];
  publics: { code: string; publics: string[]; why: string }[];
  reseaux_porteurs: { code: string; kind: string; why: string }[];
}
const mapping: Mapping = JSON.parse(readFileSync(fromRoot('server', 'data-inclusion', 'mapping.json'), 'utf8'));
const THEMES = new Map(mapping.thematiques.map((m) => [m.code, m.barriers]));
const PUBLICS = new Map(mapping.publics.map((m) => [m.code, m.publics]));
const NETWORKS = new Map(mapping.reseaux_porteurs.map((m) => [m.code, m.kind]));
const BARRIER_DOMAINS = new Map(vocabulary.barriers.map((b) => [b.id, b.domains]));

type Rec = Record<string, unknown>;

export interface DataInclusionReading {
  document: InterchangeDocument;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const q = (v: string) => `« ${v} »`;

function parse(data: Uint8Array): { structures: Rec[]; services: Rec[] } {
  const json = (bytes: Uint8Array, what: string): unknown => {
    try {
      return JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new UnreadableFile(`${what} n'est pas un JSON lisible (${(e as Error).message})`);
    }
  };
  let structures: unknown;
  let services: unknown;
  if (data[0] === 0x50 && data[1] === 0x4b) {
    const files = unzip(data);
    const named = (n: string) => [...files].find(([k]) => k.toLowerCase() === n)?.[1];
    if (named('structures.csv') || named('services.csv'))
      throw new UnreadableFile('data·inclusion en CSV : pas encore lu par cette version, envoyez structures.json et services.json');
    const s = named('structures.json');
    const v = named('services.json');
    if (!s || !v) throw new UnreadableFile("l'archive doit contenir structures.json et services.json");
    structures = json(s, 'structures.json');
    services = json(v, 'services.json');
  } else {
    const doc = json(data, 'le fichier') as Rec;
    structures = doc?.structures;
    services = doc?.services;
  }
  if (!Array.isArray(structures) || !Array.isArray(services)) throw new UnreadableFile('data·inclusion : { "structures": [...], "services": [...] } attendu');
  return { structures: structures as Rec[], services: services as Rec[] };
}

const diId = (r: Rec) => `di-${String(r.source)}-${String(r.id)}`;

/** `lien_source` and `date_maj` make the source line. */
function sourceLine(r: Rec): string[] {
  const where = str(r.lien_source) ?? `data·inclusion (${String(r.source)})`;
  const date = str(r.date_maj);
  return [date ? `${where} — mis à jour le ${date}` : where];
}

function address(r: Rec): string | undefined {
  const street = [str(r.adresse), str(r.complement_adresse)].filter(Boolean).join(', ');
  const town = [str(r.code_postal), str(r.commune)].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || undefined;
}

export function readDataInclusion(data: Uint8Array, known: KnownRecords): DataInclusionReading {
  const { structures, services } = parse(data);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const territories = new Set(known.territories.map((t) => t.id));
  // `france`: everywhere in the cartography, that is its regions (or its departments when it has no region).
  const regions = known.territories.filter((t) => t.level === 'REGION');
  const top = (regions.length ? regions : known.territories.filter((t) => t.level === 'DEPARTMENT')).map((t) => t.id);

  const actors = new Map<string, ActorDoc>();
  const actorZones = new Map<string, Set<string>>();
  structures.forEach((s, i) => {
    const at = `structures[${i}]`;
    for (const field of ['source', 'id', 'nom']) if (!str(s[field])) problems.push({ where: `${at}.${field}`, message: 'obligatoire' });
    if (!str(s.source) || !str(s.id) || !str(s.nom)) return;
    const id = diId(s);
    if (actors.has(id)) {
      problems.push({ where: `${at}.id`, message: `la structure ${q(String(s.id))} apparaît deux fois` });
      return;
    }
    let kind = 'OTHER';
    strings(s.reseaux_porteurs).forEach((code, j) => {
      const k = NETWORKS.get(code);
      if (k && kind === 'OTHER') kind = k;
      else if (!k) warnings.push({ where: `${at}.reseaux_porteurs[${j}]`, message: `réseau ${q(code)} sans correspondance : type d'acteur « Autre »` });
    });
    const commune = str(s.code_insee);
    if (commune && !territories.has(commune))
      warnings.push({ where: `${at}.code_insee`, message: `commune ${q(commune)} absente de la cartographie : commune laissée vide` });
    const actor: ActorDoc = {
      id,
      name: String(s.nom).trim(),
      kind,
      ...(str(s.description) ? { description: str(s.description) } : {}),
      ...(str(s.site_web) ? { website: str(s.site_web) } : {}),
      ...(str(s.courriel) ? { email: str(s.courriel) } : {}),
      ...(str(s.telephone) ? { phone: str(s.telephone) } : {}),
      ...(address(s) ? { address: address(s) } : {}),
      ...(commune && territories.has(commune) ? { commune } : {}),
      sources: sourceLine(s),
    };
    actors.set(id, actor);
    actorZones.set(id, new Set(actor.commune ? [actor.commune] : []));
  });

  const programmes: ProgrammeDoc[] = [];
  const links: LinkDoc[] = [];
  const seen = new Set<string>();
  services.forEach((v, i) => {
    const at = `services[${i}]`;
    for (const field of ['source', 'id', 'nom', 'structure_id']) if (!str(v[field])) problems.push({ where: `${at}.${field}`, message: 'obligatoire' });
    if (!str(v.source) || !str(v.id) || !str(v.nom) || !str(v.structure_id)) return;
    const id = diId(v);
    if (seen.has(id)) {
      problems.push({ where: `${at}.id`, message: `le service ${q(String(v.id))} apparaît deux fois` });
      return;
    }
    seen.add(id);
    const owner = `di-${String(v.source)}-${String(v.structure_id)}`;
    if (!actors.has(owner)) {
      problems.push({ where: `${at}.structure_id`, message: `structure ${q(String(v.structure_id))} absente du fichier (source ${q(String(v.source))})` });
      return;
    }
    const barriers = new Set<string>();
    strings(v.thematiques).forEach((code, j) => {
      const mapped = THEMES.get(code);
      if (mapped?.length) for (const b of mapped) barriers.add(b);
      else warnings.push({ where: `${at}.thematiques[${j}]`, message: `thématique ${q(code)} sans frein correspondant` });
    });
    const publics = new Set<string>();
    strings(v.publics).forEach((code, j) => {
      const mapped = PUBLICS.get(code);
      if (mapped?.length) for (const p of mapped) publics.add(p);
      else warnings.push({ where: `${at}.publics[${j}]`, message: `public ${q(code)} sans public correspondant` });
    });
    const zones = new Set<string>();
    strings(v.zone_eligibilite).forEach((code, j) => {
      if (code.toLowerCase() === 'france') for (const t of top) zones.add(t);
      else if (territories.has(code)) zones.add(code);
      else warnings.push({ where: `${at}.zone_eligibilite[${j}]`, message: `territoire ${q(code)} absent de la cartographie` });
    });
    const sites: SiteDoc[] = [];
    const commune = str(v.code_insee);
    if (commune && territories.has(commune)) {
      sites.push({
        commune,
        ...(address(v) ? { address: address(v) } : {}),
        ...(str(v.telephone) ? { phone: str(v.telephone) } : {}),
        ...(str(v.horaires_accueil) ? { hours: str(v.horaires_accueil) } : {}),
      });
    } else if (commune) warnings.push({ where: `${at}.code_insee`, message: `commune ${q(commune)} absente de la cartographie : lieu du service ignoré` });
    const domains = new Set([...barriers].flatMap((b) => BARRIER_DOMAINS.get(b) ?? []));
    const onlyExiles = strings(v.publics).length > 0 && strings(v.publics).every((p) => p === 'personnes-exilees');
    programmes.push({
      id,
      name: String(v.nom).trim(),
      kind: onlyExiles ? 'SPECIALISED' : 'COMMON_LAW',
      ...(str(v.description) ? { description: str(v.description) } : {}),
      ...(str(v.lien_source) ? { website: str(v.lien_source) } : {}),
      ...(domains.size ? { domains: [...domains].sort() } : {}),
      ...(barriers.size ? { addresses: [...barriers].sort() } : {}),
      ...(publics.size ? { publics: [...publics].sort() } : {}),
      ...(zones.size ? { activeIn: [...zones].sort() } : {}),
      ...(sites.length ? { sites } : {}),
      sources: sourceLine(v),
    });
    for (const z of zones) actorZones.get(owner)?.add(z);
    links.push({ type: 'OPERATES', from: owner, to: id, sources: sourceLine(v) });
  });
  // A structure is active where its services are eligible (and in its own commune).
  const actorList = [...actors.values()].map((a) => {
    const zones = [...(actorZones.get(a.id) ?? [])].sort();
    return zones.length ? { ...a, activeIn: zones } : a;
  });
  return { document: { format: 'agir-cartography', version: 1, actors: actorList, programmes, links }, problems, warnings };
}
