import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { availabilitySchema } from '../../../contract/clinics.js';
import { toLanguage } from '../../../domain/i18n.js';
import { addDays, localDate } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { SelectField, TextField } from '../../components/Field.js';
import { type ClinicView, formatWhen, newIdempotencyKey, type Slot } from '../care/care-api.js';

/**
 * Front desk: book a time for a patient who calls the clinic. A free cell chosen on the calendar
 * (`prefill`) fills in the practitioner, the day and the time, and brings the form into view.
 */
export function PhoneBooking({
  clinic,
  onBooked,
  prefill,
}: {
  clinic: ClinicView;
  onBooked(message: string): void;
  prefill?: { practitionerId: string; start: string; n: number } | null;
}) {
  const { t, i18n } = useTranslation('clinic');
  const { t: tg } = useTranslation('calendar');
  const [serviceId, setServiceId] = useState(clinic.services[0]?.id ?? '');
  const [practitionerId, setPractitionerId] = useState('');
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [start, setStart] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState<string | null>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const service = clinic.services.find((s) => s.id === serviceId);

  // A cell chosen on the grid: its practitioner (with a treatment they give) and its time.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per chosen cell (prefill.n)
  useEffect(() => {
    if (!prefill) return;
    const gives = (id: string) =>
      !prefill.practitionerId ||
      clinic.services.find((s) => s.id === id)?.practitionerIds.includes(prefill.practitionerId);
    if (!gives(serviceId)) {
      const other = clinic.services.find((s) => s.active && gives(s.id));
      if (other) setServiceId(other.id);
    }
    setPractitionerId(prefill.practitionerId);
    setWanted(prefill.start);
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [prefill?.n]);

  // The chosen cell's day, or the next three weeks.
  const wantedDay = wanted ? localDate(wanted, clinic.timeZone) : null;
  useEffect(() => {
    if (!serviceId) return;
    setSlots(null);
    const today = localDate(new Date(), clinic.timeZone);
    const from = wantedDay && wantedDay > today ? wantedDay : today;
    const q = new URLSearchParams({
      serviceId,
      from,
      to: wantedDay && wantedDay >= today ? wantedDay : addDays(today, 20),
    });
    if (practitionerId) q.set('practitionerId', practitionerId);
    api<typeof availabilitySchema>(`/api/clinics/${clinic.id}/availability?${q}`).then((r) => {
      setSlots(r.slots);
      const match = wanted ? r.slots.find((s) => Date.parse(s.start) === Date.parse(wanted)) : undefined;
      const chosen = match ?? r.slots[0];
      setStart(chosen ? `${chosen.practitionerId}|${chosen.start}` : '');
    });
  }, [clinic, serviceId, practitionerId, wanted, wantedDay]);
  // Said once the day's free times are here (and the time list shows them).
  const wantedFree = slots
    ? slots.some((s) => wanted !== null && Date.parse(s.start) === Date.parse(wanted))
    : false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const [chosenPractitioner, chosenStart] = start.split('|');
    try {
      await api(`/api/staff/clinics/${clinic.id}/bookings`, {
        method: 'POST',
        body: {
          serviceId,
          practitionerId: chosenPractitioner,
          start: chosenStart,
          idempotencyKey: key,
          patient: { name, email, phone },
          language: toLanguage(i18n.language),
        },
      });
      onBooked(t('phone.booked', { name }));
      setName('');
      setPhone('');
      setEmail('');
      setWanted(null);
      setKey(newIdempotencyKey());
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const nameOf = (id: string) => clinic.practitioners.find((p) => p.id === id)?.displayName ?? '';

  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('phone.newBooking')}
      </h2>
      {wanted && slots && (
        <div className="cal-prefill">
          <p className={wantedFree ? 'care-hint' : 'care-error'}>
            {wantedFree
              ? tg('prefill', { when: formatWhen(wanted, clinic.timeZone, i18n.language) })
              : tg('prefillTaken', { when: formatWhen(wanted, clinic.timeZone, i18n.language) })}
          </p>
          <button type="button" className="button" onClick={() => setWanted(null)}>
            {tg('anyDay')}
          </button>
        </div>
      )}
      <SelectField
        look="care"
        label={t('phone.service')}
        value={serviceId}
        onChange={setServiceId}
        options={clinic.services
          .filter((s) => s.active)
          .map((s) => ({
            value: s.id,
            label: `${s.name[toLanguage(i18n.language)]} (${s.durationMinutes} min)`,
          }))}
      />
      <SelectField
        look="care"
        label={t('practitioner')}
        value={practitionerId}
        onChange={setPractitionerId}
        options={clinic.practitioners
          .filter((p) => service?.practitionerIds.includes(p.id))
          .map((p) => ({ value: p.id, label: p.displayName }))}
      >
        <option value="">{t('allPractitioners')}</option>
      </SelectField>
      <SelectField
        look="care"
        label={t('phone.time')}
        value={start}
        required
        onChange={setStart}
        disabled={!slots?.length}
        hint={slots?.length === 0 ? t('noFreeTimes') : undefined}
        options={(slots ?? []).map((s) => ({
          value: `${s.practitionerId}|${s.start}`,
          label: `${formatWhen(s.start, clinic.timeZone, i18n.language)} · ${nameOf(s.practitionerId)}`,
        }))}
      />
      <TextField
        look="care"
        label={t('phone.name')}
        required
        maxLength={200}
        value={name}
        onChange={setName}
      />
      <TextField look="care" label={t('phone.phone')} type="tel" required value={phone} onChange={setPhone} />
      <TextField
        look="care"
        label={t('phone.email')}
        type="email"
        required
        value={email}
        onChange={setEmail}
      />
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={!start}>
        {t('phone.bookSubmit')}
      </button>
    </form>
  );
}
