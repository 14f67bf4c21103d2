import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { accountSchema } from '../../../contract/auth.js';
import { toLanguage } from '../../../domain/i18n.js';
import { addDays } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { SelectField, TextField } from '../../components/Field.js';
import { type ClinicView, formatDay } from './care-api.js';
import {
  type joinWaitlistBody,
  WAITLIST_LENGTHS,
  type WaitlistEntryView,
  type waitlistEntrySchema,
} from './waitlist-api.js';

/**
 * "Tell me if a time frees up": a link under the day's times that opens a short form (first day,
 * how many days, name, email, phone). A full day cannot be picked in the day strip, so the form
 * has its own first day. The answer is said in words and takes focus.
 */
export function WaitlistForm(props: {
  clinic: ClinicView;
  serviceId: string;
  practitionerId: string;
  serviceName: string;
  day: string;
  today: string;
  /** Open at once (the chosen days have no free time). */
  open: boolean;
}) {
  const { t, i18n } = useTranslation('waitlist');
  const [open, setOpen] = useState(props.open);
  const [from, setFrom] = useState(props.day);
  const [length, setLength] = useState('1');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<WaitlistEntryView | null>(null);
  const last = addDays(props.today, props.clinic.rules.maxDaysAhead);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!open) return;
    api<typeof accountSchema>('/api/account')
      .then((a) => {
        if (!a.user) return;
        setName((v) => v || a.user?.displayName || '');
        setEmail((v) => v || a.user?.email || '');
      })
      .catch(() => {});
  }, [open]);
  useEffect(() => {
    if (joined) done.current?.focus();
  }, [joined]);

  const practitioner = props.clinic.practitioners.find((p) => p.id === props.practitionerId);
  const to = () => {
    const end = addDays(from, Number(length) - 1);
    return end > last ? last : end;
  };
  const days = (a: string, b: string) =>
    a === b
      ? formatDay(a, i18n.language)
      : t('range', { from: formatDay(a, i18n.language), to: formatDay(b, i18n.language) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const entry = await api<typeof waitlistEntrySchema, typeof joinWaitlistBody>(
        `/api/clinics/${props.clinic.id}/waitlist`,
        {
          method: 'POST',
          body: {
            serviceId: props.serviceId,
            practitionerId: props.practitionerId || null,
            from,
            to: to(),
            patient: { name, email, phone },
            language: toLanguage(i18n.language),
          },
        },
      );
      setJoined(entry);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (joined)
    return (
      <section className="card care-form" aria-labelledby="waitlist-done">
        <h2 id="waitlist-done">{t('doneTitle')}</h2>
        <p ref={done} tabIndex={-1} role="status">
          {t('done', {
            what: props.serviceName,
            who: practitioner?.displayName ?? t('anyone'),
            days: days(joined.from, joined.to),
            email: joined.email,
          })}
        </p>
        <p className="care-hint">{t('doneHow')}</p>
      </section>
    );

  if (!open)
    return (
      <p className="care-waitlist-link">
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => heading.current?.focus());
          }}
        >
          {t('open')}
        </button>
      </p>
    );

  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby="waitlist-title">
      <h2 id="waitlist-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h2>
      <p className="care-chosen">
        {t('for', { what: props.serviceName, who: practitioner?.displayName ?? t('anyone') })}
      </p>
      <p className="care-hint">{t('how')}</p>
      <TextField
        look="care"
        label={t('from')}
        type="date"
        required
        min={props.today}
        max={last}
        value={from}
        onChange={setFrom}
      />
      <SelectField
        look="care"
        label={t('length')}
        value={length}
        onChange={setLength}
        options={WAITLIST_LENGTHS.map((n) => ({ value: String(n), label: t('days', { count: n }) }))}
        hint={from ? days(from, to()) : undefined}
      />
      <TextField
        look="care"
        label={t('name')}
        autoComplete="name"
        required
        maxLength={200}
        value={name}
        onChange={setName}
      />
      <TextField
        look="care"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={setEmail}
      />
      <TextField
        look="care"
        label={t('phone')}
        type="tel"
        autoComplete="tel"
        required
        value={phone}
        onChange={setPhone}
        hint={t('phoneHint')}
      />
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
