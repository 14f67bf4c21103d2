import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import type { Account, accountSchema } from './account-api.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { DataExport } from './DataExport.js';
import { DeleteAccount } from './DeleteAccount.js';
import { ForgotPasswordForm } from './ForgotPasswordForm.js';
import { SharingSection } from './SharingSection.js';
import { SignInForm } from './SignInForm.js';
import { SignOutButton } from './SignOutButton.js';
import { SignUpForm } from './SignUpForm.js';
import './account.css';

/** The person's account: sign up or in, or, once known, password, sharing, export and erasure. */
export function AccountPage() {
  const { t, i18n } = useTranslation('account');
  const [account, setAccount] = useState<Account | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(async () => setAccount(await api<typeof accountSchema>('/api/account')), []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const done = async (message: string | null) => {
    setNotice(message);
    await reload();
  };

  return (
    <div className="page account-page">
      <h1>{t('title')}</h1>
      <p className="account-notice" role="status" hidden={!notice}>
        {notice ?? ''}
      </p>
      {!account && (
        <p aria-busy="true" className="loading">
          {t('loading')}
        </p>
      )}
      {account?.kind === 'user' && account.user && (
        <>
          <p>{t('signedInAs', { name: account.user.displayName, email: account.user.email })}</p>
          <SignOutButton onDone={() => done(null)} />
          <ChangePasswordForm onDone={() => setNotice(t('change.done'))} />
        </>
      )}
      {account && account.kind !== 'user' && (
        <>
          <p className="lead">{t(`intro.${account.kind}`)}</p>
          <SignUpForm language={i18n.language} />
          <SignInForm onDone={() => done(null)} />
          <ForgotPasswordForm language={i18n.language} />
        </>
      )}
      {account?.personId && <SharingSection />}
      {account && account.kind !== 'anonymous' && (
        <>
          <DataExport withFhir={Boolean(account.personId)} />
          <DeleteAccount needsPassword={account.kind === 'user'} onDone={() => done(t('erase.done'))} />
        </>
      )}
    </div>
  );
}
