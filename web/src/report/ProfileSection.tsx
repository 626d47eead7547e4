// The report's profile of the BPI public (SPEC "The BPI public"): the charts of the scope (the
// department, or the EPCI / employment area of ?territory=) and the table by territory (its EPCI for
// the department, its communes otherwise), secrecy applied by the API. SVG, so it prints sharp.
import { useEffect, useState } from 'react';
import { translator } from '../i18n';
import { fetchScopeProfile, type ScopeProfile } from '../profile/api';
import { ProfileCharts } from '../profile/ProfileCharts';
import { ProfileTable } from '../profile/ProfileTable';
import { profileTableRows } from '../profile/shape';

const t = translator('fr');

export function ProfileSection({ scope }: { scope: string | null }) {
  const [data, setData] = useState<ScopeProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchScopeProfile(scope ?? '29').then(
      (r) => (r.territory ? setData(r.territory) : setError(`territoire inconnu : ${scope}`)),
      (e: Error) => setError(e.message),
    );
  }, [scope]);
  if (error)
    return (
      <p className="error" role="alert">
        {t('app.error', { msg: error })}
      </p>
    );
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  const childLevel = data.level === 'DEPARTMENT' ? 'EPCI' : 'COMMUNE';
  const rows = profileTableRows(
    data.children
      .filter((c) => c.level === childLevel)
      .map((c) => ({ id: c.id, name: c.name, figures: c.statistics }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  );
  const levelName = t(`level.${childLevel}`);
  return (
    <div className="report-profile" data-section="profile" data-ready="true">
      <h3>Profil du public BPI — {data.name}</h3>
      <ProfileCharts t={t} figures={data.statistics} width={300} />
      <h3>Profil du public par territoire ({levelName})</h3>
      {rows.length ? (
        <ProfileTable t={t} rows={rows} caption={t('profile.tableTitle', { level: levelName })} />
      ) : (
        <p>{t('profile.noTable', { level: levelName })}</p>
      )}
    </div>
  );
}
