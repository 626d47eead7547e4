// Side-panel filters: domain, barrier, public, territory, actor kinds, link types, formal links, extra node types.
import type { Reference } from '../api';
import { ACTOR_KINDS, INCLUDES, type Include, LINK_TYPES } from '../graph/types';
import type { Filters, Lang } from '../graph/urlState';
import { type T, vocabLabel } from '../i18n';
import { resetFilters, setFilters } from '../store';
import { TerritoryPicker } from './TerritoryPicker';

interface Props {
  filters: Filters;
  reference: Reference | null;
  lang: Lang;
  t: T;
}

const toggle = <X extends string>(list: readonly X[], x: X): X[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export function FilterPanel({ filters: f, reference, lang, t }: Props) {
  const active = f.domains.length + f.barriers.length + f.publics.length + (f.territory ? 1 : 0) + f.kinds.length + f.links.length + (f.formalOnly ? 1 : 0);
  const single = (v: string) => (v ? [v] : []);
  return (
    <section className="panel-section" aria-labelledby="filters-h">
      <h2 id="filters-h">
        {t('panel.filters')} {active > 0 && <span className="badge">{t('filters.active', { n: active })}</span>}
      </h2>
      <VocabSelect
        id="f-domain"
        testId="filter-domain"
        label={t('filters.domain')}
        anyLabel={t('filters.any')}
        options={reference?.domains}
        lang={lang}
        value={f.domains[0] ?? ''}
        onChange={(v) => setFilters({ domains: single(v) })}
      />
      <VocabSelect
        id="f-barrier"
        testId="filter-barrier"
        label={t('filters.barrier')}
        anyLabel={t('filters.any')}
        options={reference?.barriers}
        lang={lang}
        value={f.barriers[0] ?? ''}
        onChange={(v) => setFilters({ barriers: single(v) })}
      />
      <VocabSelect
        id="f-public"
        testId="filter-public"
        label={t('filters.public')}
        anyLabel={t('filters.any')}
        options={reference?.publics}
        lang={lang}
        value={f.publics[0] ?? ''}
        onChange={(v) => setFilters({ publics: single(v) })}
      />
      <TerritoryPicker
        label={t('filters.territory')}
        territories={reference?.territories ?? []}
        value={f.territory}
        onChange={(id) => setFilters({ territory: id })}
        t={t}
        testId="filter-territory"
      />
      <fieldset className="checks">
        <legend>{t('filters.kinds')}</legend>
        {ACTOR_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={f.kinds.includes(k)} onChange={() => setFilters({ kinds: toggle(f.kinds, k) })} data-kind={k} />
            {t(`actorKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('filters.links')}</legend>
        {LINK_TYPES.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={f.links.includes(k)} onChange={() => setFilters({ links: toggle(f.links, k) })} data-link={k} />
            {t(`linkType.${k}`)}
          </label>
        ))}
        <label className="formal">
          <input type="checkbox" checked={f.formalOnly} onChange={(e) => setFilters({ formalOnly: e.target.checked })} data-testid="filter-formal" />
          {t('filters.formalOnly')}
        </label>
      </fieldset>
      <fieldset className="checks">
        <legend>{t('filters.include')}</legend>
        {INCLUDES.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={f.include.includes(k)} onChange={() => setFilters({ include: toggle<Include>(f.include, k) })} data-include={k} />
            {t(`include.${k}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={resetFilters} disabled={active === 0}>
        {t('filters.reset')}
      </button>
    </section>
  );
}

/** A select over vocabulary entries (domains, barriers, publics), with an "any" option. */
function VocabSelect(props: {
  id: string;
  testId: string;
  label: string;
  anyLabel: string;
  options: { id: string; label: string }[] | undefined;
  lang: Lang;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.anyLabel}</option>
        {props.options?.map((d) => (
          <option key={d.id} value={d.id}>
            {vocabLabel(d.id, d.label, props.lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
