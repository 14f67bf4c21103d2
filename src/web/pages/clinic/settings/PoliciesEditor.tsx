import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_POLICY_MINUTES } from '../../../../domain/schedule/index.js';
import type { ClinicView } from '../../care/care-api.js';
import { PolicySummary } from '../../care/PolicySummary.js';
import { CheckedField } from './CheckedField.js';
import { SaveRow } from './SaveRow.js';
import { localeOf, type SaveSettings } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';

type Key = 'notice' | 'days' | 'cutoff';

const hoursText = (minutes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);

/** "1,5" or "1.5" hours → 90 minutes; null when it is not a number of hours from 0 to a week. */
function minutesOf(hours: string): number | null {
  const text = hours.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const minutes = Math.round(Number(text) * 60);
  return minutes <= MAX_POLICY_MINUTES ? minutes : null;
}

/** Booking policies: minimum notice, how far ahead, and until when patients change online. */
export function PoliciesEditor({
  clinic,
  save,
  onSaved,
}: {
  clinic: ClinicView;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t, i18n } = useTranslation('settings');
  const locale = localeOf(i18n.language);
  const [notice, setNotice] = useState(() => hoursText(clinic.rules.minNoticeMinutes, locale));
  const [days, setDays] = useState(String(clinic.rules.maxDaysAhead));
  const [cutoff, setCutoff] = useState(() => hoursText(clinic.rules.changeCutoffMinutes, locale));
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const feedback = useSaveStatus();
  const refs = {
    notice: useRef<HTMLInputElement>(null),
    days: useRef<HTMLInputElement>(null),
    cutoff: useRef<HTMLInputElement>(null),
  };
  const base = useId();

  const rules = {
    minNoticeMinutes: minutesOf(notice),
    maxDaysAhead: /^\d+$/.test(days.trim()) && Number(days) >= 1 && Number(days) <= 366 ? Number(days) : null,
    changeCutoffMinutes: minutesOf(cutoff),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    feedback.clear();
    const found: Partial<Record<Key, string>> = {
      ...(rules.minNoticeMinutes === null ? { notice: t('policies.hoursError') } : {}),
      ...(rules.maxDaysAhead === null ? { days: t('policies.daysError') } : {}),
      ...(rules.changeCutoffMinutes === null ? { cutoff: t('policies.hoursError') } : {}),
    };
    setErrors(found);
    const first = (['notice', 'days', 'cutoff'] as const).find((k) => found[k]);
    if (first) return refs[first].current?.focus();
    await feedback.run(async () => {
      await save('/hours', 'PUT', {
        openingHours: clinic.openingHours,
        rules: { ...rules, slotIntervalMinutes: clinic.rules.slotIntervalMinutes },
      });
      await onSaved();
    }, t('policies.saved'));
  };

  const ready =
    rules.minNoticeMinutes !== null && rules.maxDaysAhead !== null && rules.changeCutoffMinutes !== null;
  return (
    <form onSubmit={submit} className="settings-section" aria-labelledby={`${base}-title`} noValidate>
      <h3 id={`${base}-title`}>{t('policies.title')}</h3>
      <div className="settings-row">
        <CheckedField
          label={t('policies.notice')}
          hint={t('policies.noticeHint')}
          inputMode="decimal"
          value={notice}
          onChange={setNotice}
          error={errors.notice}
          inputRef={refs.notice}
          suffix={t('policies.hours')}
        />
        <CheckedField
          label={t('policies.days')}
          hint={t('policies.daysHint')}
          inputMode="numeric"
          value={days}
          onChange={setDays}
          error={errors.days}
          inputRef={refs.days}
          suffix={t('policies.daysUnit')}
        />
        <CheckedField
          label={t('policies.cutoff')}
          hint={t('policies.cutoffHint', { phone: clinic.phone })}
          inputMode="decimal"
          value={cutoff}
          onChange={setCutoff}
          error={errors.cutoff}
          inputRef={refs.cutoff}
          suffix={t('policies.hours')}
        />
      </div>
      {ready && (
        <div className="settings-preview">
          <p className="care-hint">{t('policies.preview')}</p>
          <PolicySummary
            rules={{
              minNoticeMinutes: rules.minNoticeMinutes!,
              maxDaysAhead: rules.maxDaysAhead!,
              changeCutoffMinutes: rules.changeCutoffMinutes!,
            }}
            clinicName={clinic.name}
            phone={clinic.phone}
          />
        </div>
      )}
      <SaveRow label={t('policies.save')} feedback={feedback} />
    </form>
  );
}
