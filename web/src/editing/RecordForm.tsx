// « Modifier » / « Nouvel acteur » / « Nouveau dispositif »: the form of an actor or a programme.
// Vocabulary choices, the territory picker, sites, outreach, sources one per line; the server's
// problems are shown next to the field they name. On a conflict (someone saved first) the stored
// version is shown beside the user's, who can re-apply their change on top of it.
import { useEffect, useId, useState } from 'react';
import type { Reference } from '../api';
import { TerritoryPicker } from '../components/TerritoryPicker';
import type { Lang } from '../graph/urlState';
import { type MessageKey, type T, vocabLabel } from '../i18n';
import { refreshData } from '../store';
import {
  type ActorInput,
  type EditableActor,
  type EditableProgramme,
  fetchEditableActor,
  fetchEditableProgramme,
  type ProgrammeInput,
  saveActor,
  saveProgramme,
  type WriteAnswer,
} from './api';
import { diffRecords } from './diff';
import './editing.css';

export type RecordType = 'Actor' | 'Programme';

const ACTOR_KINDS = [
  'STATE_SERVICE',
  'LOCAL_AUTHORITY',
  'PUBLIC_EMPLOYMENT_SERVICE',
  'SOCIAL_PROTECTION',
  'ACCOMMODATION_OPERATOR',
  'HOUSING_PROVIDER',
  'ASSOCIATION',
  'ECONOMIC_ACTOR',
  'TRAINING_BODY',
  'HEALTH_ACTOR',
  'OTHER',
] as const;
const PROGRAMME_KINDS = ['GLOBAL_SUPPORT', 'SPECIALISED', 'COMMON_LAW'] as const;

interface SiteValues {
  commune: string | null;
  address: string;
  label: string;
  phone: string;
  hours: string;
}
interface Values {
  id: string;
  name: string;
  kind: string;
  description: string;
  website: string;
  email: string;
  phone: string;
  address: string;
  commune: string | null;
  activeIn: string[];
  addresses: string[];
  domains: string[];
  publics: string[];
  capacity: string;
  startDate: string;
  endDate: string;
  sites: SiteValues[];
  outreach: boolean;
  sources: string;
}

const empty = (type: RecordType): Values => ({
  id: '',
  name: '',
  kind: type === 'Actor' ? 'ASSOCIATION' : 'SPECIALISED',
  description: '',
  website: '',
  email: '',
  phone: '',
  address: '',
  commune: null,
  activeIn: [],
  addresses: [],
  domains: [],
  publics: [],
  capacity: '',
  startDate: '',
  endDate: '',
  sites: [],
  outreach: false,
  sources: '',
});

const text = (v: string | null | undefined) => v ?? '';
const sitesOf = (list: EditableActor['sites']): SiteValues[] =>
  list.map((s) => ({ commune: s.commune.id, address: text(s.address), label: text(s.label), phone: text(s.phone), hours: text(s.hours) }));

function fromRecord(r: EditableActor | EditableProgramme): Values {
  const base = { ...empty('Actor'), id: r.id, name: r.name, kind: r.kind, description: text(r.description), website: text(r.website) };
  const common = {
    activeIn: r.activeIn.map((x) => x.id),
    addresses: r.addresses.map((x) => x.id),
    sites: sitesOf(r.sites),
    outreach: r.outreach,
    sources: r.sources.join('\n'),
  };
  if ('email' in r) return { ...base, ...common, email: text(r.email), phone: text(r.phone), address: text(r.address), commune: r.commune?.id ?? null };
  return {
    ...base,
    ...common,
    domains: r.domains.map((x) => x.id),
    publics: r.publics.map((x) => x.id),
    capacity: r.capacity == null ? '' : String(r.capacity),
    startDate: text(r.startDate),
    endDate: text(r.endDate),
  };
}

/** A stored record in the interchange shape (a conflict's `current`) as form values. */
function fromDoc(type: RecordType, doc: unknown): Values {
  const d = (doc ?? {}) as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : '');
  const l = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : []);
  const sites = (Array.isArray(d.sites) ? d.sites : []) as Record<string, string | undefined>[];
  return {
    ...empty(type),
    id: s('id'),
    name: s('name'),
    kind: s('kind') || empty(type).kind,
    description: s('description'),
    website: s('website'),
    email: s('email'),
    phone: s('phone'),
    address: s('address'),
    commune: s('commune') || null,
    activeIn: l('activeIn'),
    addresses: l('addresses'),
    domains: l('domains'),
    publics: l('publics'),
    capacity: typeof d.capacity === 'number' ? String(d.capacity) : '',
    startDate: s('startDate'),
    endDate: s('endDate'),
    sites: sites.map((x) => ({ commune: x.commune ?? null, address: x.address ?? '', label: x.label ?? '', phone: x.phone ?? '', hours: x.hours ?? '' })),
    outreach: d.outreach === true,
    sources: l('sources').join('\n'),
  };
}

/** A blank field is left out (the server then stores nothing for it). */
const opt = (v: string) => (v.trim() ? v.trim() : undefined);

function toInput(type: RecordType, v: Values): ActorInput | ProgrammeInput {
  const sites = v.sites.map((s) => ({ commune: s.commune ?? '', address: opt(s.address), label: opt(s.label), phone: opt(s.phone), hours: opt(s.hours) }));
  const sources = v.sources
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const common = {
    id: v.id.trim(),
    name: v.name,
    description: opt(v.description),
    website: opt(v.website),
    activeIn: v.activeIn,
    addresses: v.addresses,
    sites,
    outreach: v.outreach,
    sources,
  };
  if (type === 'Actor')
    return {
      ...common,
      kind: v.kind as ActorInput['kind'],
      email: opt(v.email),
      phone: opt(v.phone),
      address: opt(v.address),
      commune: v.commune ?? undefined,
    };
  const capacity = v.capacity.trim() === '' ? undefined : Number(v.capacity);
  return {
    ...common,
    kind: v.kind as ProgrammeInput['kind'],
    domains: v.domains,
    publics: v.publics,
    capacity: Number.isFinite(capacity) ? capacity : undefined,
    startDate: opt(v.startDate),
    endDate: opt(v.endDate),
  };
}

/** An id for a new record, from its name: « CCAS de Morlaix » -> ccas_de_morlaix. */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

interface Props {
  type: RecordType;
  /** null: a new record */
  id: string | null;
  reference: Reference | null;
  lang: Lang;
  t: T;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function RecordForm({ type, id, reference, lang, t, onClose, onSaved }: Props) {
  const [values, setValues] = useState<Values>(() => empty(type));
  /** the values as loaded: what the user changed is what differs from them */
  const [loaded, setLoaded] = useState<Values>(() => empty(type));
  const [version, setVersion] = useState<number | null>(null);
  const [loading, setLoading] = useState(id !== null);
  const [answer, setAnswer] = useState<WriteAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();

  const load = async (recordId: string) => {
    setLoading(true);
    try {
      const r = type === 'Actor' ? await fetchEditableActor(recordId) : await fetchEditableProgramme(recordId);
      if (r) {
        setValues(fromRecord(r));
        setLoaded(fromRecord(r));
        setVersion(r.version);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per record
  useEffect(() => {
    if (id) void load(id);
  }, [id, type]);

  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((x) => ({ ...x, [k]: v }));
  const toggle = (k: 'addresses' | 'domains' | 'publics', item: string) =>
    setValues((x) => ({ ...x, [k]: x[k].includes(item) ? x[k].filter((y) => y !== item) : [...x[k], item] }));

  const save = async (expected: number | null, base: Values = values) => {
    setSaving(true);
    setError(null);
    try {
      const v = id === null && !base.id.trim() ? { ...base, id: idFromName(base.name) } : base;
      const input = toInput(type, v);
      const r = type === 'Actor' ? await saveActor(input as ActorInput, expected) : await saveProgramme(input as ProgrammeInput, expected);
      setAnswer(r);
      if (r.ok) {
        setVersion(r.version);
        setValues(v);
        setLoaded(v);
        refreshData(r.change);
        onSaved(input.id);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const problems = answer?.problems ?? [];
  const strip = (where: string) => where.replace(/^input\.?/, '');
  const matches = (path: string, where: string) => {
    const w = strip(where);
    return w === path || w.startsWith(`${path}[`) || (path === 'id' && w === '');
  };
  const problemList = (path: string) => {
    const list = problems.filter((p) => matches(path, p.where) && !(path.startsWith('sites[') && !path.includes('.') && strip(p.where).includes('.')));
    if (!list.length) return null;
    return (
      <ul className="field-problems" role="alert" data-testid={`problem-${path}`}>
        {list.map((p) => (
          <li key={`${p.where}|${p.message}`}>{p.message}</li>
        ))}
      </ul>
    );
  };
  const KNOWN = [
    'id',
    'name',
    'kind',
    'description',
    'website',
    'email',
    'phone',
    'address',
    'commune',
    'capacity',
    'startDate',
    'endDate',
    'activeIn',
    'addresses',
    'domains',
    'publics',
    'sources',
    'sites',
  ];
  const rest = () => problems.filter((p) => !KNOWN.some((k) => matches(k, p.where)));

  const territories = reference?.territories ?? [];
  const communes = territories.filter((x) => x.level === 'COMMUNE');
  const nameOf = (tid: string) => territories.find((x) => x.id === tid)?.name ?? tid;
  const kinds = type === 'Actor' ? ACTOR_KINDS : PROGRAMME_KINDS;
  const kindPrefix = type === 'Actor' ? 'actorKind' : 'programmeKind';
  const title = id ? t('edit.title', { name: values.name || id }) : t(type === 'Actor' ? 'edit.newActor' : 'edit.newProgramme');

  const field = (
    k: 'name' | 'description' | 'website' | 'email' | 'phone' | 'address' | 'startDate' | 'endDate' | 'capacity',
    labelKey: MessageKey,
    kind = 'text',
  ) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is one of the two branches below
    <label className="edit-field">
      <span>{t(labelKey)}</span>
      {k === 'description' ? (
        <textarea value={values[k]} onChange={(e) => set(k, e.target.value)} rows={3} data-testid={`edit-${k}`} />
      ) : (
        <input type={kind} value={values[k]} onChange={(e) => set(k, e.target.value)} data-testid={`edit-${k}`} />
      )}
      {problemList(k)}
    </label>
  );

  const conflict = answer?.conflict ? answer : null;
  /** The stored record with the fields this user changed put back on top. */
  const reapplied = (current: unknown): Values => {
    const theirs = fromDoc(type, current);
    const out = { ...theirs };
    for (const k of Object.keys(values) as (keyof Values)[])
      if (JSON.stringify(values[k]) !== JSON.stringify(loaded[k])) (out as Record<string, unknown>)[k] = values[k];
    return out;
  };
  const mine = toInput(type, values);

  return (
    <aside className="details edit-panel" aria-labelledby={`${formId}-h`} data-testid="edit-form">
      <div className="details-head">
        <h2 id={`${formId}-h`}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={t('details.close')}>
          ✕
        </button>
      </div>
      {loading && <p className="muted">{t('details.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {conflict && (
        <section className="conflict" role="alert" data-testid="conflict">
          <h3>{id ? t('edit.conflict', { v: String(conflict.version ?? '?') }) : t('edit.exists')}</h3>
          {id && (
            <>
              <table className="conflict-table">
                <thead>
                  <tr>
                    <th>{t('edit.field')}</th>
                    <th>{t('edit.theirs')}</th>
                    <th>{t('edit.yours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diffRecords(conflict.current, mine).map((d) => (
                    <tr key={d.field}>
                      <th scope="row">{d.field}</th>
                      <td data-testid={`theirs-${d.field}`}>{d.before}</td>
                      <td data-testid={`yours-${d.field}`}>{d.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={saving}
                  onClick={() => void save(conflict.version, reapplied(conflict.current))}
                  data-testid="reapply"
                >
                  {t('edit.reapply')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setAnswer(null);
                    if (id) void load(id);
                  }}
                  data-testid="take-theirs"
                >
                  {t('edit.takeTheirs')}
                </button>
              </div>
            </>
          )}
        </section>
      )}
      {!loading && (
        <form
          className="edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(id ? version : null);
          }}
        >
          {id === null && (
            <label className="edit-field">
              <span>{t('edit.id')}</span>
              <input value={values.id} placeholder={idFromName(values.name)} onChange={(e) => set('id', e.target.value)} data-testid="edit-id" />
              {problemList('id')}
            </label>
          )}
          {field('name', 'edit.name')}
          <label className="edit-field">
            <span>{t('edit.kind')}</span>
            <select value={values.kind} onChange={(e) => set('kind', e.target.value)} data-testid="edit-kind">
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`${kindPrefix}.${k}` as MessageKey)}
                </option>
              ))}
            </select>
            {problemList('kind')}
          </label>
          {field('description', 'details.description')}
          {field('website', 'col.website', 'url')}
          {type === 'Actor' && (
            <>
              {field('email', 'edit.email', 'email')}
              {field('phone', 'edit.phone')}
              {field('address', 'edit.address')}
              <div className="edit-field">
                <TerritoryPicker
                  label={t('edit.commune')}
                  territories={communes}
                  value={values.commune}
                  onChange={(v) => set('commune', v)}
                  t={t}
                  testId="edit-commune"
                />
                {problemList('commune')}
              </div>
            </>
          )}
          {type === 'Programme' && (
            <>
              {field('capacity', 'edit.capacity', 'number')}
              {field('startDate', 'edit.startDate', 'date')}
              {field('endDate', 'edit.endDate', 'date')}
            </>
          )}
          <fieldset className="edit-field">
            <legend>{t('details.territories')}</legend>
            <ul className="chips">
              {values.activeIn.map((tid) => (
                <li key={tid}>
                  {nameOf(tid)}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      set(
                        'activeIn',
                        values.activeIn.filter((x) => x !== tid),
                      )
                    }
                    aria-label={t('edit.remove')}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <TerritoryPicker
              label={t('edit.addTerritory')}
              territories={territories}
              value={null}
              onChange={(v) => v && !values.activeIn.includes(v) && set('activeIn', [...values.activeIn, v])}
              t={t}
              testId="edit-activeIn"
            />
            {problemList('activeIn')}
          </fieldset>
          <fieldset className="edit-field checklist" data-testid="edit-barriers">
            <legend>{t('details.barriers')}</legend>
            {(reference?.barriers ?? []).map((b) => (
              <label key={b.id}>
                <input type="checkbox" checked={values.addresses.includes(b.id)} onChange={() => toggle('addresses', b.id)} value={b.id} />
                {vocabLabel(b.id, b.label, lang)}
              </label>
            ))}
            {problemList('addresses')}
          </fieldset>
          {type === 'Programme' && (
            <>
              <fieldset className="edit-field checklist">
                <legend>{t('details.domains')}</legend>
                {(reference?.domains ?? []).map((b) => (
                  <label key={b.id}>
                    <input type="checkbox" checked={values.domains.includes(b.id)} onChange={() => toggle('domains', b.id)} />
                    {vocabLabel(b.id, b.label, lang)}
                  </label>
                ))}
                {problemList('domains')}
              </fieldset>
              <fieldset className="edit-field checklist">
                <legend>{t('details.publics')}</legend>
                {(reference?.publics ?? []).map((b) => (
                  <label key={b.id}>
                    <input type="checkbox" checked={values.publics.includes(b.id)} onChange={() => toggle('publics', b.id)} />
                    {vocabLabel(b.id, b.label, lang)}
                  </label>
                ))}
                {problemList('publics')}
              </fieldset>
            </>
          )}
          <fieldset className="edit-field">
            <legend>{t('edit.sites')}</legend>
            {values.sites.map((s, i) => {
              const update = (patch: Partial<SiteValues>) =>
                set(
                  'sites',
                  values.sites.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                );
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: sites have no id; their order is their identity here
                <div className="site-row" key={i} data-testid={`edit-site-${i}`}>
                  <TerritoryPicker label={t('edit.commune')} territories={communes} value={s.commune} onChange={(v) => update({ commune: v })} t={t} />
                  {problemList(`sites[${i}].commune`)}
                  <input placeholder={t('edit.siteLabel')} value={s.label} onChange={(e) => update({ label: e.target.value })} />
                  <input placeholder={t('edit.address')} value={s.address} onChange={(e) => update({ address: e.target.value })} />
                  <input placeholder={t('edit.phone')} value={s.phone} onChange={(e) => update({ phone: e.target.value })} />
                  <input placeholder={t('edit.hours')} value={s.hours} onChange={(e) => update({ hours: e.target.value })} />
                  {problemList(`sites[${i}]`)}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      set(
                        'sites',
                        values.sites.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('edit.removeSite')}
                  </button>
                </div>
              );
            })}
            <button type="button" onClick={() => set('sites', [...values.sites, { commune: null, address: '', label: '', phone: '', hours: '' }])}>
              {t('edit.addSite')}
            </button>
          </fieldset>
          <label className="edit-field inline">
            <input type="checkbox" checked={values.outreach} onChange={(e) => set('outreach', e.target.checked)} />
            {t('edit.outreach')}
          </label>
          <label className="edit-field">
            <span>{t('edit.sources')}</span>
            <textarea value={values.sources} onChange={(e) => set('sources', e.target.value)} rows={3} data-testid="edit-sources" />
            {problemList('sources')}
          </label>
          {problems.length > 0 && rest().length > 0 && (
            <ul className="field-problems" role="alert">
              {rest().map((p) => (
                <li key={`${p.where}|${p.message}`}>
                  {p.where} : {p.message}
                </li>
              ))}
            </ul>
          )}
          {answer?.ok && (
            <output className="ok" data-testid="edit-saved">
              {t('edit.saved')}
            </output>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving || loading} data-testid="edit-save">
              {t('edit.save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('edit.cancel')}
            </button>
          </div>
        </form>
      )}
    </aside>
  );
}
