// The sign-in page (and, with the one-time setup link, the creation of the first administrator).
import { type FormEvent, useState } from 'react';
import { setupAdmin, signIn } from '../auth';
import type { T } from '../i18n';
import './Auth.css';

interface Props {
  t: T;
  /** The code of the first-start setup link (`/#setup=…`), when the page was opened with it. */
  setupCode: string | null;
  onLang: () => void;
  /** PUBLIC_READ: the cartography can be read without an account. */
  onCancel?: (() => void) | undefined;
}

export function SignInPage({ t, setupCode, onLang, onCancel }: Props) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setup = setupCode !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const err = setup ? await setupAdmin(setupCode, name, password) : await signIn(name, password);
    setBusy(false);
    if (err) setError(err);
    // Signed in: leave #signin / #setup=… (the explorer shows).
    else history.replaceState(null, '', `${location.pathname}${location.search}`);
  };

  return (
    <main className="auth-page" data-testid={setup ? 'setup-page' : 'sign-in-page'}>
      <form className="auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <div className="auth-head">
          <h1 id="auth-title">{t('app.title')}</h1>
          <button type="button" onClick={onLang} data-testid="lang">
            {t('lang.switch')}
          </button>
        </div>
        <h2>{setup ? t('auth.setupTitle') : t('auth.signInTitle')}</h2>
        {setup && <p className="muted">{t('auth.setupHelp')}</p>}
        <label>
          {t('auth.name')}
          <input name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t('auth.password')}
          <input
            name="password"
            type="password"
            autoComplete={setup ? 'new-password' : 'current-password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="auth-error">
            {error}
          </p>
        )}
        <div className="auth-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="sign-in">
            {setup ? t('auth.createAdmin') : t('auth.signIn')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('auth.readWithout')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
