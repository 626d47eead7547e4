// Interview sheets (fiches d'entretien): for one actor or all, what the cartography holds about it,
// each fact with its sources and « à confirmer » where a source says so, and the questions to ask:
// the programmes it is co-involved in, the information sharing and referrals to check, the barriers
// and territories to confirm, its sites and contact details. A printable page and an XLSX.
import ExcelJS from 'exceljs';
import type { ActorDoc, InterchangeDocument, LinkDoc } from '../import/document.js';
import { vocabLabel } from './layout.js';

export interface Fact {
  topic: string;
  value: string;
  sources: string[];
  toConfirm: boolean;
}
export interface InterviewSheet {
  actor: ActorDoc;
  facts: Fact[];
  questions: string[];
}

/** A source that says it is not certain: « à confirmer », « à vérifier », « hypothèse », a question mark. */
const uncertain = (sources: string[] | undefined) => (sources ?? []).some((s) => /à confirmer|a confirmer|à vérifier|a verifier|hypoth[eè]se|\?/i.test(s));

const ROLE: Record<string, string> = { OPERATES: 'porte', FUNDS: 'finance', PRESCRIBES: 'oriente vers' };

export function interviewSheets(doc: InterchangeDocument, actorId?: string): InterviewSheet[] {
  const actors = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  const programmes = new Map((doc.programmes ?? []).map((p) => [p.id, p]));
  const territories = new Map((doc.territories ?? []).map((t) => [t.id, t.name]));
  const links = doc.links ?? [];
  const name = (id: string) => actors.get(id)?.name ?? programmes.get(id)?.name ?? territories.get(id) ?? id;
  const between = (a: string, b: string, type: string) => links.some((l) => l.type === type && ((l.from === a && l.to === b) || (l.from === b && l.to === a)));
  const chosen = actorId ? [actors.get(actorId)].filter((a): a is ActorDoc => !!a) : [...actors.values()];
  return chosen.map((actor) => {
    const facts: Fact[] = [];
    const questions: string[] = [];
    const sources = actor.sources ?? [];
    const fact = (topic: string, value: string | undefined, src: string[] = sources) => {
      if (value) facts.push({ topic, value, sources: src, toConfirm: uncertain(src) });
    };
    fact('Type', vocabLabel('actorKind', actor.kind));
    fact('Description', actor.description);
    fact('Site web', actor.website);
    fact('Courriel', actor.email);
    fact('Téléphone', actor.phone);
    fact('Adresse', actor.address);
    fact('Commune', actor.commune ? name(actor.commune) : undefined);
    fact('Territoires', actor.activeIn?.map(name).join(', '));
    fact('Freins levés', actor.addresses?.map((b) => vocabLabel('barrier', b)).join(' ; '));
    for (const s of actor.sites ?? []) fact('Lieu d’accueil', [s.label, s.address, name(s.commune), s.phone, s.hours].filter(Boolean).join(' — '));
    if (actor.outreach !== undefined) fact('Itinérant', actor.outreach ? 'oui' : 'non');

    // Programmes it is involved in, and the other actors involved in them.
    const own = links.filter((l) => l.from === actor.id && ROLE[l.type]);
    const partners = new Map<string, Set<string>>();
    for (const l of own) {
      fact('Dispositif', `${ROLE[l.type]} « ${name(l.to)} »${l.note ? ` (${l.note})` : ''}`, l.sources ?? []);
      questions.push(`Confirmez-vous que vous ${ROLE[l.type]} « ${name(l.to)} » ? Depuis quand, pour combien de personnes ?`);
      for (const o of links.filter((x) => x.to === l.to && ROLE[x.type] && x.from !== actor.id)) {
        const set = partners.get(o.from) ?? new Set();
        set.add(l.to);
        partners.set(o.from, set);
      }
    }
    // Relations between actors, to confirm.
    const relations = links.filter((l) => !ROLE[l.type] && (l.from === actor.id || l.to === actor.id));
    for (const l of relations) {
      const other = l.from === actor.id ? l.to : l.from;
      const label = relationLabel(l, actor.id);
      fact('Relation', `${label} « ${name(other)} »${l.formal === true ? ' (formalisée)' : l.formal === false ? ' (informelle)' : ''}`, l.sources ?? []);
      if (l.type === 'REFERS_TO')
        questions.push(
          `${l.from === actor.id ? 'Orientez-vous toujours des personnes vers' : 'Recevez-vous toujours des personnes orientées par'} « ${name(other)} » ? Combien par an ?`,
        );
    }
    // Co-involved actors with no information sharing recorded: the gaps to check.
    for (const [other, through] of [...partners].sort((a, b) => name(a[0]).localeCompare(name(b[0]), 'fr'))) {
      const via = [...through].map((p) => `« ${name(p)} »`).join(', ');
      if (!between(actor.id, other, 'SHARES_INFO_WITH'))
        questions.push(`Vous êtes tous deux impliqués dans ${via} avec « ${name(other)} » : échangez-vous de l'information sur les personnes suivies ?`);
      if (!between(actor.id, other, 'REFERS_TO')) questions.push(`Orientez-vous des personnes vers « ${name(other)} », ou en recevez-vous (via ${via}) ?`);
    }
    for (const b of actor.addresses ?? []) questions.push(`Levez-vous toujours le frein « ${vocabLabel('barrier', b)} » ? Par quelle action ?`);
    if (actor.activeIn?.length) questions.push(`Intervenez-vous bien sur : ${actor.activeIn.map(name).join(', ')} ? Ailleurs aussi ?`);
    else questions.push('Sur quels territoires intervenez-vous ?');
    questions.push(
      `Vos coordonnées sont-elles à jour (${[actor.address, actor.phone, actor.email].filter(Boolean).join(' ; ') || 'aucune connue'}) ? Avez-vous d’autres lieux d’accueil ou permanences ?`,
    );
    for (const f of facts) if (f.toConfirm) questions.push(`À confirmer — ${f.topic} : ${f.value}`);
    return { actor, facts, questions };
  });
}

function relationLabel(l: LinkDoc, self: string): string {
  const out = l.from === self;
  switch (l.type) {
    case 'PARTNERS_WITH':
      return 'partenaire de';
    case 'REFERS_TO':
      return out ? 'oriente des personnes vers' : 'reçoit des personnes orientées par';
    case 'SHARES_INFO_WITH':
      return 'échange de l’information avec';
    default:
      return l.type;
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The printable page (A4, print CSS), in French. */
export function interviewHtml(sheets: InterviewSheet[], date: string): string {
  const body = sheets
    .map(
      (s) => `<section class="sheet">
<h1>Fiche d’entretien — ${esc(s.actor.name)}</h1>
<p class="meta">Identifiant ${esc(s.actor.id)} · état de la cartographie au ${esc(date)}</p>
<h2>Ce que la cartographie en dit</h2>
<table><thead><tr><th>Sujet</th><th>Information</th><th>Sources</th></tr></thead><tbody>
${s.facts.map((f) => `<tr${f.toConfirm ? ' class="confirm"' : ''}><td>${esc(f.topic)}</td><td>${esc(f.value)}${f.toConfirm ? ' <strong>(à confirmer)</strong>' : ''}</td><td>${f.sources.map(esc).join('<br>') || '<em>aucune</em>'}</td></tr>`).join('\n')}
</tbody></table>
<h2>Questions à poser</h2>
<ol>${s.questions.map((q) => `<li>${esc(q)}<div class="answer"></div></li>`).join('')}</ol>
<p class="after">Après l’entretien : reportez les corrections dans les formulaires de l’explorateur ou dans le classeur (Importer un fichier).</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fiches d’entretien — AGIR Cartographie</title>
<style>
body{font-family:system-ui,sans-serif;font-size:11pt;max-width:48rem;margin:1.5rem auto;color:#111}
h1{font-size:16pt;margin:0 0 .2rem}h2{font-size:12.5pt;margin:1rem 0 .3rem}
.meta,.after{color:#555;font-size:9.5pt}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
tr.confirm td{background:#fff4d6}
.answer{border-bottom:1px dotted #999;height:2.2em}
@page{size:A4;margin:15mm}
@media print{.sheet{page-break-after:always}body{margin:0;max-width:none}}
</style></head><body>
${body || '<p>Aucun acteur.</p>'}
</body></html>`;
}

/** The same as a workbook: one sheet of facts and one of questions, a line per actor and item. */
export async function interviewWorkbook(sheets: InterviewSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const facts = wb.addWorksheet('faits');
  facts.addRow(['acteur', 'identifiant', 'sujet', 'information', 'sources', 'à confirmer', 'correction']);
  const questions = wb.addWorksheet('questions');
  questions.addRow(['acteur', 'identifiant', 'question', 'réponse']);
  for (const s of sheets) {
    for (const f of s.facts) facts.addRow([s.actor.name, s.actor.id, f.topic, f.value, f.sources.join('\n'), f.toConfirm ? 'oui' : 'non', '']);
    for (const q of s.questions) questions.addRow([s.actor.name, s.actor.id, q, '']);
  }
  for (const ws of [facts, questions]) {
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => {
      c.width = 30;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
