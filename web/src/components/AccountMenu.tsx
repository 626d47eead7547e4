// The header's account area: who is signed in and with which role, the admin page, sign-out.
import { canEdit, signOut, useMe } from '../auth';
import type { T } from '../i18n';

export function AccountMenu({ t }: { t: T }) {
  const me = useMe();
  if (!me)
    return (
      <a className="button" href="#signin" data-testid="go-sign-in">
        {t('auth.signIn')}
      </a>
    );
  return (
    <div className="account" data-testid="account" data-can-edit={canEdit(me)}>
      <span className="account-name" data-testid="account-name">
        {me.name}
      </span>{' '}
      <span className="account-role muted" data-testid="account-role">
        ({t(`role.${me.role}`)})
      </span>
      {me.role === 'ADMIN' && (
        <a className="button" href="#admin" data-testid="go-admin">
          {t('admin.open')}
        </a>
      )}
      <button type="button" onClick={() => void signOut()} data-testid="sign-out">
        {t('auth.signOut')}
      </button>
    </div>
  );
}
