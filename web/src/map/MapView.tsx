// The map of the BPI public: the outlines of a level coloured by an indicator (secrecy applied by
// the API), the zones blanches of a barrier hatched over it, actors and their sites as symbols of
// their kind, and the figures of a territory on click. Drawn in SVG with d3-geo, offline.
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ACTOR_LOOK } from '../graph/palette';
import { shapePoints } from '../graph/shapes';
import type { T } from '../i18n';
import { fetchMapFigures, fetchMapGaps, fetchMapMeta, fetchTerritoryFigures, type MapFigure, type MapGap, type MapMeta, type TerritoryFigures } from './api';
import { classFill, classOf, legendRows, MISSING_FILL, quantileClasses, reachClass, SECRET_FILL } from './classes';
import { communeCentroids, MAP_LEVELS, type MapLevel, outlines, project } from './geo';
import './MapView.css';

// The profile charts and table: their own chunk (Observable Plot), loaded when first shown.
const ProfileCharts = lazy(() => import('../profile/ProfileCharts').then((m) => ({ default: m.ProfileCharts })));
const ProfilePanel = lazy(() => import('../profile/ProfilePanel').then((m) => ({ default: m.ProfilePanel })));

const W = 900;
const H = 640;
const HATCH = ['hatch-0', 'hatch-1', 'hatch-2'] as const;

interface ActorSymbol {
  key: string;
  id: string;
  kind: string;
  site: boolean;
  x: number;
  y: number;
  title: string;
}

/** Where each actor and each of its sites is drawn: the centroid of its commune, spread around it when several share one. */
function actorSymbols(meta: MapMeta | null, centroids: Map<string, [number, number]>, t: T): ActorSymbol[] {
  if (!meta) return [];
  const at = new Map<string, number>();
  const spot = (commune: string): [number, number] | null => {
    const c = centroids.get(commune);
    if (!c) return null;
    const i = at.get(commune) ?? 0;
    at.set(commune, i + 1);
    if (i === 0) return c;
    const a = i * 2.4;
    const r = 5 * Math.sqrt(i);
    return [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)];
  };
  const out: ActorSymbol[] = [];
  for (const a of meta.mapActors) {
    const main = a.communeId ? spot(a.communeId) : null;
    const kind = t(`actorKind.${a.kind}` as 'actorKind.OTHER');
    if (main) out.push({ key: a.id, id: a.id, kind: a.kind, site: false, x: main[0], y: main[1], title: `${a.name} — ${kind}` });
    a.sites.forEach((s, i) => {
      const p = spot(s.communeId);
      if (p) out.push({ key: `${a.id}#${i}`, id: a.id, kind: a.kind, site: true, x: p[0], y: p[1], title: `${s.label ?? a.name} — ${a.name}` });
    });
  }
  return out;
}

/** A symbol of the actor's kind (the graph's shape and colour): filled for the actor, hollow for a site. */
function KindSymbol({ s }: { s: ActorSymbol }) {
  const look = ACTOR_LOOK[s.kind] ?? ACTOR_LOOK.OTHER;
  if (!look) return null;
  const r = s.site ? 3.5 : 5;
  const fill = s.site ? '#ffffff' : look.fill;
  const stroke = s.site && look.fill !== '#DDDDDD' ? look.fill : '#1a1a1a';
  const sw = s.site ? 1.5 : 1;
  const pts = shapePoints(look.shape);
  const shape = pts ? (
    <polygon points={pts.map(([x, y]) => `${(s.x + x * r).toFixed(1)},${(s.y + y * r).toFixed(1)}`).join(' ')} fill={fill} stroke={stroke} strokeWidth={sw} />
  ) : (
    <circle cx={s.x} cy={s.y} r={r} fill={fill} stroke={stroke} strokeWidth={sw} />
  );
  return (
    <g className={s.site ? 'site' : 'actor'} data-id={s.id} data-kind={s.kind}>
      {shape}
      <title>{s.title}</title>
    </g>
  );
}

export function MapView({ t }: { t: T }) {
  const [level, setLevel] = useState<MapLevel>('COMMUNE');
  const [indicator, setIndicator] = useState('BPI_COUNT');
  const [barrier, setBarrier] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'map' | 'profile'>('map');
  const [meta, setMeta] = useState<MapMeta | null>(null);
  const [figures, setFigures] = useState<{ key: string; rows: MapFigure[]; at: number } | null>(null);
  const [gaps, setGaps] = useState<{ key: string; rows: MapGap[] } | null>(null);
  const [details, setDetails] = useState<TerritoryFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    fetchMapMeta().then(setMeta, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    const ac = new AbortController();
    const key = `${level}|${indicator}`;
    fetchMapFigures(level, indicator, ac.signal).then(
      (r) => setFigures({ key, rows: r.statistics, at: performance.now() }),
      (e: Error) => ac.signal.aborted || setError(e.message),
    );
    return () => ac.abort();
  }, [level, indicator]);
  useEffect(() => {
    if (!barrier) return setGaps(null);
    const ac = new AbortController();
    const key = `${level}|${barrier}`;
    fetchMapGaps(level, barrier, ac.signal).then(
      (r) => setGaps({ key, rows: r.coverageGaps }),
      (e: Error) => ac.signal.aborted || setError(e.message),
    );
    return () => ac.abort();
  }, [level, barrier]);
  useEffect(() => {
    if (!selected) return setDetails(null);
    const ac = new AbortController();
    fetchTerritoryFigures(selected, ac.signal).then(
      (r) => setDetails(r.territory ?? null),
      (e: Error) => ac.signal.aborted || setError(e.message),
    );
    return () => ac.abort();
  }, [selected]);

  const pr = useMemo(() => project(W, H), []);
  const shapes = useMemo(() => outlines(level).map((f) => ({ id: f.id, name: f.properties.name, d: pr.path(f) })), [level, pr]);
  const department = useMemo(() => outlines('DEPARTMENT').map((f) => pr.path(f)), [pr]);
  const centroids = useMemo(() => communeCentroids(pr), [pr]);
  const symbols = useMemo(() => actorSymbols(meta, centroids, t), [meta, centroids, t]);

  const current = figures?.key === `${level}|${indicator}` ? figures : null;
  const byTerritory = useMemo(() => new Map((current?.rows ?? []).map((r) => [r.territoryId, r])), [current]);
  const classes = useMemo(() => quantileClasses((current?.rows ?? []).flatMap((r) => (r.value == null ? [] : [r.value]))), [current]);
  const gapOf = useMemo(() => new Map((gaps?.key === `${level}|${barrier}` ? gaps.rows : []).map((g) => [g.territory.id, g])), [gaps, level, barrier]);
  const hasSecret = (current?.rows ?? []).some((r) => r.secret);

  // Time from the figures' arrival to the map drawn with them (read by bench/report.ts).
  useLayoutEffect(() => {
    if (!current || !svgRef.current) return;
    const svg = svgRef.current;
    requestAnimationFrame(() => svg.setAttribute('data-drawn-ms', (performance.now() - current.at).toFixed(1)));
    svg.setAttribute('data-ready', `${level}|${indicator}`);
  }, [current, level, indicator]);

  const fillOf = (id: string): string => {
    const f = byTerritory.get(id);
    if (!f) return MISSING_FILL;
    if (f.secret || f.value == null) return SECRET_FILL;
    return classes ? classFill(classOf(f.value, classes), classes) : MISSING_FILL;
  };
  const nf = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  const indicators = meta?.statisticIndicators ?? [];
  const selectedGap = selected ? gapOf.get(selected) : undefined;

  return (
    <div className="map-view" data-testid="map-view">
      <form className="map-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('map.level')}
          <select value={level} onChange={(e) => setLevel(e.target.value as MapLevel)} data-testid="map-level">
            {MAP_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('map.indicator')}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)} data-testid="map-indicator">
            {!indicators.some((i) => i.indicator === indicator) && (
              <option value={indicator}>{indicator === 'BPI_COUNT' ? t('map.bpiCount') : indicator}</option>
            )}
            {indicators.map((i) => (
              <option key={i.indicator} value={i.indicator}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('map.gaps')}
          <select value={barrier} onChange={(e) => setBarrier(e.target.value)} data-testid="map-barrier">
            <option value="">{t('map.noGaps')}</option>
            {(meta?.barriers ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div className="map-tabs" role="tablist" aria-label={t('profile.title')}>
        {(['map', 'profile'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} data-testid={`map-tab-${k}`} onClick={() => setTab(k)}>
            {t(k === 'map' ? 'profile.tab.map' : 'profile.tab.table')}
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { msg: error })}
        </p>
      )}
      {tab === 'profile' && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <ProfilePanel t={t} level={level} />
        </Suspense>
      )}
      <div className="map-body" hidden={tab !== 'map'}>
        <figure className="map-figure">
          {/* biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; a group, not an img, because its territories are focusable buttons */}
          <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('map.title')} data-testid="map" data-level={level}>
            <defs>
              <pattern id="hatch-0" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="4" height="4" fill="none" />
                <line x1="0" y1="0" x2="0" y2="4" stroke="#b2182b" strokeWidth="2.4" />
              </pattern>
              <pattern id="hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" stroke="#b2182b" strokeWidth="1.5" />
              </pattern>
              <pattern id="hatch-2" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="9" stroke="#b2182b" strokeWidth="0.8" />
              </pattern>
            </defs>
            <g className="territories">
              {shapes.map((s) => (
                // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it is focusable and answers Enter
                <path
                  key={s.id}
                  className={`territory${selected === s.id ? ' selected' : ''}`}
                  d={s.d}
                  fill={fillOf(s.id)}
                  data-id={s.id}
                  role="button"
                  tabIndex={0}
                  aria-label={s.name}
                  onClick={() => setSelected(s.id)}
                  onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setSelected(s.id)}
                >
                  <title>{`${s.name}${byTerritory.get(s.id) ? ` : ${byTerritory.get(s.id)?.display}` : ''}`}</title>
                </path>
              ))}
            </g>
            <g className="gaps">
              {shapes.map((s) => {
                const g = gapOf.get(s.id);
                const c = g ? reachClass(g.reachedShare) : null;
                return c == null ? null : <path key={s.id} d={s.d} fill={`url(#${HATCH[c]})`} data-gap={s.id} data-reach={c} />;
              })}
            </g>
            <g className="department">
              {department.map((d) => (
                <path key={d} d={d} />
              ))}
            </g>
            <g className="actors">
              {symbols.map((x) => (
                <KindSymbol key={x.key} s={x} />
              ))}
            </g>
          </svg>
          <figcaption className="muted small">{t('map.attribution')}</figcaption>
        </figure>
        <aside className="map-side">
          <section className="map-legend" data-testid="map-legend">
            <h3>{indicators.find((i) => i.indicator === indicator)?.label ?? indicator}</h3>
            <ul>
              {classes &&
                legendRows(classes).map((r) => (
                  <li key={r.from}>
                    <span className="swatch" style={{ background: r.fill }} />
                    {r.last ? t('map.classLast', { a: nf.format(r.from), b: nf.format(r.to) }) : t('map.class', { a: nf.format(r.from), b: nf.format(r.to) })}
                  </li>
                ))}
              {hasSecret && (
                <li>
                  <span className="swatch" style={{ background: SECRET_FILL }} />
                  {t('map.secret')}
                </li>
              )}
              <li>
                <span className="swatch" style={{ background: MISSING_FILL }} />
                {t('map.missing')}
              </li>
            </ul>
            {current && !current.rows.length && <p className="muted small">{t('map.noFigures', { level: t(`level.${level}`) })}</p>}
            {barrier && (
              <>
                <h3>{t('map.gapsTitle', { b: meta?.barriers.find((b) => b.id === barrier)?.label ?? barrier })}</h3>
                <ul>
                  {HATCH.map((h, i) => (
                    <li key={h}>
                      <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
                        <rect width="14" height="14" fill={`url(#${h})`} stroke="#999" />
                      </svg>
                      {t(`map.reach${i as 0 | 1 | 2}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>{t('map.actors')}</h3>
            <p className="muted small">{t('map.actorsHint')}</p>
          </section>
          {selected && (
            <section className="map-figures" data-testid="map-figures" aria-live="polite">
              <button type="button" className="close" onClick={() => setSelected(null)} aria-label={t('map.close')}>
                ×
              </button>
              {!details || details.id !== selected ? (
                <p className="loading">{t('app.loading')}</p>
              ) : (
                <>
                  <h3>{details.name}</h3>
                  <p className="muted">
                    {t(`level.${details.level}`)}
                    {details.population != null && ` — ${t('map.population', { n: nf.format(details.population) })}`}
                  </p>
                  {selectedGap && <p className="gap-line">{selectedGap.explanation}</p>}
                  {details.statistics.length ? (
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('map.indicator')}</th>
                          <th scope="col">{t('map.value')}</th>
                          <th scope="col">{t('map.year')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {details.statistics.map((s) => (
                          <tr key={s.indicator} data-indicator={s.indicator}>
                            <th scope="row" title={s.source ?? undefined}>
                              {s.label}
                            </th>
                            <td className={s.secret ? 'secret' : undefined}>{s.display}</td>
                            <td>{s.year ?? ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : (
                    <p className="muted">{t('map.noStatistics')}</p>
                  )}
                  <section className="map-profile" data-testid="map-profile">
                    <h3>{t('profile.title')}</h3>
                    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
                      <ProfileCharts t={t} figures={details.statistics} width={300} />
                    </Suspense>
                  </section>
                </>
              )}
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
