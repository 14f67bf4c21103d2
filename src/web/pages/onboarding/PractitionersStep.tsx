import { useTranslation } from 'react-i18next';
import { SetupField } from './SetupField.js';
import { DAYS, type Day, type PractitionerDraft, type Problems, type SetupDraft } from './setup-draft.js';

/** Step 4: who gives the services, and on which of the clinic's days. */
export function PractitionersStep({
  draft,
  problems,
  change,
}: {
  draft: SetupDraft;
  problems: Problems;
  change(practitioners: PractitionerDraft[]): void;
}) {
  const { t } = useTranslation('onboarding');
  const err = (field: string) => (problems[field] ? t(problems[field]) : undefined);
  const set = (i: number, p: Partial<PractitionerDraft>) =>
    change(draft.practitioners.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const openDays = DAYS.filter((d) => draft.hours[d]);
  return (
    <>
      {draft.practitioners.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: practitioners are edited in place and never reordered
        <fieldset key={i} className="setup-item">
          <legend>{t('practitioners.item', { n: i + 1 })}</legend>
          <SetupField
            label={t('practitioners.name')}
            value={p.displayName}
            onChange={(displayName) => set(i, { displayName })}
            error={err(`practitioners.${i}.displayName`)}
          />
          <SetupField
            label={t('practitioners.profession')}
            hint={t('practitioners.professionHint')}
            value={p.profession}
            onChange={(profession) => set(i, { profession })}
            error={err(`practitioners.${i}.profession`)}
          />
          <fieldset className="setup-choices">
            <legend>{t('practitioners.services')}</legend>
            {draft.services.map((s, si) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a service is known by its place in the list
              <label key={si} className="setup-choice">
                <input
                  type="checkbox"
                  checked={p.services.includes(si)}
                  onChange={() => set(i, { services: toggle(p.services, si) })}
                />
                {s.name || t('services.item', { n: si + 1 })}
              </label>
            ))}
            {err(`practitioners.${i}.services`) && (
              <p className="care-error setup-field-error">{err(`practitioners.${i}.services`)}</p>
            )}
          </fieldset>
          <fieldset className="setup-choices">
            <legend>{t('practitioners.days')}</legend>
            <p className="care-hint">{t('practitioners.daysHint')}</p>
            {openDays.map((d: Day) => (
              <label key={d} className="setup-choice">
                <input
                  type="checkbox"
                  checked={p.days.includes(d)}
                  onChange={() => set(i, { days: toggle(p.days, d) })}
                />
                {t(`days.${d}`)} {draft.hours[d]!.start}–{draft.hours[d]!.end}
              </label>
            ))}
            {err(`practitioners.${i}.days`) && (
              <p className="care-error setup-field-error">{err(`practitioners.${i}.days`)}</p>
            )}
          </fieldset>
          {draft.practitioners.length > 1 && (
            <button
              type="button"
              className="button"
              onClick={() => change(draft.practitioners.filter((_, j) => j !== i))}
            >
              {t('practitioners.remove', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          change([...draft.practitioners, { displayName: '', profession: '', services: [0], days: openDays }])
        }
      >
        {t('practitioners.add')}
      </button>
    </>
  );
}
