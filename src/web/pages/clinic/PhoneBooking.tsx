import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { availabilitySchema } from '../../../contract/clinics.js';
import { toLanguage } from '../../../domain/i18n.js';
import { addDays, localDate } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import { type ClinicView, formatWhen, newIdempotencyKey, type Slot } from '../care/care-api.js';

/** Front desk: book a time for a patient who calls the clinic. */
export function PhoneBooking({ clinic, onBooked }: { clinic: ClinicView; onBooked(message: string): void }) {
  const { t, i18n } = useTranslation('clinic');
  const [serviceId, setServiceId] = useState(clinic.services[0]?.id ?? '');
  const [practitionerId, setPractitionerId] = useState('');
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [start, setStart] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const ids = {
    service: useId(),
    practitioner: useId(),
    time: useId(),
    name: useId(),
    phone: useId(),
    email: useId(),
  };
  const service = clinic.services.find((s) => s.id === serviceId);

  useEffect(() => {
    if (!serviceId) return;
    setSlots(null);
    const today = localDate(new Date(), clinic.timeZone);
    const q = new URLSearchParams({ serviceId, from: today, to: addDays(today, 20) });
    if (practitionerId) q.set('practitionerId', practitionerId);
    api<typeof availabilitySchema>(`/api/clinics/${clinic.id}/availability?${q}`).then((r) => {
      setSlots(r.slots);
      setStart(r.slots[0] ? `${r.slots[0].practitionerId}|${r.slots[0].start}` : '');
    });
  }, [clinic, serviceId, practitionerId]);

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
      setKey(newIdempotencyKey());
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const nameOf = (id: string) => clinic.practitioners.find((p) => p.id === id)?.displayName ?? '';

  return (
    <form className="card care-form" onSubmit={submit} aria-labelledby={`${ids.service}-title`}>
      <h2 id={`${ids.service}-title`}>{t('phone.newBooking')}</h2>
      <div className="care-field">
        <label htmlFor={ids.service}>{t('phone.service')}</label>
        <select id={ids.service} value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
          {clinic.services
            .filter((s) => s.active)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name[toLanguage(i18n.language)]} ({s.durationMinutes} min)
              </option>
            ))}
        </select>
      </div>
      <div className="care-field">
        <label htmlFor={ids.practitioner}>{t('practitioner')}</label>
        <select
          id={ids.practitioner}
          value={practitionerId}
          onChange={(e) => setPractitionerId(e.target.value)}
        >
          <option value="">{t('allPractitioners')}</option>
          {clinic.practitioners
            .filter((p) => service?.practitionerIds.includes(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
        </select>
      </div>
      <div className="care-field">
        <label htmlFor={ids.time}>{t('phone.time')}</label>
        <select
          id={ids.time}
          value={start}
          required
          onChange={(e) => setStart(e.target.value)}
          disabled={!slots?.length}
        >
          {(slots ?? []).map((s) => (
            <option key={`${s.practitionerId}|${s.start}`} value={`${s.practitionerId}|${s.start}`}>
              {formatWhen(s.start, clinic.timeZone, i18n.language)} · {nameOf(s.practitionerId)}
            </option>
          ))}
        </select>
        {slots?.length === 0 && <p className="care-hint">{t('noFreeTimes')}</p>}
      </div>
      <div className="care-field">
        <label htmlFor={ids.name}>{t('phone.name')}</label>
        <input
          id={ids.name}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="care-field">
        <label htmlFor={ids.phone}>{t('phone.phone')}</label>
        <input id={ids.phone} type="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} />
      </div>
      <div className="care-field">
        <label htmlFor={ids.email}>{t('phone.email')}</label>
        <input
          id={ids.email}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
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
