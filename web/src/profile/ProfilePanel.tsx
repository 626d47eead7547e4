// « Profil du public » in the map view: the profile indicators of every territory of the map's level
// (communes, EPCI or employment areas) as a sortable table.
import { useEffect, useMemo, useState } from 'react';
import type { T } from '../i18n';
import { type MapLevel, outlines } from '../map/geo';
import { fetchLevelProfile, type LevelFigure } from './api';
import { ProfileTable } from './ProfileTable';
import { profileTableRows } from './shape';

export function ProfilePanel({ t, level }: { t: T; level: MapLevel }) {
  const [data, setData] = useState<{ level: MapLevel; rows: LevelFigure[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    fetchLevelProfile(level, ac.signal).then(
      (r) => setData({ level, rows: r.statistics }),
      (e: Error) => ac.signal.aborted || setError(e.message),
    );
    return () => ac.abort();
  }, [level]);
  const rows = useMemo(() => {
    if (!data || data.level !== level) return null;
    const by = new Map<string, LevelFigure[]>();
    for (const f of data.rows) by.set(f.territoryId, [...(by.get(f.territoryId) ?? []), f]);
    return profileTableRows(outlines(level).map((o) => ({ id: o.id, name: o.properties.name, figures: by.get(o.id) ?? [] })));
  }, [data, level]);
  if (error)
    return (
      <p className="error" role="alert">
        {t('app.error', { msg: error })}
      </p>
    );
  if (!rows) return <p className="loading">{t('app.loading')}</p>;
  const levelName = t(`level.${level}`);
  return (
    <section className="profile-panel" data-testid="profile-panel" data-ready={level}>
      {rows.length ? (
        <ProfileTable t={t} rows={rows} caption={t('profile.tableTitle', { level: levelName })} />
      ) : (
        <div className="profile-empty">
          <p>{t('profile.noTable', { level: levelName })}</p>
          <p className="muted small">{t('profile.howToImport')}</p>
        </div>
      )}
    </section>
  );
}
