import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  type ActivityRating,
  type AnswerValue,
  evaluateRedFlags,
  highestUrgency,
  ITEM_BY_ID,
  ITEMS,
  isVisible,
  SECTIONS,
  stopsSelfCare,
  visibleAnswers,
} from '../../../domain/assessment/index.js';
import { localize, toLanguage } from '../../../domain/i18n.js';
import { resumeWaitingSaves, scoreAndSave } from './background-save.js';
import { clearDraft, loadDraft, saveDraft } from './draft.js';
import { ItemField } from './ItemField.js';
import { NoneApply } from './NoneApply.js';
import { STOP_NOTICE_ID, StopNotice } from './StopNotice.js';
import './assessment.css';

type Answers = Record<string, AnswerValue>;

/** Activities are kept as typed while editing; what is submitted drops the unnamed rows. */
function cleaned(answers: Answers): Answers {
  const out: Answers = { ...answers };
  const rows = out.activities;
  if (Array.isArray(rows)) {
    const named = (rows as ActivityRating[])
      .map((r) => ({ activity: r.activity.trim(), score: r.score }))
      .filter((r) => r.activity !== '');
    if (named.length) out.activities = named;
    else delete out.activities;
  }
  return visibleAnswers(out);
}

/** The self-assessment: one section a screen, red flags first, draft kept in this browser. */
export function AssessmentPage() {
  const { t, i18n } = useTranslation('assessment');
  const lang = toLanguage(i18n.language);
  const [, navigate] = useLocation();
  const initial = useMemo(() => loadDraft(), []);
  const [answers, setAnswers] = useState<Answers>(initial?.answers ?? {});
  const [step, setStep] = useState(Math.min(Math.max(initial?.step ?? 0, 0), SECTIONS.length - 1));
  const [restored, setRestored] = useState(Boolean(initial && Object.keys(initial.answers).length));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const stopNotice = useRef<HTMLElement>(null);
  const shownStop = useRef('');

  useEffect(() => saveDraft({ answers, step }), [answers, step]);
  // A result finished earlier and never saved (tab closed while offline) is saved now.
  useEffect(resumeWaitingSaves, []);
  // Each new screen starts at its heading, as a new page would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes by design
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [step]);

  // A section whose questions are all hidden (the inflammatory follow-ups after a "no") is
  // not a step at all, so the progress counts only the screens this person will see.
  const steps = SECTIONS.filter((s) => ITEMS.some((i) => i.section === s.id && isVisible(i, answers)));
  const at = Math.min(step, steps.length - 1);
  const section = steps[at]!;
  const items = ITEMS.filter((i) => i.section === section.id && isVisible(i, answers));
  // On a warning-sign screen, the yes/no questions not yet answered "yes" can all be answered
  // "no" at once (after a confirmation).
  const noneApplies = section.id.startsWith('red-flags')
    ? items.filter((i) => i.type === 'yes-no' && answers[i.id] !== true)
    : [];
  const flags = evaluateRedFlags(cleaned(answers));
  const top = highestUrgency(flags);
  const stopped = top !== 'none' && stopsSelfCare(top);
  const last = at === steps.length - 1;
  const stopKey = stopped
    ? flags
        .filter((f) => stopsSelfCare(f.urgency))
        .map((f) => f.id)
        .join(' ')
    : '';

  /** Brings the warning into view and gives it focus (screen readers also hear its role="alert"). */
  const revealStop = () => {
    const el = stopNotice.current;
    if (!el) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  };
  // Any new warning sign, wherever it was ticked, moves the page to the warning at once: it sits
  // above the questions and could otherwise be a whole screen away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the set of warning signs changes by design
  useEffect(() => {
    if (stopKey && stopKey !== shownStop.current) revealStop();
    shownStop.current = stopKey;
  }, [stopKey]);

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
    setErrors((prev) => {
      if (!prev[id]) return prev;
      const { [id]: _, ...rest } = prev;
      return rest;
    });
  };

  const missingHere = (): Record<string, string> => missingIn(answers);
  const missingIn = (given: Answers): Record<string, string> => {
    const c = cleaned(given);
    return Object.fromEntries(
      items.filter((i) => i.required && c[i.id] === undefined).map((i) => [i.id, t('required')]),
    );
  };

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const goNext = () => {
    const found = missingHere();
    if (Object.keys(found).length) return showErrors(found);
    setErrors({});
    setStep(Math.min(at + 1, steps.length - 1));
  };

  // The result is scored here and shown at once; saving it happens in the background
  // (background-save.ts keeps it until the server has it, and retries).
  const submit = () => {
    if (!stopped) {
      const found = missingHere();
      if (Object.keys(found).length) return showErrors(found);
    }
    const pending = scoreAndSave(cleaned(answers), lang);
    clearDraft();
    navigate(`/assessment/result/${pending.localId}`);
  };

  const startOver = () => {
    if (!window.confirm(t('startOverConfirm'))) return;
    clearDraft();
    setAnswers({});
    setErrors({});
    setRestored(false);
    setStep(0);
  };

  const errorEntries = Object.entries(errors);
  return (
    <div className="page assessment">
      <h1>{t('title')}</h1>
      {at === 0 && <p className="lead">{t('lead')}</p>}
      {restored && (
        <div className="notice" role="status">
          <span>{t('restored')}</span>{' '}
          <button type="button" className="button small" onClick={startOver}>
            {t('startOver')}
          </button>
        </div>
      )}
      <div className="progress">
        <p id="progress-text">
          {t('progress', {
            current: at + 1,
            total: steps.length,
            section: localize(section.title, lang),
          })}
        </p>
        <progress
          max={steps.length}
          value={at + 1}
          aria-labelledby="progress-text"
          aria-valuetext={`${at + 1} / ${steps.length}`}
        />
      </div>

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (stopped || last) submit();
          else goNext();
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {localize(section.title, lang)}
        </h2>
        <p>{localize(section.intro, lang)}</p>

        {errorEntries.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
            <p>{t('errorSummary')}</p>
            <ul>
              {errorEntries.map(([id, message]) => {
                const item = ITEM_BY_ID.get(id);
                return (
                  <li key={id}>
                    <a href={`#item-${id}`}>
                      {item ? localize(item.short, lang) : id}: {message}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        )}

        {stopped && <StopNotice ref={stopNotice} flags={flags} lang={lang} onSave={submit} />}

        {items.map((item) => (
          <ItemField
            key={item.id}
            item={item}
            value={answers[item.id]}
            onChange={(v) => setAnswer(item.id, v)}
            error={errors[item.id]}
            lang={lang}
          />
        ))}

        {!stopped && noneApplies.length > 1 && (
          <NoneApply
            key={section.id}
            count={noneApplies.length}
            onConfirm={() => {
              const next = { ...answers };
              for (const item of noneApplies) next[item.id] = false;
              setAnswers(next);
              // Anything else the screen needs (the age) is still asked for before moving on.
              const found = missingIn(next);
              if (Object.keys(found).length) return showErrors(found);
              setErrors({});
              setStep(Math.min(at + 1, steps.length - 1));
            }}
          />
        )}

        <div className="wizard-nav">
          {at > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setErrors({});
                setStep(Math.max(at - 1, 0));
              }}
            >
              {t('back')}
            </button>
          )}
          {stopped ? (
            <a
              href={`#${STOP_NOTICE_ID}`}
              className="button stop-pointer"
              data-testid="see-what-to-do"
              onClick={(e) => {
                e.preventDefault();
                revealStop();
              }}
            >
              <span aria-hidden="true">↑ </span>
              {t('stop.seeWhatToDo')}
            </a>
          ) : (
            <button type="submit" className="button primary">
              {last ? t('finish') : t('next')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
