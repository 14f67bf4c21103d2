import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { setupResultSchema } from '../../../contract/onboarding.js';
import { toLanguage } from '../../../domain/i18n.js';
import { accountChanged } from '../../account-state.js';
import { ApiError, api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { NewPasswordField } from '../account/NewPasswordField.js';
import { ClinicStep } from './ClinicStep.js';
import { HoursStep } from './HoursStep.js';
import { PractitionersStep } from './PractitionersStep.js';
import { ServicesStep } from './ServicesStep.js';
import { SetupField } from './SetupField.js';
import {
  forgetDraft,
  loadDraft,
  type Problems,
  type SetupDraft,
  saveDraft,
  stepProblems,
  toBody,
} from './setup-draft.js';
import '../account/account.css';
import '../care/care.css';
import './onboarding.css';

const STEPS = ['clinic', 'hours', 'services', 'practitioners', 'admin'] as const;

/** The first run of a new installation: five short steps, then the clinic takes bookings. */
export function SetupPage({ onDone }: { onDone(): void }) {
  const { t, i18n } = useTranslation('onboarding');
  const [draft, setDraft] = useState<SetupDraft>(() => loadDraft(toLanguage(i18n.language)));
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const step = Math.min(draft.step, STEPS.length - 1);

  useEffect(() => saveDraft(draft), [draft]);
  // Once mistakes are shown, each goes away as soon as its field is right (the others stay).
  useEffect(() => {
    if (step < STEPS.length - 1) setProblems((p) => (Object.keys(p).length ? stepProblems(draft, step) : p));
  }, [draft, step]);
  // A new step, or the end: its heading takes focus once it is on screen (never on first load).
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const now = done ? 'done' : String(step);
    if (shown.current !== null && shown.current !== now) {
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: 'start' });
    }
    shown.current = now;
  }, [step, done]);
  const update = (d: Partial<SetupDraft>) => setDraft((x) => ({ ...x, ...d }));
  const go = (next: number) => {
    setProblems({});
    setError(null);
    update({ step: next });
  };
  const showProblems = (p: Problems) => {
    setProblems(p);
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .setup-field-error')?.focus(),
    );
    requestAnimationFrame(() =>
      form.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], .setup-field-error')
        ?.scrollIntoView({ block: 'center' }),
    );
  };

  const finish = async () => {
    const p: Problems = {};
    if (!draft.admin.displayName.trim()) p['admin.displayName'] = 'errors.required';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.admin.email.trim())) p['admin.email'] = 'errors.email';
    if (password.length < 10) p['admin.password'] = 'errors.password';
    if (Object.keys(p).length) return showProblems(p);
    // Every earlier step again: a draft resumed from another day may have been left half done.
    for (let s = 0; s < 4; s++) {
      const earlier = stepProblems(draft, s);
      if (Object.keys(earlier).length) {
        go(s);
        return requestAnimationFrame(() => showProblems(earlier));
      }
    }
    setBusy(true);
    setError(null);
    try {
      await api<typeof setupResultSchema>('/api/setup', { method: 'POST', body: toBody(draft, password) });
      forgetDraft();
      accountChanged();
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'already_set_up') setError(t('errors.alreadySetUp'));
      else if (e instanceof ApiError && e.code === 'invalid_setup') setError(t('errors.invalidSetup'));
      else if (e instanceof ApiError && e.code === 'offline') setError(t('errors.offline'));
      else setError(t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <div className="page setup-page">
        <h1 ref={heading} tabIndex={-1}>
          {t('done.title')}
        </h1>
        <p>{t('done.text', { name: draft.clinic.name })}</p>
        <p>
          <button type="button" className="button primary" onClick={onDone}>
            {t('done.open')}
          </button>
        </p>
        <p>
          <a href="/care">{t('done.care')}</a>
        </p>
      </div>
    );

  return (
    <div className="page setup-page">
      <p className="setup-intro">{t('intro')}</p>
      <ol className="setup-progress" aria-label={t('progress')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === step ? 'step' : undefined}
            className={i < step ? 'done' : undefined}
          >
            {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      <h1 ref={heading} tabIndex={-1}>
        {t('stepOf', { n: step + 1, total: STEPS.length })} {t(`steps.${STEPS[step]}`)}
      </h1>
      <p className="care-hint">{t(`lead.${STEPS[step]}`)}</p>
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === STEPS.length - 1) return void finish();
          const p = stepProblems(draft, step);
          if (Object.keys(p).length) return showProblems(p);
          go(step + 1);
        }}
      >
        {step === 0 && (
          <ClinicStep
            draft={draft}
            problems={problems}
            change={(c) => update({ clinic: { ...draft.clinic, ...c } })}
          />
        )}
        {step === 1 && <HoursStep draft={draft} problems={problems} change={(hours) => update({ hours })} />}
        {step === 2 && (
          <ServicesStep draft={draft} problems={problems} change={(services) => update({ services })} />
        )}
        {step === 3 && (
          <PractitionersStep
            draft={draft}
            problems={problems}
            change={(practitioners) => update({ practitioners })}
          />
        )}
        {step === 4 && (
          <>
            <SetupField
              label={t('admin.name')}
              value={draft.admin.displayName}
              onChange={(displayName) => update({ admin: { ...draft.admin, displayName } })}
              error={problems['admin.displayName'] ? t(problems['admin.displayName']) : undefined}
              autoComplete="name"
            />
            <SetupField
              label={t('admin.email')}
              hint={t('admin.emailHint')}
              type="email"
              value={draft.admin.email}
              onChange={(email) => update({ admin: { ...draft.admin, email } })}
              error={problems['admin.email'] ? t(problems['admin.email']) : undefined}
              autoComplete="email"
            />
            <NewPasswordField label={t('admin.password')} value={password} onChange={setPassword} />
            {problems['admin.password'] && (
              <p className="care-error setup-field-error" tabIndex={-1}>
                {t(problems['admin.password'])}
              </p>
            )}
          </>
        )}
        <FormError look="care" text={error} />
        <div className="setup-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {step === STEPS.length - 1 ? t(busy ? 'creating' : 'create') : t('next')}
          </button>
          {step > 0 && (
            <button type="button" className="button" onClick={() => go(step - 1)}>
              {t('back')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
