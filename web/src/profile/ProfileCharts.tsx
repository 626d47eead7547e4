// The profile of the BPI public of one territory as charts (SPEC "The BPI public"): age bands, sex,
// family situation, countries of origin, in or outside the DNA. Drawn as SVG with Observable Plot,
// offline; greys and a hatch (secret « < 5 ») so that it reads in black and white, the figure as a
// label on each bar, a source line and a data table for each chart. Its own chunk (lazy-loaded).
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import type { MessageKey, T } from '../i18n';
import { type ProfileBar, type ProfileChart, type ProfileFigure, profileCharts } from './shape';
import './profile.css';

const GREYS: Record<string, string[]> = {
  age: ['#bdbdbd', '#969696', '#737373', '#525252'],
  sex: ['#bdbdbd', '#737373'],
  family: ['#bdbdbd', '#737373'],
  dna: ['#737373', '#bdbdbd'],
  countries: ['#969696'],
};

let hatchIds = 0;

/** One chart drawn by Plot into its own SVG; each bar carries its key and displayed figure (data-key, data-display). */
function BarChart({ chart, title, width }: { chart: ProfileChart; title: string; width: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    hatchIds += 1;
    const hatch = `profile-hatch-${hatchIds}`;
    // The youngest age band at the bottom, as in a pyramid; other charts read from the top.
    const bars = chart.id === 'age' ? [...chart.bars].reverse() : chart.bars;
    const greys = GREYS[chart.id] ?? ['#969696'];
    const fillOf = (b: ProfileBar, i: number) =>
      b.secret ? `url(#${hatch})` : (greys[(chart.id === 'age' ? bars.length - 1 - i : i) % greys.length] ?? '#969696');
    const max = Math.max(...bars.map((b) => b.value), 1);
    // Long country names are cut on the axis (the data table has them whole).
    const tick = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
    const longest = Math.max(...bars.map((b) => tick(b.label).length));
    const svg = Plot.plot({
      width,
      height: 12 + bars.length * 26,
      marginLeft: Math.max(60, Math.min(170, 20 + longest * 6.6)),
      marginRight: 86,
      marginTop: 6,
      marginBottom: 6,
      style: { fontSize: '11px', background: 'transparent', color: '#1a1a1a' },
      // no x axis: every bar carries its figure
      x: { domain: [0, max], axis: null },
      y: { domain: bars.map((b) => b.label), label: null, padding: 0.2, tickFormat: tick },
      ariaLabel: title,
      marks: [
        Plot.barX(bars, { x: 'value', y: 'label', fill: (b: ProfileBar) => fillOf(b, bars.indexOf(b)), stroke: '#1a1a1a', strokeWidth: 0.6 }),
        Plot.text(bars, { x: 'value', y: 'label', text: 'display', textAnchor: 'start', dx: 4, fill: '#000', fontWeight: 600 }),
        Plot.ruleX([0], { stroke: '#1a1a1a' }),
      ],
    });
    // The hatch of secret bars, defined inside this SVG.
    const ns = 'http://www.w3.org/2000/svg';
    const defs = document.createElementNS(ns, 'defs');
    const pattern = document.createElementNS(ns, 'pattern');
    for (const [k, v] of Object.entries({ id: hatch, width: '5', height: '5', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }))
      pattern.setAttribute(k, v);
    const bg = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ width: '5', height: '5', fill: '#ffffff' })) bg.setAttribute(k, v);
    const line = document.createElementNS(ns, 'line');
    for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '5', stroke: '#000', 'stroke-width': '2' })) line.setAttribute(k, v);
    pattern.append(bg, line);
    defs.append(pattern);
    svg.prepend(defs);
    // Name each bar and its label after the figure it draws (for the reader of the SVG and the tests).
    const rects = svg.querySelectorAll('g[aria-label="bar"] rect');
    const texts = svg.querySelectorAll('g[aria-label="text"] text');
    bars.forEach((b, i) => {
      for (const el of [rects[i], texts[i]]) {
        el?.setAttribute('data-key', b.key);
        el?.setAttribute('data-display', b.display);
        if (b.secret) el?.setAttribute('data-secret', 'true');
      }
    });
    svg.setAttribute('role', 'img');
    host.replaceChildren(svg);
    return () => host.replaceChildren();
  }, [chart, title, width]);
  return <div ref={ref} className="profile-plot" />;
}

function sourceLine(t: T, chart: ProfileChart): string {
  const src = chart.sources.length ? t('profile.source', { s: chart.sources.join(' ; ') }) : t('profile.noSource');
  if (!chart.years.length) return src;
  return `${src} — ${chart.years.length === 1 ? t('profile.year', { y: chart.years[0] ?? '' }) : t('profile.years', { y: chart.years.join(', ') })}`;
}

/** A bar's label in the interface's language (country names stay French: the names library ships French only here). */
function translated(t: T, chart: ProfileChart): ProfileChart {
  const label = (b: ProfileBar) =>
    b.key === 'OTHERS' ? t('profile.others', { n: b.others ?? 0 }) : b.key.startsWith('BPI_COUNTRY:') ? b.label : t(`profile.ind.${b.key}` as MessageKey);
  return { ...chart, bars: chart.bars.map((b) => ({ ...b, label: label(b) })) };
}

/** The profile charts of one territory, or what to import when it has none. */
export function ProfileCharts({
  t,
  figures,
  width = 320,
  headingLevel = 4,
}: {
  t: T;
  figures: readonly ProfileFigure[];
  width?: number;
  headingLevel?: 3 | 4;
}) {
  const charts = useMemo(() => profileCharts(figures).map((c) => translated(t, c)), [figures, t]);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (!charts.length)
    return (
      <div className="profile-empty" data-testid="profile-empty">
        <p>{t('profile.empty')}</p>
        <p className="muted small">{t('profile.howToImport')}</p>
      </div>
    );
  const anySecret = charts.some((c) => c.bars.some((b) => b.secret));
  return (
    <div className="profile-charts" data-testid="profile-charts">
      {charts.map((c) => {
        const title = t(`profile.chart.${c.id}` as MessageKey);
        return (
          <figure key={c.id} className="profile-chart" data-chart={c.id}>
            <H>{title}</H>
            <BarChart chart={c} title={title} width={width} />
            <figcaption className="small">
              {c.id === 'age' && <span className="profile-note">{t('profile.ageCaption')} </span>}
              <span className="profile-source">{sourceLine(t, c)}</span>
            </figcaption>
            <table className="profile-data">
              <caption>
                {t('profile.dataTable')} — {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('profile.category')}</th>
                  <th scope="col">{t('profile.people')}</th>
                </tr>
              </thead>
              <tbody>
                {c.bars.map((b) => (
                  <tr key={b.key} data-key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td className={b.secret ? 'secret' : undefined}>{b.display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
      {anySecret && <p className="small profile-secret-note">{t('profile.secret')}</p>}
    </div>
  );
}
