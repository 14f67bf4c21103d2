import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT_LABELS } from '../../../domain/content/exercise-model.js';
import { toLanguage } from '../../../domain/i18n.js';
import type { Equipment, IsoWeekday, Preferences, StoredProgramme } from '../../../domain/programme/types.js';
import { ApiError } from '../../api.js';
import { CheckboxGrid } from '../../components/CheckboxGrid.js';
import { SelectField, TextField } from '../../components/Field.js';
import { changePreferences, createProgramme, todayLocal } from './programme-api.js';

const EQUIPMENT: Equipment[] = ['mat', 'chair', 'table', 'exercise-ball', 'foam-roller', 'ankle-weights'];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

const deviceTimeZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** The choices a programme is built from; posted with the person's latest assessment. */
export function PreferencesForm({
  assessmentId,
  programmeId,
  initial,
  onCreated,
}: {
  assessmentId?: string;
  /** Set when changing an existing programme: its sessions to come are regenerated. */
  programmeId?: string;
  initial?: Preferences;
  onCreated: (p: StoredProgramme) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  const changing = programmeId !== undefined;
  const [minutes, setMinutes] = useState(initial?.minutesPerSession ?? 20);
  const [days, setDays] = useState(initial?.daysPerWeek ?? 4);
  const [weekdays, setWeekdays] = useState<IsoWeekday[]>(initial?.weekdays ?? []);
  const [equipment, setEquipment] = useState<Equipment[]>(initial?.equipment ?? ['mat', 'chair']);
  const [startDate, setStartDate] = useState(() => initial?.startDate ?? todayLocal());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const timeZone = deviceTimeZone();

  const toggle = <T,>(list: T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (weekdays.length > 0 && weekdays.length < 3) {
      setError({ message: t('form.weekdaysTooFew'), field: 'weekdays' });
      return;
    }
    const preferences: Preferences = {
      minutesPerSession: minutes,
      daysPerWeek: weekdays.length > 0 ? weekdays.length : days,
      ...(weekdays.length > 0 ? { weekdays: [...weekdays].sort() } : {}),
      equipment,
      startDate,
      timeZone,
      language: lang,
    };
    setBusy(true);
    setError(null);
    try {
      onCreated(
        changing
          ? await changePreferences(programmeId, preferences)
          : await createProgramme(assessmentId ?? '', preferences),
      );
      if (changing) setBusy(false);
    } catch (err) {
      setError({ message: (err as Error).message, field: err instanceof ApiError ? err.field : undefined });
      setBusy(false);
    }
  };

  const weekdayName = (d: IsoWeekday) =>
    new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, d, 12)));

  return (
    <form className="card preferences" onSubmit={submit}>
      {changing ? null : <h2>{t('form.title')}</h2>}
      <p>{changing ? t('form.changeIntro') : t('form.intro')}</p>
      <TextField
        look="plain"
        id="pref-minutes"
        label={t('form.minutes')}
        type="number"
        inputMode="numeric"
        min={10}
        max={60}
        step={5}
        required
        value={String(minutes)}
        onChange={(v) => setMinutes(Number(v))}
      />
      <SelectField
        look="plain"
        id="pref-days"
        label={t('form.days')}
        value={String(days)}
        disabled={weekdays.length > 0}
        onChange={(v) => setDays(Number(v))}
        hint={t('form.daysHint')}
        options={[3, 4, 5, 6, 7].map((n) => ({
          value: String(n),
          label: t('form.daysOption', { count: n }),
        }))}
      />
      <CheckboxGrid
        legend={t('form.weekdays')}
        hint={t('form.weekdaysHint')}
        options={WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d) }))}
        selected={weekdays}
        onToggle={(d) => setWeekdays((w) => toggle(w, d))}
      />
      <CheckboxGrid
        legend={t('form.equipment')}
        options={EQUIPMENT.map((item) => ({ value: item, label: EQUIPMENT_LABELS[item][lang] }))}
        selected={equipment}
        onToggle={(item) => setEquipment((list) => toggle(list, item))}
      />
      <TextField
        look="plain"
        id="pref-start"
        label={t('form.startDate')}
        type="date"
        required
        value={startDate}
        onChange={setStartDate}
      />
      <p className="hint">{t('form.timeZone', { zone: timeZone })}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('form.creating') : changing ? t('form.change') : t('form.create')}
      </button>
    </form>
  );
}
