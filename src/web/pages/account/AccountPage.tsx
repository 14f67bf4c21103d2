import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { type Account, type ConsentView, errorText } from './account-api.js';
import { Field, FormError } from './Field.js';
import './account.css';

/** Runs a form's action, keeping its busy and error state. */
function useAction() {
  const { t } = useTranslation('account');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(errorText(t, e));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, run };
}

const submit = (fn: () => void) => (e: FormEvent) => {
  e.preventDefault();
  fn();
};

export function AccountPage() {
  const { t, i18n } = useTranslation('account');
  const [account, setAccount] = useState<Account | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(async () => setAccount(await api<Account>('/api/account')), []);
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
          <SignOut onDone={() => done(null)} />
          <ChangePassword onDone={() => setNotice(t('change.done'))} />
        </>
      )}
      {account && account.kind !== 'user' && (
        <>
          <p className="lead">{t(`intro.${account.kind}`)}</p>
          <SignUp language={i18n.language} onDone={() => done(null)} />
          <SignIn onDone={() => done(null)} />
          <ForgotPassword language={i18n.language} />
        </>
      )}
      {account?.personId && <Sharing />}
      {account && account.kind !== 'anonymous' && (
        <>
          <section aria-labelledby="data-title" className="card">
            <h2 id="data-title">{t('data.title')}</h2>
            <p>{t('data.text')}</p>
            <div className="actions">
              <a className="button" href="/api/account/export" download="psoas-export.json">
                {t('data.json')}
              </a>
              {account.personId && (
                <a className="button" href="/api/account/export/fhir" download="psoas-export.fhir.json">
                  {t('data.fhir')}
                </a>
              )}
            </div>
          </section>
          <Erase needsPassword={account.kind === 'user'} onDone={() => done(t('erase.done'))} />
        </>
      )}
    </div>
  );
}

function SignUp({ language, onDone }: { language: string; onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const [displayName, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="signup-title" className="card">
      <h2 id="signup-title">{t('signUp.title')}</h2>
      <form
        onSubmit={submit(() =>
          run(async () => {
            await api('/api/account/signup', {
              method: 'POST',
              body: { email, password, displayName, language: language === 'es' ? 'es' : 'en' },
            });
            await onDone();
          }),
        )}
      >
        <Field label={t('signUp.name')} autoComplete="name" value={displayName} onChange={setName} />
        <Field
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
        />
        <Field
          label={t('signUp.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          minLength={10}
          hint={t('signUp.passwordHint')}
        />
        <FormError text={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signUp.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SignIn({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="signin-title" className="card">
      <h2 id="signin-title">{t('signIn.title')}</h2>
      <form
        onSubmit={submit(() =>
          run(async () => {
            await api('/api/account/signin', { method: 'POST', body: { email, password } });
            await onDone();
          }),
        )}
      >
        <Field
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <Field
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <FormError text={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ForgotPassword({ language }: { language: string }) {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="forgot-title" className="card">
      <h2 id="forgot-title">{t('forgot.title')}</h2>
      <p>{t('forgot.text')}</p>
      <form
        onSubmit={submit(() =>
          run(async () => {
            await api('/api/account/password-reset', {
              method: 'POST',
              body: { email, language: language === 'es' ? 'es' : 'en' },
            });
            setSent(true);
          }),
        )}
      >
        <Field
          label={t('forgot.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
        />
        <FormError text={error} />
        <p role="status">{sent ? t('forgot.sent') : ''}</p>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('forgot.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SignOut({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const { busy, error, run } = useAction();
  return (
    <div className="actions">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            await api('/api/account/signout', { method: 'POST' });
            await onDone();
          })
        }
      >
        {t('signOut')}
      </button>
      <FormError text={error} />
    </div>
  );
}

function ChangePassword({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('account');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="change-title" className="card">
      <h2 id="change-title">{t('change.title')}</h2>
      <form
        onSubmit={submit(() =>
          run(async () => {
            await api('/api/account/password', { method: 'PUT', body: { currentPassword, newPassword } });
            setCurrent('');
            setNew('');
            onDone();
          }),
        )}
      >
        <Field
          label={t('change.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
        />
        <Field
          label={t('change.new')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
          minLength={10}
          hint={t('signUp.passwordHint')}
        />
        <FormError text={error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('change.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

const SCOPES = ['assessment', 'programme', 'progress'] as const;

function Sharing() {
  const { t, i18n } = useTranslation('account');
  const [consents, setConsents] = useState<ConsentView[] | null>(null);
  const [clinics, setClinics] = useState<{ id: string; name: string }[]>([]);
  const [clinicId, setClinicId] = useState('');
  const [scopes, setScopes] = useState<string[]>([...SCOPES]);
  const { busy, error, run } = useAction();
  const load = useCallback(async () => setConsents(await api<ConsentView[]>('/api/consents')), []);
  useEffect(() => {
    void load().catch(() => setConsents([]));
    void api<{ id: string; name: string }[]>('/api/clinics')
      .then(setClinics)
      .catch(() => setClinics([]));
  }, [load]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const clinicName = (id: string) =>
    clinics.find((c) => c.id === id)?.name ?? t('sharing.clinic', { id: id.slice(0, 8) });
  const toggle = (scope: string, on: boolean) =>
    setScopes((s) => (on ? [...new Set([...s, scope])] : s.filter((x) => x !== scope)));
  return (
    <section aria-labelledby="sharing-title" className="card">
      <h2 id="sharing-title">{t('sharing.title')}</h2>
      <p>{t('sharing.text')}</p>
      {consents?.length === 0 && <p>{t('sharing.none')}</p>}
      <ul className="account-consents">
        {consents?.map((c) => (
          <li key={c.id}>
            <strong>{clinicName(c.clinicId)}</strong>{' '}
            {t('sharing.scopes', { scopes: c.scopes.map((s) => t(`sharing.scope.${s}`)).join(', ') })}{' '}
            {c.active
              ? t('sharing.since', { date: date(c.grantedAt) })
              : t('sharing.withdrawn', { date: date(c.withdrawnAt!) })}
            {c.active && (
              <>
                {' '}
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`${t('sharing.withdraw')}: ${clinicName(c.clinicId)}`}
                  onClick={() =>
                    run(async () => {
                      await api(`/api/consents/${c.id}`, { method: 'DELETE' });
                      await load();
                    })
                  }
                >
                  {t('sharing.withdraw')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {clinics.length > 0 && (
        <form
          onSubmit={submit(() =>
            run(async () => {
              await api('/api/consents', { method: 'POST', body: { clinicId, scopes } });
              await load();
            }),
          )}
        >
          <div className="account-field">
            <label htmlFor="share-clinic">{t('sharing.clinicLabel')}</label>
            <select id="share-clinic" value={clinicId} required onChange={(e) => setClinicId(e.target.value)}>
              <option value="">{t('sharing.choose')}</option>
              {clinics.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="account-scopes">
            <legend>{t('sharing.what')}</legend>
            {SCOPES.map((scope) => (
              <label key={scope}>
                <input
                  type="checkbox"
                  checked={scopes.includes(scope)}
                  onChange={(e) => toggle(scope, e.target.checked)}
                />{' '}
                {t(`sharing.scope.${scope}`)}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="button" disabled={busy || !clinicId || scopes.length === 0}>
              {t('sharing.share')}
            </button>
          </div>
        </form>
      )}
      <FormError text={error} />
    </section>
  );
}

function Erase({ needsPassword, onDone }: { needsPassword: boolean; onDone(): Promise<void> }) {
  const { t } = useTranslation('account');
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  return (
    <section aria-labelledby="erase-title" className="card account-danger">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{needsPassword ? t('erase.text') : t('erase.textGuest')}</p>
      {!confirming ? (
        <div>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('erase.start')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={submit(() =>
            run(async () => {
              await api('/api/account', { method: 'DELETE', body: needsPassword ? { password } : {} });
              setConfirming(false);
              await onDone();
            }),
          )}
        >
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('erase.confirmTitle')}
          </h3>
          {needsPassword && (
            <Field
              label={t('erase.confirmPassword')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
            />
          )}
          <FormError text={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('erase.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('erase.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
