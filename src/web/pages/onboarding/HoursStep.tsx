import { useTranslation } from 'react-i18next';
import { SetupField } from './SetupField.js';
import { DAYS, type Day, type Problems, type SetupDraft } from './setup-draft.js';

/** Step 2: the days the clinic is open, and from when to when. */
export function HoursStep({
  draft,
  problems,
  change,
}: {
  draft: SetupDraft;
  problems: Problems;
  change(hours: SetupDraft['hours']): void;
}) {
  const { t } = useTranslation('onboarding');
  const set = (day: Day, value: { start: string; end: string } | undefined) => {
    const next = { ...draft.hours };
    if (value) next[day] = value;
    else delete next[day];
    change(next);
  };
  return (
    <>
      {problems.hours && <p className="care-error setup-field-error">{t(problems.hours)}</p>}
      {DAYS.map((day) => {
        const hours = draft.hours[day];
        const name = t(`days.${day}`);
        return (
          <fieldset key={day} className="setup-day">
            <legend className="visually-hidden">{name}</legend>
            <label className="setup-choice">
              <input
                type="checkbox"
                checked={!!hours}
                onChange={() => set(day, hours ? undefined : { start: '09:00', end: '17:00' })}
              />
              {t('hours.openOn', { day: name })}
            </label>
            {hours && (
              <div className="setup-times">
                <SetupField
                  label={t('hours.opens')}
                  type="time"
                  step={900}
                  value={hours.start}
                  onChange={(start) => set(day, { ...hours, start })}
                />
                <SetupField
                  label={t('hours.closes')}
                  type="time"
                  step={900}
                  value={hours.end}
                  onChange={(end) => set(day, { ...hours, end })}
                  error={problems[`hours.${day}`] ? t(problems[`hours.${day}`]!) : undefined}
                />
              </div>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
