import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { assessmentListSchema } from '../../../contract/assessments.js';
import type { accountSchema } from '../../../contract/auth.js';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import { ApiError, api } from '../../api.js';
import { TextField } from '../../components/Field.js';
import {
  type Booked,
  type bookingCreatedSchema,
  type ClinicView,
  type newBookingBody,
  newIdempotencyKey,
  type Slot,
} from './care-api.js';

export type { Booked };

/** The guest's name and contact details for the chosen time; books it, or hands back fresh times. */
export function GuestForm(props: {
  clinic: ClinicView;
  slot: Slot;
  anyPractitioner: boolean;
  summary: string;
  onBooked(b: Booked): void;
  onTaken(fresh: Slot[]): void;
  /** Shown under the chosen time, before the details (the choice of a course of visits). */
  children?: ReactNode;
  /** A course of visits instead of one (SeriesChoice): books them with the same details. */
  series?: {
    label: string;
    blocked: boolean;
    book(patient: { name: string; email: string; phone: string }, key: string): Promise<void>;
  };
}) {
  const { t, i18n } = useTranslation('care');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per attempt at this slot: a double click or a retry books once.
  const [key] = useState(newIdempotencyKey);
  const [latest, setLatest] = useState<{ id: string; createdAt: string } | null>(null);
  const [share, setShare] = useState(false);
  useEffect(() => {
    // The person's own assessments (none for a new visitor: 401 or an empty list).
    api<typeof assessmentListSchema>('/api/assessments')
      .then((list) => setLatest(list[0] ?? null))
      .catch(() => setLatest(null));
  }, []);
  const shareId = useId();
  // A signed-in person books as themselves: name and email come from the account.
  useEffect(() => {
    api<typeof accountSchema>('/api/account')
      .then((a) => {
        if (!a.user) return;
        setName((v) => v || a.user?.displayName || '');
        setEmail((v) => v || a.user?.email || '');
      })
      .catch(() => {});
  }, []);
  // Choosing a time brings this form into view and moves focus to it, so a person on a phone
  // sees the consequence of the tap without hunting for it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    heading.current?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (props.series) return await props.series.book({ name, email, phone }, key);
      const res = await api<typeof bookingCreatedSchema, typeof newBookingBody>(
        `/api/clinics/${props.clinic.id}/bookings`,
        {
          method: 'POST',
          body: {
            serviceId: props.slot.serviceId,
            practitionerId: props.anyPractitioner ? null : props.slot.practitionerId,
            start: props.slot.start,
            idempotencyKey: key,
            patient: { name, email, phone },
            language: toLanguage(i18n.language),
            ...(latest && share ? { assessmentId: latest.id, shareAssessment: true } : {}),
          },
        },
      );
      props.onBooked(res);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'slot_taken')
        props.onTaken((err.body?.slots as Slot[]) ?? []);
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1} ref={heading}>
        {t('details')}
      </h2>
      <p className="care-chosen">{props.summary}</p>
      {props.children}
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
        hint={t('emailHint')}
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
      {latest && !props.series && (
        <div className="clinic-check care-share">
          <input
            id={shareId}
            type="checkbox"
            checked={share}
            onChange={(e) => setShare(e.target.checked)}
            aria-describedby={`${shareId}-hint`}
          />
          <label htmlFor={shareId}>
            {t('share', {
              clinic: props.clinic.name,
              date: new Date(latest.createdAt).toLocaleDateString(formatLocale(toLanguage(i18n.language))),
            })}
          </label>
          <p id={`${shareId}-hint`} className="care-hint">
            {t('shareHint')}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy || props.series?.blocked}>
        {busy ? t('booking') : (props.series?.label ?? t('book'))}
      </button>
    </form>
  );
}
