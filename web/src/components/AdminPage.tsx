// The admin page: accounts (create with a role, change the role, remove) and API tokens
// (create — the secret is shown once —, revoke). Problems come back from the server as data.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Role } from '../auth';
import { graphql, type ResultOf, request } from '../graphql';
import type { T } from '../i18n';
import './Auth.css';

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

const AccountsQuery = graphql(`
  query Accounts {
    users {
      id
      name
      role
      createdAt
      lastSignInAt
    }
    apiTokens {
      id
      name
      role
      createdAt
      createdBy
      revokedAt
    }
  }
`);
const CreateUser = graphql(`
  mutation CreateUser($input: NewUserInput!) {
    createUser(input: $input) {
      ok
      problems {
        where
        message
      }
    }
  }
`);
const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $role: Role, $password: String) {
    updateUser(id: $id, role: $role, password: $password) {
      ok
      problems {
        where
        message
      }
    }
  }
`);
const DeleteUser = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id) {
      ok
      problems {
        where
        message
      }
    }
  }
`);
const CreateToken = graphql(`
  mutation CreateApiToken($name: String!, $role: Role!) {
    createApiToken(name: $name, role: $role) {
      ok
      secret
      problems {
        where
        message
      }
    }
  }
`);
const RevokeToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ok
      problems {
        where
        message
      }
    }
  }
`);

type Data = ResultOf<typeof AccountsQuery>;
type Problems = { where: string; message: string }[];

const when = (iso: string | null | undefined, lang: string) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR') : '—');

export function AdminPage({ t, lang }: { t: T; lang: string }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>([]);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [tokenName, setTokenName] = useState('');
  const [tokenRole, setTokenRole] = useState<Role>('VIEWER');
  const [secret, setSecret] = useState<string | null>(null);
  const [done, setDone] = useState('');
  /** The account whose password is being replaced, and the new password typed for it. */
  const [resetFor, setResetFor] = useState<{ id: string; name: string } | null>(null);
  const [newPassword, setNewPassword] = useState('');

  const reload = useCallback(async () => {
    try {
      setData(await request(AccountsQuery, {}));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a mutation; shows its problems, or `message` and reloads the lists. */
  const act = async (run: () => Promise<{ ok: boolean; problems: Problems }>, message: string): Promise<boolean> => {
    setProblems([]);
    setDone('');
    try {
      const r = await run();
      if (!r.ok) {
        setProblems(r.problems);
        return false;
      }
      setDone(message);
      await reload();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };

  const createUser = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await act(async () => (await request(CreateUser, { input: { name, password, role } })).createUser, t('admin.userCreated', { name }));
    if (ok) {
      setName('');
      setPassword('');
    }
  };
  const resetPassword = async (e: FormEvent) => {
    e.preventDefault();
    if (!resetFor) return;
    const ok = await act(
      async () => (await request(UpdateUser, { id: resetFor.id, password: newPassword })).updateUser,
      t('admin.passwordChanged', { name: resetFor.name }),
    );
    if (ok) {
      setResetFor(null);
      setNewPassword('');
    }
  };
  const createToken = async (e: FormEvent) => {
    e.preventDefault();
    setSecret(null);
    await act(
      async () => {
        const r = (await request(CreateToken, { name: tokenName, role: tokenRole })).createApiToken;
        if (r.ok) setSecret(r.secret ?? null);
        return r;
      },
      t('admin.tokenCreated', { name: tokenName }),
    );
    setTokenName('');
  };

  return (
    <main className="admin-page" data-testid="admin-page">
      <div className="admin-head">
        <h1>{t('admin.title')}</h1>
        <a className="button" href="#carte" data-testid="admin-back">
          {t('admin.back')}
        </a>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {done && <p data-testid="admin-done">{done}</p>}
        {problems.length > 0 && (
          <ul className="error" data-testid="admin-problems">
            {problems.map((p) => (
              <li key={`${p.where}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        )}
      </div>

      <section aria-labelledby="admin-users">
        <h2 id="admin-users">{t('admin.users')}</h2>
        <form onSubmit={createUser} data-testid="new-user">
          <label>
            {t('auth.name')}
            <input name="new-name" value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            {t('auth.password')}
            <input name="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
          <label>
            {t('admin.role')}
            <select name="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t('admin.createUser')}
          </button>
        </form>
        <table data-testid="users">
          <thead>
            <tr>
              <th>{t('auth.name')}</th>
              <th>{t('admin.role')}</th>
              <th>{t('admin.lastSignIn')}</th>
              <th>
                <span className="sr-only">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.users.map((u) => (
              <tr key={u.id} data-user={u.name}>
                <td>{u.name}</td>
                <td>
                  <select
                    aria-label={t('admin.roleOf', { name: u.name })}
                    value={u.role}
                    onChange={(e) =>
                      void act(
                        async () => (await request(UpdateUser, { id: u.id, role: e.target.value as Role })).updateUser,
                        t('admin.userUpdated', { name: u.name }),
                      )
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{when(u.lastSignInAt, lang)}</td>
                <td>
                  <button
                    type="button"
                    data-testid="reset-password"
                    onClick={() => {
                      setResetFor({ id: u.id, name: u.name });
                      setNewPassword('');
                    }}
                  >
                    {t('admin.resetPassword')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      if (window.confirm(t('admin.confirmDelete', { name: u.name })))
                        void act(async () => (await request(DeleteUser, { id: u.id })).deleteUser, t('admin.userDeleted', { name: u.name }));
                    }}
                  >
                    {t('admin.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {resetFor && (
          <form onSubmit={resetPassword} data-testid="reset-form">
            <label>
              {t('admin.newPasswordFor', { name: resetFor.name })}
              <input
                name="reset-password"
                type="password"
                autoComplete="new-password"
                value={newPassword}
                onChange={(e) => setNewPassword(e.target.value)}
                required
                // biome-ignore lint/a11y/noAutofocus: the field the administrator just asked for
                autoFocus
              />
            </label>
            <button type="submit" className="primary">
              {t('admin.setPassword')}
            </button>
            <button type="button" onClick={() => setResetFor(null)}>
              {t('admin.cancel')}
            </button>
            <p className="muted small">{t('admin.passwordHelp')}</p>
          </form>
        )}
      </section>

      <section aria-labelledby="admin-tokens">
        <h2 id="admin-tokens">{t('admin.tokens')}</h2>
        <p className="muted">{t('admin.tokensHelp')}</p>
        <form onSubmit={createToken} data-testid="new-token">
          <label>
            {t('admin.tokenName')}
            <input name="token-name" value={tokenName} onChange={(e) => setTokenName(e.target.value)} required />
          </label>
          <label>
            {t('admin.role')}
            <select name="token-role" value={tokenRole} onChange={(e) => setTokenRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t('admin.createToken')}
          </button>
        </form>
        {secret && (
          <output className="token-output">
            <p>{t('admin.secretOnce')}</p>
            <p className="secret" data-testid="token-secret">
              {secret}
            </p>
          </output>
        )}
        <table data-testid="tokens">
          <thead>
            <tr>
              <th>{t('admin.tokenName')}</th>
              <th>{t('admin.role')}</th>
              <th>{t('admin.createdBy')}</th>
              <th>{t('admin.state')}</th>
              <th>
                <span className="sr-only">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.apiTokens.map((k) => (
              <tr key={k.id} data-token={k.name}>
                <td>{k.name}</td>
                <td>{t(`role.${k.role}`)}</td>
                <td>
                  {k.createdBy ?? '—'}, {when(k.createdAt, lang)}
                </td>
                <td>{k.revokedAt ? t('admin.revokedAt', { at: when(k.revokedAt, lang) }) : t('admin.active')}</td>
                <td>
                  {!k.revokedAt && (
                    <button
                      type="button"
                      onClick={() => void act(async () => (await request(RevokeToken, { id: k.id })).revokeApiToken, t('admin.tokenRevoked', { name: k.name }))}
                    >
                      {t('admin.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
