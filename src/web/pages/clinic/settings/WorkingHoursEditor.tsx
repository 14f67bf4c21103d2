import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hoursIssuePath,
  type Weekday,
  type WorkingHoursIssueKind,
  workingHoursIssues,
} from '../../../../domain/schedule/index.js';
import { SelectField } from '../../../components/Field.js';
import type { ClinicView } from '../../care/care-api.js';
import { SaveRow } from './SaveRow.js';
import { type SaveSettings, weekdayName } from './settings-api.js';
import { useSaveStatus } from './use-save-status.js';
import { useWeekForm } from './use-week-form.js';
import { WeekFields } from './WeekFields.js';
import { domainHoursOf, hoursOf, rangesOf, rangesText, weekOf } from './week-model.js';

const ROOT = 'body.workingHours';

/**
 * Each practitioner's week: the days and times patients can book them, inside the clinic's
 * opening hours (the server refuses times outside them; each day shows the clinic's hours).
 */
export function WorkingHoursEditor({
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
  const practitioner = clinic.practitioners.find((p) => p.id === practitionerId);
  const clinicHours = (day: Weekday) => rangesOf(clinic.openingHours, day);
  const weekOfPractitioner = (id: string) =>
    weekOf(clinic.practitioners.find((p) => p.id === id)?.workingHours ?? {}, (day) =>
      clinicHours(day).length ? clinicHours(day) : [{ start: '09:00', end: '17:00' }],
    );
  const feedback = useSaveStatus();
  const form = useWeekForm<WorkingHoursIssueKind>(
    ROOT,
    () => weekOfPractitioner(practitionerId),
    feedback.clear,
  );
  const base = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    feedback.clear();
    if (!practitioner) return;
    const local = workingHoursIssues(
      domainHoursOf(form.week),
      domainHoursOf(weekOf(clinic.openingHours, () => [])),
    );
    if (local.length > 0) {
      form.show(local.map((i) => ({ field: hoursIssuePath(i, ROOT), kind: i.kind })));
      return feedback.setFailure(t('hours.fixBelow'));
    }
    const saved = await feedback.run(
      async () => {
        await save(`/practitioners/${practitioner.id}/hours`, 'PUT', { workingHours: hoursOf(form.week) });
        await onSaved();
      },
      t('workingHours.saved', { who: practitioner.displayName }),
      (err) => {
        if (!form.showServerIssues(err)) return false;
        feedback.setFailure(t('hours.fixBelow'));
        return true;
      },
    );
    if (saved) form.setErrors({});
  };

  const message = (kind: WorkingHoursIssueKind | 'invalid', day: number) => {
    if (kind !== 'outside_opening_hours') return t(`hours.issue.${kind}`);
    const open = clinicHours(day as Weekday);
    return open.length
      ? t('workingHours.outside', { hours: rangesText(open) })
      : t('workingHours.clinicClosed', { day: weekdayName(day, i18n.language) });
  };

  return (
    <form onSubmit={submit} className="settings-section" aria-labelledby={`${base}-title`} noValidate>
      <h3 id={`${base}-title`}>{t('workingHours.title')}</h3>
      <p className="care-hint">{t('workingHours.hint')}</p>
      <div className="settings-row">
        <SelectField
          look="care"
          label={t('workingHours.who')}
          value={practitionerId}
          onChange={(id) => {
            setPractitionerId(id);
            feedback.clear();
            form.reset(weekOfPractitioner(id));
          }}
          options={clinic.practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
        />
      </div>
      <WeekFields
        form={form}
        words={{
          on: (day) => t('workingHours.worksOn', { day }),
          yes: t('workingHours.works'),
          no: t('workingHours.off'),
          start: t('workingHours.starts'),
          startAgain: t('workingHours.startsAgain'),
          end: t('workingHours.ends'),
          breakStarts: t('hours.breakStarts'),
        }}
        message={message}
        note={(day) => {
          const open = clinicHours(day as Weekday);
          return open.length
            ? t('workingHours.clinicOpen', { hours: rangesText(open) })
            : t('workingHours.clinicClosedShort');
        }}
      />
      <SaveRow label={t('workingHours.save')} feedback={feedback} />
    </form>
  );
}
