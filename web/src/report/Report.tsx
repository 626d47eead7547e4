// The printable report (SPEC "The report"): a French A4 document for the whole cartography or one
// EPCI / employment area (?territory=), read from the API. The browser's print gives the PDF.
import { useEffect, useMemo, useRef, useState } from 'react';
import { legendSections } from '../graph/legend';
import type { GraphData } from '../graph/types';
import { translator } from '../i18n';
import { classFill, classOf, legendRows, MISSING_FILL, quantileClasses, SECRET_FILL } from '../map/classes';
import { outlines, project } from '../map/geo';
import type { RecommendationsAnswer } from '../recommendations/api';
import { fetchReport, REPORT_TOP, type ReportData } from './api';
import { type Diagram, renderDiagram } from './diagram';
import { ProfileSection } from './ProfileSection';
import { domainContexts } from './summary';
import './report.css';

const t = translator('fr');
const nf = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** The numbered list of sources, and the numbers of a list of sources in it. */
function useSources(data: ReportData | null) {
  return useMemo(() => {
    const list: string[] = [];
    const index = new Map<string, number>();
    const add = (s: string | null | undefined) => {
      if (!s || index.has(s)) return;
      index.set(s, list.length + 1);
      list.push(s);
    };
    if (data) {
      for (const s of data.meta.statistics) add(s.source);
      for (const a of data.actors) for (const s of a.sources) add(s);
      for (const p of data.programmes) for (const s of p.sources) add(s);
    }
    const refs = (sources: readonly (string | null | undefined)[]) =>
      sources
        .flatMap((s) => (s && index.has(s) ? [index.get(s) as number] : []))
        .map((n) => `[${n}]`)
        .join(' ');
    return { list, refs };
  }, [data]);
}

function Definition({ data, analysis }: { data: ReportData; analysis: string }) {
  const d = data.meta.analysisDefinitions.find((x) => x.analysis === analysis);
  if (!d) return null;
  return (
    <p className="definition">
      <strong>Définition utilisée ({d.version}).</strong> {d.definition}
    </p>
  );
}

function BpiMap({ data }: { data: ReportData }) {
  const W = 640;
  const H = 460;
  const pr = useMemo(() => project(W, H), []);
  const figures = new Map(data.meta.communeFigures.map((f) => [f.territoryId, f]));
  const classes = quantileClasses(data.meta.communeFigures.flatMap((f) => (f.value == null ? [] : [f.value])));
  const fill = (id: string) => {
    const f = figures.get(id);
    if (!f) return MISSING_FILL;
    if (f.value == null) return SECRET_FILL;
    return classes ? classFill(classOf(f.value, classes), classes) : MISSING_FILL;
  };
  return (
    <figure className="report-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Carte des BPI par commune" data-testid="report-map">
        {outlines('COMMUNE').map((f) => (
          <path key={f.id} d={pr.path(f)} fill={fill(f.id)} stroke="#555" strokeWidth={0.4} data-id={f.id} />
        ))}
        {outlines('DEPARTMENT').map((f) => (
          <path key={f.id} d={pr.path(f)} fill="none" stroke="#000" strokeWidth={1.2} />
        ))}
      </svg>
      <figcaption>
        <ul className="report-legend">
          {classes &&
            legendRows(classes).map((r) => (
              <li key={r.from} className="legend-item">
                <span className="swatch" style={{ background: r.fill }} />
                {r.last ? t('map.classLast', { a: nf.format(r.from), b: nf.format(r.to) }) : t('map.class', { a: nf.format(r.from), b: nf.format(r.to) })}
              </li>
            ))}
          <li className="legend-item">
            <span className="swatch" style={{ background: SECRET_FILL }} />
            {t('map.secret')}
          </li>
          <li className="legend-item">
            <span className="swatch" style={{ background: MISSING_FILL }} />
            {t('map.missing')}
          </li>
        </ul>
        BPI présents par commune (dernière année connue). {t('map.attribution')}
      </figcaption>
    </figure>
  );
}

export function Report() {
  const territoryId = new URLSearchParams(window.location.search).get('territory');
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [diagramsDone, setDiagramsDone] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    fetchReport(territoryId).then(setData, (e: Error) => setError(e.message));
  }, [territoryId]);
  useEffect(() => {
    if (!data || !diagramsDone || !rootRef.current) return;
    const root = rootRef.current;
    requestAnimationFrame(() => {
      root.setAttribute('data-rendered-ms', performance.now().toFixed(0));
      root.setAttribute('data-ready', 'true');
    });
  }, [data, diagramsDone]);
  const sources = useSources(data);
  const today = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  useEffect(() => {
    document.documentElement.lang = 'fr';
    document.title = data?.meta.territory ? `Rapport — ${data.meta.territory.name}` : 'Rapport — AGIR Cartographie';
  }, [data]);

  if (error)
    return (
      <p className="error" role="alert">
        {t('app.error', { msg: error })}
      </p>
    );
  if (!data) return <p className="loading">Préparation du rapport…</p>;

  const { meta, actors, programmes, analyses } = data;
  const scopeName = territoryId
    ? meta.territory
      ? `${meta.territory.name} (${t(`level.${meta.territory.level}`)})`
      : territoryId
    : 'Finistère (toute la cartographie)';
  const whiteZones = analyses.coverageGaps.filter((g) => g.actorCount === 0 && g.reachedShare === 0);
  const contexts = domainContexts({
    domains: meta.domains,
    barriers: meta.barriers,
    actors,
    programmes,
    whiteZones: whiteZones.map((g) => ({ barrierId: g.barrier.id })),
  });
  const bpi = meta.statistics.find((s) => s.indicator === 'BPI_COUNT');
  const cir = analyses.cirArticulation;
  const barrierLabel = new Map(meta.barriers.map((b) => [b.id, b.label]));

  return (
    <div className="report" ref={rootRef} data-testid="report">
      <section className="cover" data-section="cover">
        <p className="kicker">Programme AGIR — diagnostic territorial</p>
        <h1>Cartographie des acteurs de l’intégration des réfugiés</h1>
        <p className="scope">{scopeName}</p>
        <p>Données de la cartographie au {today}.</p>
        <p className="muted">
          Document produit par AGIR Cartographie. Les effectifs de 1 à 4 sous le département sont affichés « {'<'} 5 » (secret statistique).
        </p>
      </section>

      <section data-section="key-figures">
        <h2>Chiffres clés</h2>
        <table className="key-figures">
          <tbody>
            <tr>
              <th scope="row">Acteurs recensés</th>
              <td>{nf.format(actors.length)}</td>
            </tr>
            <tr>
              <th scope="row">Dispositifs</th>
              <td>{nf.format(programmes.length)}</td>
            </tr>
            <tr>
              <th scope="row">BPI présents</th>
              <td>{bpi ? `${bpi.display}${bpi.year ? ` (${bpi.year})` : ''}` : 'non renseigné'}</td>
            </tr>
            <tr>
              <th scope="row">Concurrences de dispositifs</th>
              <td>{nf.format(analyses.programmeOverlapPage.totalCount)}</td>
            </tr>
            <tr>
              <th scope="row">Partages d’information manquants</th>
              <td>{nf.format(analyses.informationGapPage.totalCount)}</td>
            </tr>
            <tr>
              <th scope="row">Acteurs reliés au CIR / non reliés</th>
              <td>
                {nf.format(cir.linked.length)} / {nf.format(cir.unlinkedDetails.length)}
              </td>
            </tr>
            <tr>
              <th scope="row">Zones blanches (territoire × frein)</th>
              <td>{nf.format(whiteZones.length)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section data-section="domains">
        <h2>Contexte par domaine</h2>
        {contexts.map((c) => (
          <article key={c.id} className="domain">
            <h3>{c.label}</h3>
            <p>
              {nf.format(c.actorCount)} acteurs et {nf.format(c.programmeCount)} dispositifs.
            </p>
            <div className="sw">
              <div>
                <h4>Points forts</h4>
                {c.strengths.length ? (
                  <ul>
                    {c.strengths.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                ) : (
                  <p>Aucun frein du domaine n’est levé par au moins trois acteurs.</p>
                )}
              </div>
              <div>
                <h4>Points faibles</h4>
                {c.weaknesses.length ? (
                  <ul>
                    {c.weaknesses.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                ) : (
                  <p>Aucun.</p>
                )}
              </div>
            </div>
          </article>
        ))}
      </section>

      <DiagramsSection data={data} scopeName={scopeName} today={today} onDone={() => setDiagramsDone(true)} />

      <section data-section="bpi">
        <h2>Le public BPI</h2>
        {meta.statistics.length ? (
          <table data-table="statistics">
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Valeur</th>
                <th scope="col">Année</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {meta.statistics.map((s) => (
                <tr key={s.indicator}>
                  <td>{s.label}</td>
                  <td className="num">{s.display}</td>
                  <td>{s.year ?? ''}</td>
                  <td>{sources.refs([s.source])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Aucune statistique pour ce territoire.</p>
        )}
        <BpiMap data={data} />
        <ProfileSection scope={territoryId} />
      </section>

      <section data-section="actors">
        <h2>Acteurs et contacts</h2>
        <table data-table="actors">
          <thead>
            <tr>
              <th scope="col">Acteur</th>
              <th scope="col">Type</th>
              <th scope="col">Commune</th>
              <th scope="col">Contact</th>
              <th scope="col">Freins levés</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.id} data-id={a.id}>
                <td>{a.name}</td>
                <td>{t(`actorKind.${a.kind}`)}</td>
                <td>{a.commune?.name ?? ''}</td>
                <td className="contact">{[a.address, a.phone, a.email, a.website].filter(Boolean).join(' · ')}</td>
                <td>{a.addresses.map((b) => barrierLabel.get(b.id) ?? b.id).join(', ')}</td>
                <td>{sources.refs(a.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section data-section="programmes">
        <h2>Dispositifs</h2>
        <table data-table="programmes">
          <thead>
            <tr>
              <th scope="col">Dispositif</th>
              <th scope="col">Type</th>
              <th scope="col">Porteurs</th>
              <th scope="col">Publics</th>
              <th scope="col">Freins levés</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.id} data-id={p.id}>
                <td>{p.name}</td>
                <td>{t(`programmeKind.${p.kind}`)}</td>
                <td>{p.operators.map((o) => o.name).join(', ')}</td>
                <td>{p.publics.map((x) => x.label).join(', ')}</td>
                <td>{p.addresses.map((b) => barrierLabel.get(b.id) ?? b.id).join(', ')}</td>
                <td>{sources.refs(p.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section data-section="overlaps">
        <h2>Concurrence des dispositifs</h2>
        <Definition data={data} analysis="PROGRAMME_OVERLAPS" />
        <p className="muted">Calculé le {today}.</p>
        <table data-table="overlaps">
          <thead>
            <tr>
              <th scope="col">Dispositif A</th>
              <th scope="col">Dispositif B</th>
              <th scope="col">Score</th>
              <th scope="col">Explication</th>
            </tr>
          </thead>
          <tbody>
            {analyses.programmeOverlapPage.nodes.map((o) => (
              <tr key={`${o.a.name}|${o.b.name}`}>
                <td>{o.a.name}</td>
                <td>{o.b.name}</td>
                <td className="num">{nf.format(o.score)}</td>
                <td>{o.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <More
          shown={analyses.programmeOverlapPage.nodes.length}
          total={analyses.programmeOverlapPage.totalCount}
          mode="PROGRAMME_OVERLAPS"
          territoryId={territoryId}
        />
      </section>

      <section data-section="information-gaps">
        <h2>Partage d’information manquant</h2>
        <Definition data={data} analysis="INFORMATION_GAPS" />
        <p className="muted">Calculé le {today}.</p>
        <table data-table="information-gaps">
          <thead>
            <tr>
              <th scope="col">Acteur A</th>
              <th scope="col">Acteur B</th>
              <th scope="col">Force</th>
              <th scope="col">Explication</th>
            </tr>
          </thead>
          <tbody>
            {analyses.informationGapPage.nodes.map((g) => (
              <tr key={`${g.a.name}|${g.b.name}`}>
                <td>{g.a.name}</td>
                <td>{g.b.name}</td>
                <td className="num">{g.strength}</td>
                <td>{g.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <More
          shown={analyses.informationGapPage.nodes.length}
          total={analyses.informationGapPage.totalCount}
          mode="INFORMATION_GAPS"
          territoryId={territoryId}
        />
        {analyses.informationGapPage.largeProgrammes.length ? (
          <>
            <h3>Grands dispositifs (plus de 20 participants)</h3>
            <p className="muted">Leurs participants sans échange d’information sont comptés par dispositif plutôt que listés deux à deux.</p>
            <table data-table="information-gaps-programmes">
              <thead>
                <tr>
                  <th scope="col">Dispositif</th>
                  <th scope="col">Participants</th>
                  <th scope="col">Paires sans échange</th>
                  <th scope="col">Explication</th>
                </tr>
              </thead>
              <tbody>
                {analyses.informationGapPage.largeProgrammes.map((l) => (
                  <tr key={l.programme.name}>
                    <td>{l.programme.name}</td>
                    <td className="num">{l.participants}</td>
                    <td className="num">{l.pairsWithoutExchange}</td>
                    <td>{l.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <section data-section="cir">
        <h2>Articulation avec le CIR</h2>
        <Definition data={data} analysis="CIR_ARTICULATION" />
        <p>{cir.explanation}</p>
        <table data-table="cir">
          <thead>
            <tr>
              <th scope="col">Acteur</th>
              <th scope="col">Distance au CIR</th>
              <th scope="col">Explication</th>
            </tr>
          </thead>
          <tbody>
            {cir.linked.map((l) => (
              <tr key={`l|${l.actor.name}`}>
                <td>{l.actor.name}</td>
                <td className="num">{l.distance}</td>
                <td>{l.explanation}</td>
              </tr>
            ))}
            {cir.unlinkedDetails.map((u) => (
              <tr key={`u|${u.actor.name}`}>
                <td>{u.actor.name}</td>
                <td>non relié</td>
                <td>{u.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section data-section="coverage-gaps">
        <h2>Zones blanches</h2>
        <Definition data={data} analysis="COVERAGE_GAPS" />
        <p className="muted">
          Calculé le {today}, par {territoryId ? 'commune' : 'EPCI'}, à 20 km au plus d’un lieu d’accueil.
        </p>
        <table data-table="coverage-gaps">
          <thead>
            <tr>
              <th scope="col">Territoire</th>
              <th scope="col">Frein</th>
              <th scope="col">BPI</th>
              <th scope="col">Acteurs</th>
              <th scope="col">Part atteinte</th>
            </tr>
          </thead>
          <tbody>
            {analyses.coverageGaps.slice(0, REPORT_TOP).map((g) => (
              <tr key={`${g.territory.id}|${g.barrier.id}`}>
                <td>{g.territory.name}</td>
                <td>{g.barrier.label}</td>
                <td className="num">{g.bpiDisplay ?? 'inconnu'}</td>
                <td className="num">{g.actorCount}</td>
                <td className="num">{pct.format(g.reachedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <More shown={Math.min(REPORT_TOP, analyses.coverageGaps.length)} total={analyses.coverageGaps.length} mode="COVERAGE_GAPS" territoryId={territoryId} />
      </section>

      <RecommendationsSection domains={meta.domains} answer={data.recommendations} scoped={territoryId != null} />

      <section data-section="sources">
        <h2>Sources</h2>
        <ol className="sources">
          {sources.list.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** « N autres résultats dans l'outil », with the link that opens the question in the explorer. */
function More({ shown, total, mode, territoryId }: { shown: number; total: number; mode: string; territoryId: string | null }) {
  if (total <= shown) return null;
  const q = new URLSearchParams({ mode });
  if (territoryId) q.set('territory', territoryId);
  const href = `${window.location.origin}/?${q.toString()}`;
  const rest = total - shown;
  return (
    <p className="more" data-testid="report-more" data-mode={mode}>
      Les {nf.format(shown)} premiers résultats sont imprimés. {nf.format(rest)} autre{rest > 1 ? 's' : ''} résultat{rest > 1 ? 's' : ''} dans l’outil :{' '}
      <a href={href}>{href}</a>
    </p>
  );
}

interface DiagramSpec {
  key: string;
  title: string;
  graph: GraphData;
  /** hide the labels that would overlap (the whole cartography: the domains' diagrams name every node) */
  declutter?: boolean;
}

const countLine = (g: GraphData) => {
  const a = g.nodes.filter((n) => n.type === 'Actor').length;
  const p = g.nodes.filter((n) => n.type === 'Programme').length;
  return `${nf.format(a)} acteur${a > 1 ? 's' : ''}, ${nf.format(p)} dispositif${p > 1 ? 's' : ''}, ${nf.format(g.edges.length)} lien${g.edges.length > 1 ? 's' : ''}`;
};

/**
 * The diagrams: the whole cartography, then one per domain (the actors and programmes lifting a
 * barrier of that domain, and their links), each drawn off screen one after the other and printed
 * on its own landscape A4 page.
 */
function DiagramsSection({ data, scopeName, today, onDone }: { data: ReportData; scopeName: string; today: string; onDone: () => void }) {
  const specs = useMemo<DiagramSpec[]>(
    () => [
      { key: 'whole', title: 'Cartographie d’ensemble', graph: data.diagrams.whole, declutter: true },
      ...data.diagrams.domains.map((d) => ({ key: d.domain.id, title: `Domaine « ${d.domain.label} »`, graph: d.graph })),
    ],
    [data],
  );
  const [drawn, setDrawn] = useState<Record<string, Diagram | null>>({});
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    let live = true;
    (async () => {
      for (const s of specs) {
        const d = s.graph.nodes.length
          ? await renderDiagram(
              s.graph,
              {
                title: s.title,
                subtitle: `${scopeName} — ${countLine(s.graph)}${s.declutter ? ' — noms des nœuds les plus reliés (tous les noms dans les schémas par domaine)' : ''}`,
                legendTitle: t('legend.title'),
                legend: legendSections(s.graph, null, t),
                dateLine: `Données au ${today}`,
                sourceLine: t('export.source'),
              },
              { declutter: s.declutter },
            )
          : null;
        if (!live) return;
        setDrawn((x) => ({ ...x, [s.key]: d }));
      }
      if (live) done.current();
    })().catch((e: unknown) => {
      console.error(e);
      if (live) done.current();
    });
    return () => {
      live = false;
    };
  }, [specs, scopeName, today]);
  return (
    <section data-section="diagrams">
      <h2>Schémas de la cartographie</h2>
      <p>
        Un schéma d’ensemble, puis un par domaine : les acteurs et les dispositifs qui lèvent au moins un frein du domaine, et leurs liens. La forme d’un nœud
        dit le type d’acteur ou de dispositif, le trait d’un lien son type (légende de chaque schéma) ; les noms complets sont dans les tableaux.
      </p>
      {specs.map((s) => (
        <figure key={s.key} className="report-diagram" data-diagram={s.key} data-testid="report-diagram" aria-label={s.title}>
          {s.key in drawn ? (
            drawn[s.key] ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn here by cytoscape-svg and the export frame, every text escaped
              <div className="diagram-svg" dangerouslySetInnerHTML={{ __html: drawn[s.key]?.svg ?? '' }} />
            ) : (
              <>
                <h3>{s.title}</h3>
                <p className="muted">Aucun acteur ni dispositif de ce domaine dans le périmètre.</p>
              </>
            )
          ) : (
            <p className="muted">Schéma en cours de dessin…</p>
          )}
        </figure>
      ))}
    </section>
  );
}

const PRIORITY_FR: Record<string, string> = { HIGH: 'haute', MEDIUM: 'moyenne', LOW: 'basse' };

/**
 * The accepted recommendations, numbered R1…, grouped by domain (a recommendation of two domains is
 * written out in the first and referred to in the next), then a section per peripheral barrier of
 * the cahier des charges that refers to them.
 */
function RecommendationsSection({ domains, answer, scoped }: { domains: { id: string; label: string }[]; answer: RecommendationsAnswer; scoped: boolean }) {
  const list = answer.recommendations;
  const groups = [...domains.map((d) => ({ id: d.id, label: d.label })), { id: '', label: 'Autres recommandations' }]
    .map((d) => ({ ...d, items: list.filter((r) => (d.id ? r.domains.some((x) => x.id === d.id) : r.domains.length === 0)) }))
    .filter((g) => g.items.length);
  const number = new Map<string, number>();
  for (const g of groups) for (const r of g.items) if (!number.has(r.id)) number.set(r.id, number.size + 1);
  const written = new Set<string>();
  return (
    <section data-section="recommendations">
      <h2>Recommandations</h2>
      {list.length === 0 ? (
        <p data-testid="report-reco-none">
          Aucune recommandation n’a encore été acceptée par les consultants. Les recommandations sont rédigées à partir des analyses dans l’explorateur («
          Recommandations »), puis revues : seules les recommandations acceptées figurent ici.
        </p>
      ) : (
        <p>
          {scoped
            ? 'Recommandations placées dans ce territoire, sur une partie de celui-ci ou autour de lui, et recommandations départementales (marquées « tout le département »). '
            : ''}
          {list.length} recommandation{list.length > 1 ? 's' : ''} acceptée{list.length > 1 ? 's' : ''} par les consultants, rédigée
          {list.length > 1 ? 's' : ''} à partir des constats des analyses (zones blanches, recouvrements, lacunes d’information, articulation avec le CIR). Leur
          priorité est pondérée par le nombre de BPI concernés (dernier effectif connu).
        </p>
      )}
      {groups.map((g) => (
        <div key={g.id || 'none'} className="reco-domain" data-domain={g.id}>
          <h3>{g.label}</h3>
          <ol className="reco-list">
            {g.items.map((r) => {
              const n = number.get(r.id);
              const first = !written.has(r.id);
              written.add(r.id);
              return (
                <li key={r.id} data-testid="report-reco" data-id={r.id} value={n}>
                  <strong>
                    R{n}. {r.title}
                  </strong>
                  {r.departmentWide ? <span className="dept-wide"> — tout le département</span> : null}
                  {first ? (
                    <>
                      <div className="muted">
                        Priorité {PRIORITY_FR[r.priorityLevel] ?? r.priorityLevel} — BPI concernés : {r.bpiDisplay ?? 'non renseigné'}
                      </div>
                      <p className="reco-text">{r.text}</p>
                    </>
                  ) : (
                    <span> (voir ci-dessus)</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <h3>Freins périphériques</h3>
      {answer.peripheralBarriers.map((p) => {
        const items = list.filter((r) => r.peripheralBarriers.some((x) => x.id === p.id));
        return (
          <div key={p.id} className="reco-peripheral" data-peripheral={p.id}>
            <h4>{p.label}</h4>
            {items.length ? (
              <ul>
                {items.map((r) => (
                  <li key={r.id}>
                    R{number.get(r.id)}. {r.title}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Aucune recommandation acceptée pour ce frein.</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
