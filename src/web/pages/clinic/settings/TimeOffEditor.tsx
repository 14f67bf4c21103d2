import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../domain/time/index.js';
import { SelectField } from '../../../components/Field.js';
import type { ClinicView } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import { dateInWords, type SaveSettings } from './settings-api.js';

/** Days off per practitioner (holidays, courses): nobody can book them those days. */
export function TimeOffEditor({
  clinic,
  save,
  onSaved,
}: {
  clinic: ClinicView;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t, i18n } = useTranslation('settings');
  const [practitionerId, setPractitionerId] = useState(clinic.practitioners[0]?.id ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const base = useId();
  const zone = clinic.timeZone;
  const today = todayIn(zone, new Date());
  const words = (d: string) => dateInWords(d, i18n.language);
  // The server names the local days (a browser's zone rules may differ by an hour from its own).
  const span = (o: { from: string; to: string }) =>
    o.from === o.to ? words(o.from) : t('timeOff.span', { from: words(o.from), to: words(o.to) });
  const upcoming = clinic.practitioners.flatMap((p) =>
    (p.timeOff ?? [])
      .filter((o) => Date.parse(o.end) > Date.now())
      .map((o) => ({ ...o, who: p.displayName })),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setFailure(null);
    const last = to || from;
    const found = {
      ...(!from ? { from: t('timeOff.pickFrom') } : from < today ? { from: t('timeOff.past') } : {}),
      ...(from && last < from ? { to: t('timeOff.toBeforeFrom') } : {}),
    };
    setErrors(found);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    try {
      await save(`/practitioners/${practitionerId}/time-off`, 'POST', {
        from,
        to: last,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      await onSaved();
      const who = clinic.practitioners.find((p) => p.id === practitionerId)?.displayName ?? '';
      setStatus(t('timeOff.added', { who }));
      setFrom('');
      setTo('');
      setReason('');
    } catch {
      setFailure(t('failed'));
    }
  };
  const remove = async (id: string) => {
    try {
      await save(`/time-off/${id}`, 'DELETE');
      await onSaved();
      setStatus(t('timeOff.removed'));
      titleRef.current?.focus();
    } catch {
      setFailure(t('failed'));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} ref={titleRef} tabIndex={-1}>
        {t('timeOff.title')}
      </h3>
      <p className="care-hint">{t('timeOff.hint')}</p>
      {upcoming.length === 0 ? (
        <p>{t('timeOff.none')}</p>
      ) : (
        <ul className="settings-list">
          {upcoming.map((o) => (
            <li key={o.id}>
              <span>
                <strong>{o.who}</strong> · {span(o)}
                {o.reason ? ` · ${o.reason}` : ''}
              </span>
              <ConfirmRemove
                what={`${o.who}, ${span(o)}`}
                question={t('timeOff.confirm', { who: o.who, when: span(o) })}
                onRemove={() => remove(o.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="settings-row" noValidate>
        <SelectField
          look="care"
          label={t('timeOff.who')}
          value={practitionerId}
          onChange={setPractitionerId}
          options={clinic.practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
        />
        <CheckedField
          type="date"
          label={t('timeOff.from')}
          min={today}
          max="2100-12-31"
          value={from}
          onChange={(v) => {
            setFrom(v);
            setErrors({});
          }}
          error={errors.from}
          inputRef={fromRef}
        />
        <CheckedField
          type="date"
          label={t('timeOff.to')}
          hint={t('timeOff.toHint')}
          min={from || today}
          max="2100-12-31"
          value={to}
          onChange={(v) => {
            setTo(v);
            setErrors({});
          }}
          error={errors.to}
          inputRef={toRef}
        />
        <CheckedField label={t('timeOff.reason')} maxLength={200} value={reason} onChange={setReason} />
        <button type="submit" className="button primary">
          {t('timeOff.add')}
        </button>
      </form>
      <p role="alert" className="care-error">
        {failure ?? ''}
      </p>
      <p role="status" className="settings-status">
        {status ?? ''}
      </p>
    </section>
  );
}
