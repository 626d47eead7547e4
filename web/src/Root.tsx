// What the visitor sees first: the sign-in page (or the first-administrator form of the setup
// link), the admin page (#admin), or the explorer — once the server has said who they are.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { App } from './App';
import { canEdit, useAuth } from './auth';
import { AdminPage } from './components/AdminPage';
import { SignInPage } from './components/SignInPage';
import { CanEditContext } from './editing/canEdit';
import { translator } from './i18n';
import { setApp, useStore } from './store';

const subscribeHash = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};
const useHash = () => useSyncExternalStore(subscribeHash, () => location.hash);

export function Root() {
  const auth = useAuth();
  const lang = useStore((s) => s.app.lang);
  const t = useMemo(() => translator(lang), [lang]);
  const hash = useHash();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const onLang = () => setApp({ lang: lang === 'fr' ? 'en' : 'fr' });

  if (auth.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (auth.status === 'error')
    return (
      <p className="error" role="alert">
        {t('app.error', { msg: auth.error ?? '' })}
      </p>
    );
  const setup = /^#setup=([\w-]+)$/.exec(hash)?.[1] ?? null;
  if (!auth.me && (setup !== null || !auth.publicRead || hash === '#signin'))
    return (
      <SignInPage
        t={t}
        setupCode={setup}
        onLang={onLang}
        onCancel={
          auth.publicRead && setup === null
            ? () => {
                location.hash = '';
              }
            : undefined
        }
      />
    );
  if (hash === '#admin' && auth.me?.role === 'ADMIN') return <AdminPage t={t} lang={lang} />;
  return (
    <CanEditContext.Provider value={canEdit(auth.me ?? null)}>
      <App />
    </CanEditContext.Provider>
  );
}
