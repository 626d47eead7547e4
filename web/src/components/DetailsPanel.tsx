// Details of the selected node: kind, description, territories, barriers, programmes, links with sources, contact.
import { useEffect, useState } from 'react';
import { type Detail, fetchDetail, type ProgrammeDetail, type Site } from '../api';
import { EditControls } from '../editing/EditControls';
import { isEnded } from '../graph/ended';
import type { GNode } from '../graph/types';
import type { Lang } from '../graph/urlState';
import { kindLabel, linkLabel, nodeTypeLabel, type T, vocabLabel } from '../i18n';
import { useStore } from '../store';
import './DetailsPanel.css';

interface Props {
  node: GNode;
  labels: ReadonlyMap<string, string>;
  expanded: boolean;
  lang: Lang;
  t: T;
  onClose: () => void;
  onToggleExpand: () => void;
  onSelect: (id: string) => void;
  /** « Modifier » (editors only) */
  onEdit?: () => void;
  /** « Tracer un lien » from this node (editors only) */
  onDrawLink?: () => void;
}

export function DetailsPanel({ node, labels, expanded, lang, t, onClose, onToggleExpand, onSelect, onEdit, onDrawLink }: Props) {
  const revision = useStore((s) => s.data.revision);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [loading, setLoading] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded again after an edit (revision)
  useEffect(() => {
    const ctl = new AbortController();
    setDetail(null);
    setLoading(true);
    fetchDetail(node.type, node.id, ctl.signal)
      .then((d) => !ctl.signal.aborted && setDetail(d))
      .catch((e: unknown) => {
        // shown as no details; said in the console for whoever investigates
        if (!ctl.signal.aborted) console.warn('details could not be loaded', e);
      })
      .finally(() => !ctl.signal.aborted && setLoading(false));
    return () => ctl.abort();
  }, [node.id, node.type, revision]);

  const kindText =
    node.type === 'Actor' || node.type === 'Programme' || node.type === 'Territory' ? kindLabel(t, node.type, node.kind) : nodeTypeLabel(t, node.type);
  const nodeLink = (id: string, name?: string) => (
    <button type="button" className="link" onClick={() => onSelect(id)}>
      {name ?? labels.get(id) ?? id}
    </button>
  );
  const title = node.type === 'Barrier' || node.type === 'Domain' || node.type === 'Public' ? vocabLabel(node.id, node.label, lang) : node.label;

  return (
    <aside className="details" aria-labelledby="details-h" data-testid="details">
      <div className="details-head">
        <h2 id="details-h">{title}</h2>
        <button type="button" onClick={onClose} aria-label={t('details.close')} title={`${t('details.close')} (Échap)`}>
          ✕
        </button>
      </div>
      <p className="kind">
        <span className="badge">{nodeTypeLabel(t, node.type)}</span> {kindText}
      </p>
      <button type="button" onClick={onToggleExpand} data-testid="toggle-expand">
        {expanded ? t('details.collapse') : t('details.expand')}
      </button>
      <p className="muted small">{t('details.expandHint')}</p>
      {(node.type === 'Actor' || node.type === 'Programme') && (
        <EditControls type={node.type} id={node.id} name={node.label} labels={labels} t={t} onEdit={onEdit} onDrawLink={onDrawLink} onDeleted={onClose} />
      )}
      {loading && <p className="muted">{t('details.loading')}</p>}
      {detail?.__typename === 'Actor' && (
        <>
          <p>
            <a href={`/fiches-entretien?acteur=${encodeURIComponent(node.id)}`} target="_blank" rel="noopener" data-testid="interview-sheet">
              {t('details.interviewSheet')}
            </a>
          </p>
          {detail.description && <Section title={t('details.description')}>{detail.description}</Section>}
          {(detail.email || detail.phone || detail.website || detail.address || detail.commune) && (
            <Section title={t('details.contact')}>
              <ul className="plain">
                {detail.address && <li>{detail.address}</li>}
                {detail.commune && detail.commune.name !== detail.address && <li>{detail.commune.name}</li>}
                {detail.email && (
                  <li>
                    <a href={`mailto:${detail.email}`}>{detail.email}</a>
                  </li>
                )}
                {detail.phone && (
                  <li>
                    <a href={`tel:${detail.phone.replace(/\s+/g, '')}`}>{detail.phone}</a>
                  </li>
                )}
                {detail.website && (
                  <li>
                    <a href={detail.website} target="_blank" rel="noreferrer noopener">
                      {detail.website}
                    </a>
                  </li>
                )}
              </ul>
            </Section>
          )}
          <Sites sites={detail.sites} outreach={detail.outreach} t={t} />
          <ListSection title={t('details.territories')} items={detail.activeIn.map((x) => `${x.name} (${t(`level.${x.level}`)})`)} />
          <ListSection title={t('details.barriers')} items={detail.addresses.map((b) => vocabLabel(b.id, b.label, lang))} />
          {detail.programmes.length > 0 && (
            <Section title={t('details.programmes')}>
              <ul className="plain">
                {detail.programmes.map((p) => (
                  <li key={p.id}>{nodeLink(p.id, p.name)}</li>
                ))}
              </ul>
            </Section>
          )}
          {detail.links.length > 0 && (
            <Section title={`${t('details.links')} (${detail.links.length})`}>
              <ul className="links">
                {detail.links.map((l) => {
                  const out = l.from === detail.id;
                  const other = out ? l.to : l.from;
                  return (
                    <li key={`${l.type}:${l.from}->${l.to}`}>
                      {out ? (
                        <>
                          <em>{linkLabel(t, l.type)}</em> → {nodeLink(other)}
                        </>
                      ) : (
                        <>
                          {nodeLink(other)} → <em>{linkLabel(t, l.type)}</em>
                        </>
                      )}
                      {l.formal && <span className="badge">{t('details.formal')}</span>}
                      {l.note && <div className="small">{l.note}</div>}
                      <div className="sources small">
                        {l.sources.length ? l.sources.map((s) => <SourceText key={s} s={s} />) : <span className="muted">{t('details.noSource')}</span>}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </Section>
          )}
          <Sources title={t('details.sources')} sources={detail.sources} none={t('details.noSource')} />
        </>
      )}
      {detail?.__typename === 'Programme' && (
        <>
          <ProgrammeDates detail={detail} lang={lang} t={t} />
          {detail.description && <Section title={t('details.description')}>{detail.description}</Section>}
          {detail.operators.length > 0 && (
            <Section title={t('details.operators')}>
              <ul className="plain">
                {detail.operators.map((a) => (
                  <li key={a.id}>{nodeLink(a.id, a.name)}</li>
                ))}
              </ul>
            </Section>
          )}
          <Sites sites={detail.sites} outreach={detail.outreach} t={t} />
          <ListSection title={t('details.territories')} items={detail.activeIn.map((x) => `${x.name} (${t(`level.${x.level}`)})`)} />
          <ListSection title={t('details.barriers')} items={detail.addresses.map((b) => vocabLabel(b.id, b.label, lang))} />
          <ListSection title={t('details.publics')} items={detail.publics.map((b) => vocabLabel(b.id, b.label, lang))} />
          <ListSection title={t('details.domains')} items={detail.domains.map((b) => vocabLabel(b.id, b.label, lang))} />
          {detail.website && (
            <Section title={t('col.website')}>
              <a href={detail.website} target="_blank" rel="noreferrer noopener">
                {detail.website}
              </a>
            </Section>
          )}
          <Sources title={t('details.sources')} sources={detail.sources} none={t('details.noSource')} />
        </>
      )}
      {detail?.__typename === 'Territory' && (
        <ListSection title={t('details.parents')} items={detail.parents.map((x) => `${x.name} (${t(`level.${x.level}`)})`)} />
      )}
    </aside>
  );
}

/** Where it receives people (commune, address, label, phone, hours) and whether it comes to them. */
function Sites({ sites, outreach, t }: { sites: readonly Site[]; outreach: boolean; t: T }) {
  if (!sites.length && !outreach) return null;
  return (
    <Section title={t('details.sites')}>
      {outreach && (
        <p className="badge outreach" data-testid="outreach">
          {t('details.outreach')}
        </p>
      )}
      {sites.length > 0 && (
        <ul className="sites" data-testid="sites">
          {sites.map((s, i) => (
            // two sites may share a commune and even an address: the document order is the key
            // biome-ignore lint/suspicious/noArrayIndexKey: sites have no id; their order is stable
            <li key={i} data-commune={s.commune.id}>
              {s.label && <div className="site-label">{s.label}</div>}
              <div>{s.address ? `${s.address}${s.address.includes(s.commune.name) ? '' : `, ${s.commune.name}`}` : s.commune.name}</div>
              {s.phone && (
                <div>
                  <a href={`tel:${s.phone.replace(/\s+/g, '')}`}>{s.phone}</a>
                </div>
              )}
              {s.hours && <div className="small">{t('details.hours', { h: s.hours })}</div>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** An ended programme says so first (it is out of the analyses); otherwise its period and capacity. */
function ProgrammeDates({ detail, lang, t }: { detail: ProgrammeDetail; lang: Lang; t: T }) {
  const date = (d: string) => new Date(`${d}T00:00:00`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const ended = isEnded(detail.endDate);
  const lines: string[] = [];
  if (detail.startDate) lines.push(t('details.since', { d: date(detail.startDate) }));
  if (detail.endDate && !ended) lines.push(t('details.endsOn', { d: date(detail.endDate) }));
  if (detail.capacity != null) lines.push(t('details.capacity', { n: detail.capacity }));
  return (
    <>
      {ended && detail.endDate && (
        <p className="badge ended" data-testid="ended">
          {t('details.ended', { d: date(detail.endDate) })}
        </p>
      )}
      {lines.length > 0 && <p className="small">{lines.join(' · ')}</p>}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="details-section">
      <h3>{title}</h3>
      <div>{children}</div>
    </section>
  );
}

function ListSection({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <Section title={title}>
      <ul className="plain">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </Section>
  );
}

function SourceText({ s }: { s: string }) {
  const url = /https?:\/\/\S+/.exec(s)?.[0];
  if (!url) return <span className="source">{s}</span>;
  const [before, after] = s.split(url);
  return (
    <span className="source">
      {before}
      <a href={url} target="_blank" rel="noreferrer noopener">
        {url}
      </a>
      {after}
    </span>
  );
}

function Sources({ title, sources, none }: { title: string; sources: string[]; none: string }) {
  return (
    <Section title={title}>
      {sources.length ? (
        <ul className="plain small">
          {sources.map((s) => (
            <li key={s}>
              <SourceText s={s} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted small">{none}</span>
      )}
    </Section>
  );
}
