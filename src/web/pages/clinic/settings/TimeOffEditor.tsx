import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../domain/time/index.js';
import { SelectField } from '../../../components/Field.js';
import type { ClinicView } from '../../care/care-api.js';
import { CheckedField } from './CheckedField.js';
import { RemovableList } from './RemovableList.js';
import { dateInWords, type SaveSettings } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';

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
  const feedback = useSaveStatus();
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const today = todayIn(clinic.timeZone, new Date());
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
    feedback.clear();
    const last = to || from;
    const found = {
      ...(!from ? { from: t('timeOff.pickFrom') } : from < today ? { from: t('timeOff.past') } : {}),
      ...(from && last < from ? { to: t('timeOff.toBeforeFrom') } : {}),
    };
    setErrors(found);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    const who = clinic.practitioners.find((p) => p.id === practitionerId)?.displayName ?? '';
    const added = await feedback.run(
      async () => {
        await save(`/practitioners/${practitionerId}/time-off`, 'POST', {
          from,
          to: last,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        await onSaved();
      },
      t('timeOff.added', { who }),
    );
    if (added) {
      setFrom('');
      setTo('');
      setReason('');
    }
  };

  return (
    <RemovableList
      title={t('timeOff.title')}
      hint={t('timeOff.hint')}
      none={t('timeOff.none')}
      feedback={feedback}
      items={upcoming.map((o) => ({
        key: o.id,
        content: (
          <>
            <strong>{o.who}</strong> · {span(o)}
            {o.reason ? ` · ${o.reason}` : ''}
          </>
        ),
        what: `${o.who}, ${span(o)}`,
        question: t('timeOff.confirm', { who: o.who, when: span(o) }),
        remove: async () => {
          await save(`/time-off/${o.id}`, 'DELETE');
          await onSaved();
        },
        removed: t('timeOff.removed'),
      }))}
    >
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
    </RemovableList>
  );
}
