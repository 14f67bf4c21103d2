import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { bookingListSchema } from '../../../contract/bookings.js';
import type { clinicSchema } from '../../../contract/clinics.js';
import type { membershipListSchema, membershipSchema } from '../../../contract/staff.js';
import { addDays, localDate, weekStart } from '../../../domain/time/index.js';
import { ApiError, api } from '../../api.js';
import { SelectField } from '../../components/Field.js';
import { SignInFields } from '../../components/SignInFields.js';
import type { BookingView, ClinicView } from '../care/care-api.js';
import '../care/care.css';
import { accountChanged } from '../../account-state.js';
import { Calendar } from './Calendar.js';
import { ClinicSettings } from './ClinicSettings.js';
import { PhoneBooking } from './PhoneBooking.js';
import { PatientsLink } from './patients/PatientsLink.js';

type Membership = z.infer<typeof membershipSchema>;

/** The staff dashboard: sign in, the clinic's calendar, and (for admins) the clinic's settings. */
export function ClinicPage() {
  const { t } = useTranslation('clinic');
  const [memberships, setMemberships] = useState<Membership[] | null | 'signed-out'>(null);
  const load = useCallback(async () => {
    try {
      setMemberships(await api<typeof membershipListSchema>('/api/staff/clinics'));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setMemberships('signed-out');
      else throw e;
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="page clinic-page">
      <h1>{t('title')}</h1>
      {memberships === null && <p className="loading">{t('loading')}</p>}
      {memberships === 'signed-out' && <SignIn onDone={load} />}
      {Array.isArray(memberships) && memberships.length === 0 && <p role="alert">{t('signIn.notStaff')}</p>}
      {Array.isArray(memberships) && memberships[0] && <Dashboard membership={memberships[0]} />}
    </div>
  );
}

function SignIn({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation('clinic');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api('/api/account/signin', { method: 'POST', body: { email, password } });
      accountChanged();
      await onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby="signin-title">
      <h2 id="signin-title">{t('signIn.title')}</h2>
      <p className="care-hint">{t('signIn.lead')}</p>
      <SignInFields
        look="care"
        labels={{ email: t('signIn.email'), password: t('signIn.password') }}
        email={email}
        password={password}
        onEmail={setEmail}
        onPassword={setPassword}
      />
      {error && (
        <p role="alert" className="care-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        {t('signIn.submit')}
      </button>
    </form>
  );
}

function Dashboard({ membership }: { membership: Membership }) {
  const { t } = useTranslation('clinic');
  const [clinic, setClinic] = useState<ClinicView | null>(null);
  const [view, setView] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState<string | null>(null);
  const [practitionerId, setPractitionerId] = useState('');
  const [bookings, setBookings] = useState<BookingView[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [bookAt, setBookAt] = useState<{ practitionerId: string; start: string; n: number } | null>(null);

  const loadClinic = useCallback(async () => {
    const c = await api<typeof clinicSchema>(`/api/staff/clinics/${membership.clinicId}`);
    setClinic(c);
    setDate((d) => d ?? localDate(new Date(), c.timeZone));
  }, [membership.clinicId]);
  useEffect(() => {
    void loadClinic();
  }, [loadClinic]);

  const from = date ? (view === 'day' ? date : weekStart(date)) : null;
  const to = from ? (view === 'day' ? from : addDays(from, 6)) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is bumped to reload after a change
  useEffect(() => {
    if (!from || !to) return;
    const q = new URLSearchParams({ from, to });
    if (practitionerId) q.set('practitionerId', practitionerId);
    api<typeof bookingListSchema>(`/api/staff/clinics/${membership.clinicId}/bookings?${q}`).then(
      setBookings,
    );
  }, [membership.clinicId, from, to, practitionerId, version]);

  if (!clinic || !date || !from) return <p className="loading">{t('loading')}</p>;
  const step = view === 'day' ? 1 : 7;
  const changed = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };
  return (
    <>
      <p>
        <strong>{clinic.name}</strong> · {clinic.timeZone}
      </p>
      {/* Reception books for every calendar but sees no clinical data: no way to "My patients". */}
      {membership.role !== 'reception' && <PatientsLink />}
      <p role="status" className="care-chosen">
        {notice ?? ''}
      </p>
      <section aria-labelledby="calendar-title" className="clinic-calendar">
        <h2 id="calendar-title">{t('calendar')}</h2>
        <div className="clinic-toolbar">
          <fieldset className="clinic-toggle">
            <legend>{t('view')}</legend>
            <button
              type="button"
              className="button"
              aria-pressed={view === 'day'}
              onClick={() => setView('day')}
            >
              {t('day')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={view === 'week'}
              onClick={() => setView('week')}
            >
              {t('weekView')}
            </button>
          </fieldset>
          <div className="actions">
            <button type="button" className="button" onClick={() => setDate(addDays(date, -step))}>
              {t('previous')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setDate(localDate(new Date(), clinic.timeZone))}
            >
              {t('today')}
            </button>
            <button type="button" className="button" onClick={() => setDate(addDays(date, step))}>
              {t('next')}
            </button>
          </div>
          <SelectField
            look="care"
            label={t('practitioner')}
            value={practitionerId}
            onChange={setPractitionerId}
            options={clinic.practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
          >
            <option value="">{t('allPractitioners')}</option>
          </SelectField>
        </div>
        <Calendar
          clinic={clinic}
          view={view}
          days={Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(from, i))}
          bookings={bookings}
          practitionerId={practitionerId}
          onChanged={changed}
          onBookAt={(at) => setBookAt((b) => ({ ...at, n: (b?.n ?? 0) + 1 }))}
        />
      </section>
      <PhoneBooking clinic={clinic} onBooked={changed} prefill={bookAt} />
      {membership.role === 'clinic_admin' && (
        <ClinicSettings
          clinic={clinic}
          onSaved={async () => {
            await loadClinic();
            changed(t('done.saved'));
          }}
        />
      )}
    </>
  );
}
