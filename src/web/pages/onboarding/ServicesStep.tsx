import { useTranslation } from 'react-i18next';
import { SetupField } from './SetupField.js';
import type { Problems, ServiceDraft, SetupDraft } from './setup-draft.js';

/** Step 3: what the clinic offers, how long it takes and what it costs. */
export function ServicesStep({
  draft,
  problems,
  change,
}: {
  draft: SetupDraft;
  problems: Problems;
  change(services: ServiceDraft[]): void;
}) {
  const { t } = useTranslation('onboarding');
  const err = (field: string) => (problems[field] ? t(problems[field]) : undefined);
  const set = (i: number, s: Partial<ServiceDraft>) =>
    change(draft.services.map((x, j) => (j === i ? { ...x, ...s } : x)));
  return (
    <>
      {draft.services.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: services are edited in place and never reordered
        <fieldset key={i} className="setup-item">
          <legend>{t('services.item', { n: i + 1 })}</legend>
          <SetupField
            label={t('services.name')}
            hint={t('services.nameHint')}
            value={s.name}
            onChange={(name) => set(i, { name })}
            error={err(`services.${i}.name`)}
          />
          <SetupField
            label={t('services.duration')}
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            step={5}
            value={s.duration}
            onChange={(duration) => set(i, { duration })}
            error={err(`services.${i}.duration`)}
          />
          <SetupField
            label={t('services.bufferAfter')}
            hint={t('services.bufferHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            step={5}
            value={s.bufferAfter}
            onChange={(bufferAfter) => set(i, { bufferAfter })}
            error={err(`services.${i}.bufferAfter`)}
          />
          <SetupField
            label={t('services.price')}
            hint={t('services.priceHint')}
            inputMode="decimal"
            value={s.price}
            onChange={(price) => set(i, { price })}
            error={err(`services.${i}.price`)}
          />
          {draft.services.length > 1 && (
            <button
              type="button"
              className="button"
              onClick={() => change(draft.services.filter((_, j) => j !== i))}
            >
              {t('services.remove', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => change([...draft.services, { name: '', duration: '45', bufferAfter: '0', price: '' }])}
      >
        {t('services.add')}
      </button>
    </>
  );
}
