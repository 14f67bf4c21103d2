import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { changeSchema, progressSchema } from '../../../contract/progress.js';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';
import { painChange } from '../../../domain/outcomes/change.js';
import { datePartOf } from '../../../domain/time/index.js';
import { ApiError, api } from '../../api.js';

type Change = Pick<z.infer<typeof changeSchema>, 'from' | 'to' | 'direction' | 'matters'>;
type Progress = z.infer<typeof progressSchema>;

/**
 * Baseline = the first assessment's pain (else the first check-in's); latest = the latest
 * check-in's (else the latest assessment's), judged with the same smallest change that matters
 * as the patient's own progress page.
 */
export function painSinceBaseline(p: Progress): Change | null {
  const baseline =
    p.assessments.find((a) => a.painNow !== null)?.painNow ?? p.checkins[0]?.painNow ?? undefined;
  const latestAssessed = [...p.assessments].reverse().find((a) => a.painNow !== null)?.painNow ?? undefined;
  const latest = p.checkins.length ? p.checkins[p.checkins.length - 1]!.painNow : latestAssessed;
  const points = p.checkins.length + p.assessments.filter((a) => a.painNow !== null).length;
  if (baseline === undefined || latest === undefined || points < 2) return null;
  return painChange(baseline, latest);
}

/**
 * The patient's progress, for a booking whose patient shares it with this clinic. Loaded on
 * request only, like the shared assessment: every staff read of it is audited.
 */
export function SharedProgress({ personId, patientName }: { personId: string | null; patientName: string }) {
  const { t, i18n } = useTranslation('clinic');
  const [state, setState] = useState<Progress | 'notShared' | 'loading' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!personId || state === 'notShared') return <p className="care-hint">{t('progress.notShared')}</p>;
  if (error)
    return (
      <p role="alert" className="care-error">
        {error}
      </p>
    );
  const load = () => {
    setState('loading');
    api<typeof progressSchema>(`/api/staff/patients/${personId}/progress`)
      .then(setState)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) setState('notShared');
        else setError((e as Error).message);
      });
  };
  if (state === null || state === 'loading')
    return (
      <button type="button" className="button" disabled={state === 'loading'} onClick={load}>
        {t('progress.show')}
      </button>
    );
  const pain = painSinceBaseline(state);
  const fn = state.changes.function;
  const last = state.checkins[state.checkins.length - 1]?.date;
  const date = (d: string) =>
    new Intl.DateTimeFormat(formatLocale(toLanguage(i18n.language)), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(`${datePartOf(d)}T12:00:00Z`));
  const verdict = (c: Change) =>
    c.direction === 'same' || !c.matters ? t('progress.small') : t(`progress.${c.direction}`);
  return (
    <dl className="clinic-assessment" aria-label={t('progress.title', { name: patientName })}>
      <dt>{t('progress.pain')}</dt>
      <dd>
        {pain
          ? `${t('progress.fromTo', { from: pain.from, to: pain.to })}: ${verdict(pain)}`
          : t('progress.none')}
      </dd>
      <dt>{t('progress.function')}</dt>
      <dd>
        {fn ? `${t('progress.fromTo', { from: fn.from, to: fn.to })}: ${verdict(fn)}` : t('progress.none')}
      </dd>
      <dt>{t('progress.adherence')}</dt>
      <dd>
        {state.adherence?.rate != null
          ? t('progress.sessionsDone', {
              done: state.adherence.done,
              planned: state.adherence.planned,
              percent: Math.round(state.adherence.rate * 100),
            })
          : t('progress.none')}
      </dd>
      <dt>{t('progress.lastCheckin')}</dt>
      <dd>{last ? date(last) : t('progress.none')}</dd>
    </dl>
  );
}
