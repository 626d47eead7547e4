// Level of detail: the details of a territory group of the overview, with its counts by kind and
// the button that opens it in place (or closes it).
import type { OverviewGroup } from '../graph/lod';
import type { T } from '../i18n';

interface Props {
  group: OverviewGroup;
  open: boolean;
  t: T;
  onToggle: () => void;
  onClose: () => void;
}

export function GroupPanel({ group, open, t, onToggle, onClose }: Props) {
  return (
    <aside className="details" aria-labelledby="group-h" data-testid="group-panel">
      <div className="details-head">
        <h2 id="group-h">{group.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('details.close')} title={`${t('details.close')} (Échap)`}>
          ✕
        </button>
      </div>
      <p className="kind">
        <span className="badge">{t('nodeType.Group')}</span>
      </p>
      <h3>{t('lod.actors', { n: group.actorCount })}</h3>
      <ul>
        {group.actorKinds.map((k) => (
          <li key={k.kind ?? ''}>
            {t(`actorKind.${(k.kind ?? 'OTHER') as 'OTHER'}`)} : {k.count}
          </li>
        ))}
      </ul>
      <h3>{t('lod.programmes', { n: group.programmeCount })}</h3>
      <ul>
        {group.programmeKinds.map((k) => (
          <li key={k.kind ?? ''}>
            {t(`programmeKind.${(k.kind ?? 'COMMON_LAW') as 'COMMON_LAW'}`)} : {k.count}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="primary" onClick={onToggle} data-testid="group-toggle">
          {open ? t('lod.close') : t('lod.open')}
        </button>
      </p>
    </aside>
  );
}
