import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { type Basis, ITEM_BY_ID, SOURCES } from '../../../domain/assessment/index.js';
import { type Language, localize, toLanguage } from '../../../domain/i18n.js';
import { ApiError } from '../../api.js';
import { fetchAssessment, fhirExportUrl, type SavedAssessment } from './assessment-api.js';
import {
  findPending,
  LOCAL_PREFIX,
  type PendingResult,
  resumeWaitingSaves,
  type SaveState,
  savedFromThisVisit,
  useSaveState,
} from './background-save.js';
import { saveDraft } from './draft.js';
import { useEmergencyCountry } from './EmergencyCall.js';
import { formatAnswer } from './format.js';
import { StopInstruction } from './StopNotice.js';
import './assessment.css';

function Because({ basis, saved, lang }: { basis: Basis; saved: Shown; lang: Language }) {
  const { t } = useTranslation('assessment');
  const cited = basis.answers
    .map((id) => ({ id, item: ITEM_BY_ID.get(id), value: saved.answers[id] }))
    .filter((c) => c.item && c.value !== undefined);
  return (
    <div className="because">
      <p>{localize(basis.text, lang)}</p>
      {cited.length > 0 ? (
        <>
          <p className="because-label">{t('result.because')}</p>
          <ul>
            {cited.map((c) => (
              <li key={c.id}>
                {localize(c.item!.short, lang)}: <strong>{formatAnswer(c.item!, c.value!, lang)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="because-label">{t('result.noAnswers')}</p>
      )}
      <p className="sources">
        {t('result.sources')} {basis.sources.map((s) => SOURCES[s].title).join('; ')}
      </p>
    </div>
  );
}

function conclusionTitle(conclusion: string, result: Shown['result'], t: (k: string) => string): string {
  const [kind, id] = conclusion.split(':') as [string, string | undefined];
  if (kind === 'red-flag') {
    const flag = result.redFlags.find((f) => f.id === id);
    return flag ? `${t(`condition.${flag.condition}`)} (${t(`urgency.${flag.urgency}`)})` : conclusion;
  }
  if (kind === 'next-step') return t(`nextStep.${id}`);
  if (kind === 'factor') return t(`factor.${id}`);
  if (kind === 'restriction') return t(`restriction.${id}`);
  return t(`conclusion.${kind}`);
}

/** What the page shows: a result saved on the server, or one scored here and still being saved. */
type Shown = Pick<SavedAssessment, 'createdAt' | 'answers' | 'result'> & { id?: string };

/** Where the background save stands, in words; a refused save offers to go back to the answers. */
function SaveStatus({ state, pending }: { state: SaveState | undefined; pending: PendingResult }) {
  const { t } = useTranslation('assessment');
  const [, navigate] = useLocation();
  if (!state || state.status === 'saving' || state.status === 'saved')
    return (
      <p className="save-status muted" role="status" data-testid="save-status">
        {state?.status === 'saved' ? t('result.save.saved') : t('result.save.saving')}
      </p>
    );
  if (state.status === 'retrying')
    return (
      <p className="save-status notice" role="status" data-testid="save-status">
        {t(state.offline ? 'result.save.offline' : 'result.save.server')}
      </p>
    );
  return (
    <div className="save-status notice" role="alert" data-testid="save-status">
      <p>{t('result.save.refused', { message: state.message })}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          saveDraft({ answers: pending.answers, step: 0 });
          navigate('/assessment');
        }}
      >
        {t('result.save.check')}
      </button>
    </div>
  );
}

/** The programme is built from the saved assessment: a tap before the save ends waits for it. */
function ProgrammeLink({ saved }: { saved: boolean }) {
  const { t } = useTranslation('assessment');
  const [, navigate] = useLocation();
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (waiting && saved) navigate('/programme');
  }, [waiting, saved, navigate]);
  return (
    <>
      <Link
        href="/programme"
        className="button primary no-print"
        data-testid="programme-link"
        onClick={(e) => {
          if (saved) return;
          e.preventDefault();
          setWaiting(true);
        }}
      >
        {t('result.programme')}
      </Link>
      {waiting && !saved && (
        <p role="status" className="muted">
          {t('result.save.programmeWaits')}
        </p>
      )}
    </>
  );
}

/**
 * The result: printable, with every conclusion's reasons and sources. A result just finished is
 * shown from this browser's own scoring at once (`local-…` address) while it is saved in the
 * background; when the server answers, the address becomes the saved one.
 */
export function ResultPage() {
  const { t, i18n } = useTranslation('assessment');
  const lang = toLanguage(i18n.language);
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const local = id.startsWith(LOCAL_PREFIX);
  const pending = useMemo(() => (local ? findPending(id) : undefined), [local, id]);
  const saveState = useSaveState(local ? id : undefined);
  const [fetched, setFetched] = useState<SavedAssessment | undefined>(() =>
    local ? undefined : savedFromThisVisit(id),
  );
  const [error, setError] = useState<string>();
  const [country, setCountry] = useEmergencyCountry();

  // A result finished earlier and never saved (tab closed while offline) is saved now.
  useEffect(resumeWaitingSaves, []);
  useEffect(() => {
    if (saveState?.status === 'saved')
      navigate(`/assessment/result/${saveState.saved.id}`, { replace: true });
  }, [saveState, navigate]);

  useEffect(() => {
    if (local) {
      if (!pending && saveState?.status !== 'saved') setError('notFound');
      return;
    }
    const known = savedFromThisVisit(id);
    if (known) {
      setFetched(known);
      return;
    }
    const abort = new AbortController();
    fetchAssessment(id, abort.signal).then(setFetched, (e: unknown) => {
      if ((e as Error).name === 'AbortError') return;
      setError(
        e instanceof ApiError && (e.status === 404 || e.status === 401 || e.status === 400)
          ? 'notFound'
          : (e as Error).message,
      );
    });
    return () => abort.abort();
  }, [id, local, pending, saveState]);

  const saved: Shown | undefined = local ? pending : fetched?.id === id ? fetched : savedFromThisVisit(id);

  if (error) {
    return (
      <div className="page assessment-result">
        <h1>{t('result.title')}</h1>
        <p role="alert">{error === 'notFound' ? t('result.notFound') : error}</p>
        <Link href="/assessment" className="button">
          {t('result.newAssessment')}
        </Link>
      </div>
    );
  }
  if (!saved) {
    return (
      <div className="page assessment-result">
        <h1>{t('result.title')}</h1>
        <p aria-busy="true" className="loading">
          {t('result.loading')}
        </p>
      </div>
    );
  }

  const r = saved.result;
  const stopFlags = r.redFlags.filter((f) => f.urgency !== 'routine-referral');
  const otherFlags = r.redFlags.filter((f) => f.urgency === 'routine-referral');
  // Without self-care, the reasons stop at what to do: no psoas likelihood, pattern, habits or
  // obstacles (their texts reassure, e.g. "self-care has a good chance of working").
  const explanations = r.selfCareAllowed
    ? r.explanations
    : r.explanations.filter((e) => /^(red-flag|next-step):/.test(e.conclusion));
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(saved.createdAt),
  );

  return (
    <div className="page assessment-result" data-self-care={r.selfCareAllowed}>
      <h1>{t('result.title')}</h1>
      <p className="muted">{t(pending ? 'result.finishedOn' : 'result.takenOn', { date })}</p>
      {/* With a warning sign, what to do comes first; where the save stands follows it. */}
      {pending && stopFlags.length === 0 && <SaveStatus state={saveState} pending={pending} />}

      {stopFlags.length > 0 && (
        <section
          className={`stop-notice urgency-${stopFlags[0]!.urgency}`}
          aria-labelledby="flags-title"
          data-testid="result-stop"
        >
          <StopInstruction
            flags={stopFlags}
            lang={lang}
            titleId="flags-title"
            heading="h2"
            titles="result.whatToDo"
            country={country}
            onCountry={setCountry}
          />
          <h3>{t('result.redFlags')}</h3>
          <ul>
            {stopFlags.map((f) => (
              <li key={f.id}>
                {t(`condition.${f.condition}`)} — {t(`urgency.${f.urgency}`)}
              </li>
            ))}
          </ul>
          {!r.complete && <p>{t('result.incomplete')}</p>}
        </section>
      )}
      {pending && stopFlags.length > 0 && <SaveStatus state={saveState} pending={pending} />}

      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('result.nextSteps')}</h2>
        <ol className="next-steps">
          {r.nextSteps.map((s) => (
            <li key={s.id}>
              <strong>{t(`nextStep.${s.id}`)}</strong>
              <span> — {localize(s.because.text, lang)}</span>
            </li>
          ))}
        </ol>
        {otherFlags.map((f) => (
          <p key={f.id} className="referral-note">
            <strong>{t(`condition.${f.condition}`)}:</strong> {localize(f.advice, lang)}
          </p>
        ))}
        {r.selfCareAllowed ? (
          <ProgrammeLink saved={!local} />
        ) : (
          <p className="no-programme">{t('result.noProgramme')}</p>
        )}
      </section>

      {r.selfCareAllowed && (
        <div className="result-grid">
          <section className="card" aria-labelledby="likelihood-title">
            <h2 id="likelihood-title">{t('result.likelihood')}</h2>
            <p className="big">{t(`result.likelihoodLevel.${r.psoasLikelihood.level}`)}</p>
            <p>{localize(r.psoasLikelihood.because.text, lang)}</p>
          </section>
          <section className="card" aria-labelledby="pattern-title">
            <h2 id="pattern-title">{t('result.pattern')}</h2>
            <p className="big">{t(`result.patternKind.${r.pattern.kind}`)}</p>
            <p>{t('result.confidence', { level: t(`result.level.${r.pattern.confidence}`) })}</p>
            <p>{localize(r.pattern.because.text, lang)}</p>
          </section>
          <section className="card" aria-labelledby="obstacles-title">
            <h2 id="obstacles-title">{t('result.obstacles')}</h2>
            <p className="big">{t(`result.obstaclesLevel.${r.obstacles.level}`)}</p>
            <p>{localize(r.obstacles.meaning, lang)}</p>
          </section>
          <section className="card" aria-labelledby="scores-title">
            <h2 id="scores-title" className="visually-hidden">
              {t('result.painNow')}
            </h2>
            <dl className="scores">
              <dt>{t('result.painNow')}</dt>
              <dd>{r.painNow ?? '—'}/10</dd>
              <dt>{t('result.painWorst')}</dt>
              <dd>{r.painWorstWeek ?? '—'}/10</dd>
              <dt>{t('result.function')}</dt>
              <dd>{r.functionScore ?? '—'}</dd>
            </dl>
          </section>
        </div>
      )}

      {r.selfCareAllowed && (
        <section className="card" aria-labelledby="factors-title">
          <h2 id="factors-title">{t('result.factors')}</h2>
          {r.contributingFactors.length ? (
            <ol>
              {r.contributingFactors.map((f) => (
                <li key={f.id}>{t(`factor.${f.id}`)}</li>
              ))}
            </ol>
          ) : (
            <p>{t('result.noFactors')}</p>
          )}
        </section>
      )}

      {r.selfCareAllowed && r.exerciseRestrictions.length > 0 && (
        <section className="card" aria-labelledby="restrictions-title">
          <h2 id="restrictions-title">{t('result.restrictions')}</h2>
          <ul>
            {r.exerciseRestrictions.map((x) => (
              <li key={x.code}>{t(`restriction.${x.code}`)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="why-title" className="why">
        <h2 id="why-title">{t('result.why')}</h2>
        {explanations.map((e) => (
          <article key={e.conclusion} className="explanation">
            <h3>{conclusionTitle(e.conclusion, r, t)}</h3>
            <Because basis={e.because} saved={saved} lang={lang} />
          </article>
        ))}
      </section>

      <p className="disclaimer">{t('result.disclaimer')}</p>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        {saved.id && (
          <a
            className="button"
            href={fhirExportUrl(saved.id)}
            download={`psoas-assessment-${saved.id}.fhir.json`}
          >
            {t('result.fhir')}
          </a>
        )}
        <Link href="/assessment" className="button">
          {t('result.newAssessment')}
        </Link>
      </div>
    </div>
  );
}
