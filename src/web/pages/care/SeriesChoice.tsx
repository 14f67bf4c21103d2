import { useEffect, useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { SelectField } from '../../components/Field.js';
import {
  type ClinicView,
  formatDay,
  formatTime,
  type RepeatRule,
  type SeriesPreview,
  type Slot,
  type seriesPreviewSchema,
} from './care-api.js';

export interface SeriesWish {
  repeat: RepeatRule;
  count: number;
}

const COUNTS = Array.from({ length: 11 }, (_, i) => i + 2);

/**
 * "Just this visit" or a course: every week or every second week, 2–12 visits. Each date is
 * listed with its state before anything is booked; a course is booked only when every date is
 * free, so a clash says which date and offers other times that day, in words.
 */
export function SeriesChoice(props: {
  clinic: ClinicView;
  slot: Slot;
  anyPractitioner: boolean;
  wish: SeriesWish | null;
  refresh: number;
  onWish(w: SeriesWish | null): void;
  onPreview(p: SeriesPreview | null): void;
}) {
  const { t, i18n } = useTranslation('care');
  const { clinic, slot, wish, onPreview } = props;
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is bumped to check the dates again
  useEffect(() => {
    setPreview(null);
    onPreview(null);
    if (!wish) return;
    const q = new URLSearchParams({
      serviceId: slot.serviceId,
      start: slot.start,
      repeat: wish.repeat,
      count: String(wish.count),
    });
    if (!props.anyPractitioner) q.set('practitionerId', slot.practitionerId);
    const ac = new AbortController();
    api<typeof seriesPreviewSchema>(`/api/clinics/${clinic.id}/series-preview?${q}`, { signal: ac.signal })
      .then((p) => {
        setError(null);
        setPreview(p);
        onPreview(p);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError((e as Error).message);
      });
    return () => ac.abort();
  }, [clinic.id, slot, wish, props.anyPractitioner, props.refresh, onPreview]);

  const clashes = preview?.occurrences.filter((o) => !o.free) ?? [];
  return (
    <section className="care-series" aria-labelledby="series-title">
      <h3 id="series-title" className="care-step">
        {t('series.title')}
      </h3>
      <p className="care-hint">{t('series.hint')}</p>
      <RadioGroup
        className="care-options care-series-repeat"
        aria-labelledby="series-title"
        value={wish?.repeat ?? 'once'}
        onChange={(v) =>
          props.onWish(v === 'once' ? null : { repeat: v as RepeatRule, count: wish?.count ?? 6 })
        }
      >
        <Radio value="once" className="care-option">
          <span className="care-option-name">{t('series.once')}</span>
        </Radio>
        <Radio value="weekly" className="care-option">
          <span className="care-option-name">{t('series.weekly')}</span>
        </Radio>
        <Radio value="fortnightly" className="care-option">
          <span className="care-option-name">{t('series.fortnightly')}</span>
        </Radio>
      </RadioGroup>
      {wish && (
        <SelectField
          look="care"
          label={t('series.count')}
          value={String(wish.count)}
          onChange={(v) => props.onWish({ ...wish, count: Number(v) })}
          options={COUNTS.map((n) => ({ value: String(n), label: t('series.visits', { count: n }) }))}
        />
      )}
      {error && (
        <p role="alert" className="care-error">
          {t('error', { message: error })}
        </p>
      )}
      {wish && !preview && !error && <p className="loading">{t('loading')}</p>}
      {wish && preview && (
        <>
          <p className="care-hint">{t('series.with', { name: preview.practitionerName })}</p>
          <ol className="care-series-list" aria-label={t('series.listLabel')}>
            {preview.occurrences.map((o) => (
              <li key={o.start} className={o.free ? 'care-series-free' : 'care-series-clash'}>
                <span className="care-series-when">
                  {t('confirmed.at', {
                    day: formatDay(o.date, i18n.language),
                    time: formatTime(o.start, clinic.timeZone, i18n.language),
                  })}
                </span>
                <span className="care-series-state">
                  {o.free ? t('series.free') : t(`series.reason.${o.reason ?? 'taken'}`)}
                  {o.alternatives.length > 0 &&
                    ` · ${t('series.otherTimes', {
                      times: o.alternatives
                        .map((a) => formatTime(a, clinic.timeZone, i18n.language))
                        .join(', '),
                    })}`}
                </span>
              </li>
            ))}
          </ol>
          <p aria-live="polite" className={clashes.length > 0 ? 'care-warning' : 'care-hint'}>
            {clashes.length > 0
              ? t('series.blocked', { count: clashes.length, total: preview.occurrences.length })
              : t('series.allFree', { count: preview.occurrences.length })}
          </p>
        </>
      )}
    </section>
  );
}
