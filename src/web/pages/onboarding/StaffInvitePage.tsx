import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { clinicSchema } from '../../../contract/clinics.js';
import type { inviteSchema } from '../../../contract/onboarding.js';
import type { membershipListSchema, membershipSchema } from '../../../contract/staff.js';
import { formatLocale, LANGUAGE_NAMES, LANGUAGES, toLanguage } from '../../../domain/i18n.js';
import { ApiError, api } from '../../api.js';
import { FormError, SelectField } from '../../components/Field.js';
import { SetupField } from './SetupField.js';
import '../care/care.css';
import './onboarding.css';

type Membership = z.infer<typeof membershipSchema>;
type Invite = z.infer<typeof inviteSchema>;

/** /clinic/staff: a clinic admin invites someone by email (a one-time link, valid 7 days). */
export function StaffInvitePage() {
  const { t, i18n } = useTranslation('onboarding');
  const [membership, setMembership] = useState<Membership | null | 'none'>(null);
  const [practitioners, setPractitioners] = useState<{ id: string; displayName: string }[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'practitioner' | 'reception' | 'clinic_admin'>('practitioner');
  const [practitionerId, setPractitionerId] = useState('');
  const [language, setLanguage] = useState<string>(toLanguage(i18n.language));
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Invite[]>([]);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    api<typeof membershipListSchema>('/api/staff/clinics').then(
      async (list) => {
        const m = list.find((x) => x.role === 'clinic_admin');
        setMembership(m ?? 'none');
        if (m)
          setPractitioners(
            (await api<typeof clinicSchema>(`/api/staff/clinics/${m.clinicId}`)).practitioners,
          );
      },
      () => setMembership('none'),
    );
  }, []);

  const send = async () => {
    if (!membership || membership === 'none') return;
    setError(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setEmailError(t('errors.email'));
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    try {
      const invite = await api<typeof inviteSchema>(`/api/staff/clinics/${membership.clinicId}/invites`, {
        method: 'POST',
        body: {
          email,
          role,
          language,
          ...(role === 'practitioner' && practitionerId ? { practitionerId } : {}),
        },
      });
      setSent((s) => [invite, ...s]);
      setEmail('');
      requestAnimationFrame(() => status.current?.focus());
    } catch (e) {
      if (e instanceof ApiError && e.code === 'account_exists') setEmailError(t('errors.accountExists'));
      else if (e instanceof ApiError && e.code === 'validation_failed' && e.field?.includes('email'))
        setEmailError(t('errors.email'));
      else setError(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  const roles = (['practitioner', 'reception', 'clinic_admin'] as const).map((r) => ({
    value: r,
    label: t(`roles.${r}`),
  }));
  return (
    <div className="page setup-page">
      <h1>{t('invite.title')}</h1>
      {membership === null && <p className="loading">{t('loading')}</p>}
      {membership === 'none' && (
        <p role="alert">
          {t('invite.adminsOnly')} <Link href="/clinic">{t('invite.back')}</Link>
        </p>
      )}
      {membership && membership !== 'none' && (
        <>
          <p className="care-hint">{t('invite.lead')}</p>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <SetupField
              label={t('invite.email')}
              type="email"
              value={email}
              onChange={setEmail}
              error={emailError}
              autoComplete="off"
            />
            <SelectField
              look="care"
              label={t('invite.role')}
              hint={t(`roleHints.${role}`)}
              value={role}
              onChange={(v) => setRole(v as typeof role)}
              options={roles}
            />
            {role === 'practitioner' && practitioners.length > 0 && (
              <SelectField
                look="care"
                label={t('invite.calendar')}
                hint={t('invite.calendarHint')}
                value={practitionerId}
                onChange={setPractitionerId}
                options={practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
              >
                <option value="">{t('invite.noCalendar')}</option>
              </SelectField>
            )}
            <SelectField
              look="care"
              label={t('invite.language')}
              value={language}
              onChange={setLanguage}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            />
            <FormError look="care" text={error} />
            <div className="setup-actions">
              <button type="submit" className="button primary" disabled={busy}>
                {t('invite.send')}
              </button>
              <Link href="/clinic" className="button">
                {t('invite.back')}
              </Link>
            </div>
          </form>
          <p ref={status} tabIndex={-1} role="status" className="care-chosen">
            {sent[0]
              ? t('invite.sent', {
                  email: sent[0].email,
                  date: new Date(sent[0].expiresAt).toLocaleDateString(
                    formatLocale(toLanguage(i18n.language)),
                    {
                      day: 'numeric',
                      month: 'long',
                      year: 'numeric',
                    },
                  ),
                })
              : ''}
          </p>
        </>
      )}
    </div>
  );
}
