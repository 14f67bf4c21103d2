import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { toLanguage } from '../../../domain/i18n.js';
import type { SessionResult, StoredProgramme } from '../../../domain/programme/types.js';
import { cachedProgramme } from '../../offline/programme-cache.js';
import { usePageTitle } from '../../use-page-title.js';
import { RemindersCard } from '../reminders/RemindersCard.js';
import { CalendarCard } from './CalendarCard.js';
import { PlanView } from './PlanView.js';
import { PreferencesForm } from './PreferencesForm.js';
import {
  type AssessmentDetail,
  type AssessmentSummary,
  assessmentDetail,
  latestAssessment,
  loadCurrentProgramme,
  loadResults,
} from './programme-api.js';
import { ReviewedBy } from './ReviewedBy.js';
import { SyncStatus } from './SyncStatus.js';
import './programme.css';

type View =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'no-assessment' }
  | { kind: 'not-allowed'; detail: AssessmentDetail | null }
  | { kind: 'form'; assessment: AssessmentSummary }
  | { kind: 'programme'; programme: StoredProgramme; fromCache: boolean };

/** /programme — the person's plan, or the form that makes one from their latest assessment. */
export function ProgrammePage() {
  const { t } = useTranslation('programme');
  const [view, setView] = useState<View>(() => {
    const kept = cachedProgramme();
    return kept ? { kind: 'programme', programme: kept, fromCache: true } : { kind: 'loading' };
  });
  const [results, setResults] = useState<SessionResult[]>([]);

  usePageTitle(t('title'));

  const refreshResults = useCallback((programmeId: string) => {
    loadResults(programmeId)
      .then(setResults)
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      const { programme, fromCache } = await loadCurrentProgramme();
      if (programme) return { kind: 'programme', programme, fromCache } as View;
      const assessment = await latestAssessment();
      if (!assessment) return { kind: 'no-assessment' } as View;
      if (!assessment.selfCareAllowed) {
        const detail = await assessmentDetail(assessment.id).catch(() => null);
        return { kind: 'not-allowed', detail } as View;
      }
      return { kind: 'form', assessment } as View;
    })()
      .then((v) => {
        if (!live) return;
        setView(v);
        if (v.kind === 'programme') refreshResults(v.programme.id);
      })
      .catch(
        (e: Error) =>
          live && setView((old) => (old.kind === 'programme' ? old : { kind: 'error', message: e.message })),
      );
    return () => {
      live = false;
    };
  }, [refreshResults]);

  return (
    <div className="page programme">
      <h1>{t('title')}</h1>
      <Body
        view={view}
        results={results}
        onCreated={(programme) => {
          setView({ kind: 'programme', programme, fromCache: false });
          refreshResults(programme.id);
        }}
        onSynced={() => view.kind === 'programme' && refreshResults(view.programme.id)}
      />
    </div>
  );
}

function Body({
  view,
  results,
  onCreated,
  onSynced,
}: {
  view: View;
  results: SessionResult[];
  onCreated: (p: StoredProgramme) => void;
  onSynced: () => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const lang = toLanguage(i18n.language);
  switch (view.kind) {
    case 'loading':
      return (
        <p aria-busy="true" className="loading">
          {t('loading')}
        </p>
      );
    case 'error':
      return (
        <p role="alert" className="field-error">
          {view.message}
        </p>
      );
    case 'no-assessment':
      return (
        <div className="card">
          <p>{t('noAssessment')}</p>
          <Link href="/assessment" className="button primary">
            {t('takeAssessment')}
          </Link>
        </div>
      );
    case 'not-allowed':
      return (
        <section className="card warning-card" aria-labelledby="not-allowed-title">
          <h2 id="not-allowed-title">{t('notAllowed.title')}</h2>
          <p>{t('notAllowed.text')}</p>
          {view.detail?.result.redFlags.length ? (
            <ul>
              {view.detail.result.redFlags.map((f) => (
                <li key={f.id}>{f.advice[lang]}</li>
              ))}
            </ul>
          ) : null}
          <div className="actions">
            <Link href="/care" className="button primary">
              {t('notAllowed.care')}
            </Link>
            <Link href="/assessment" className="button">
              {t('notAllowed.again')}
            </Link>
          </div>
        </section>
      );
    case 'form':
      return (
        <>
          <p className="lead">{t('formLead', { pattern: t(`pattern.${view.assessment.pattern}`) })}</p>
          <PreferencesForm assessmentId={view.assessment.id} onCreated={onCreated} />
        </>
      );
    case 'programme':
      return (
        <>
          <SyncStatus onSynced={onSynced} />
          {view.fromCache ? <p className="hint">{t('fromCache')}</p> : null}
          <PlanView
            programme={view.programme}
            results={results}
            onChanged={onCreated}
            afterToday={<ReviewedBy programmeId={view.programme.id} updatedAt={view.programme.updatedAt} />}
          />
          <details className="card change-preferences">
            <summary>{t('form.changeTitle')}</summary>
            <PreferencesForm
              programmeId={view.programme.id}
              initial={view.programme.preferences}
              onCreated={onCreated}
            />
          </details>
          <RemindersCard />
          <CalendarCard programmeId={view.programme.id} />
        </>
      );
  }
}
