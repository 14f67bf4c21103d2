import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type HoursIssueKind, hoursIssuePath, weeklyHoursIssues } from '../../../../domain/schedule/index.js';
import type { ClinicView } from '../../care/care-api.js';
import { SaveRow } from './SaveRow.js';
import type { SaveSettings } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';
import { useWeekForm } from './use-week-form.js';
import { WeekFields } from './WeekFields.js';
import { domainHoursOf, hoursOf, weekOf } from './week-model.js';

const ROOT = 'body.openingHours';

/** The weekly opening hours: per day open or closed, opening and closing times, breaks. */
export function HoursEditor({
  clinic,
  save,
  onSaved,
}: {
  clinic: ClinicView;
  save: SaveSettings;
  onSaved(): Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const feedback = useSaveStatus();
  const form = useWeekForm<HoursIssueKind>(
    ROOT,
    () => weekOf(clinic.openingHours, () => [{ start: '09:00', end: '17:00' }]),
    feedback.clear,
  );
  const base = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    feedback.clear();
    const local = weeklyHoursIssues(domainHoursOf(form.week));
    if (local.length > 0) {
      form.show(local.map((i) => ({ field: hoursIssuePath(i, ROOT), kind: i.kind })));
      return feedback.setFailure(t('hours.fixBelow'));
    }
    const saved = await feedback.run(
      async () => {
        await save('/hours', 'PUT', { openingHours: hoursOf(form.week), rules: clinic.rules });
        await onSaved();
      },
      t('hours.saved'),
      // The server names the field that is wrong; put its message there.
      (err) => {
        if (!form.showServerIssues(err)) return false;
        feedback.setFailure(t('hours.fixBelow'));
        return true;
      },
    );
    if (saved) form.setErrors({});
  };

  return (
    <form onSubmit={submit} className="settings-section" aria-labelledby={`${base}-title`} noValidate>
      <h3 id={`${base}-title`}>{t('hours.title')}</h3>
      <p className="care-hint">{t('hours.hint')}</p>
      <WeekFields
        form={form}
        words={{
          on: (day) => t('hours.openOn', { day }),
          yes: t('hours.open'),
          no: t('hours.closed'),
          start: t('hours.opens'),
          startAgain: t('hours.opensAgain'),
          end: t('hours.closes'),
          breakStarts: t('hours.breakStarts'),
        }}
        message={(kind) => t(`hours.issue.${kind}`)}
      />
      <SaveRow label={t('hours.save')} feedback={feedback} />
    </form>
  );
}
