import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryCode } from '../../../domain/assessment/emergency-numbers.js';
import type { Urgency } from '../../../domain/assessment/index.js';
import type { Language } from '../../../domain/i18n.js';
import { callIsPrimary, EmergencyCall, useEmergencyCountry } from './EmergencyCall.js';

export const STOP_NOTICE_ID = 'stop-notice';

interface Flag {
  condition: string;
  urgency: Urgency;
}

/** Which one-sentence instruction fits: a pregnancy sign has its own unless something is worse. */
export function instructionKey(flags: readonly Flag[]): string {
  const top = flags[0]!.urgency;
  if (top !== 'emergency' && flags.some((f) => f.condition === 'pregnancy-warning')) return 'pregnancy';
  return top;
}

/** The warning's title, one sentence on what to do and how fast, and the numbers to call. */
export function StopInstruction({
  flags,
  lang,
  titleId,
  heading: Heading,
  titles,
  country,
  onCountry,
}: {
  flags: readonly Flag[];
  lang: Language;
  titleId: string;
  heading: 'h2' | 'h3';
  /** Where the titles are: the form's "Please stop here…" or the result's "What to do…". */
  titles: 'stop.title' | 'result.whatToDo';
  country: CountryCode | undefined;
  onCountry(c: CountryCode | undefined): void;
}) {
  const { t } = useTranslation('assessment');
  const key = instructionKey(flags);
  return (
    <>
      <Heading id={titleId} className="stop-title">
        {t(`${titles}.${key}`)}
      </Heading>
      <p className="stop-instruction">{t(`stop.instruction.${key}`)}</p>
      <EmergencyCall urgency={flags[0]!.urgency} lang={lang} country={country} onCountry={onCountry} />
    </>
  );
}

/**
 * Shown as soon as an emergency or urgent warning sign is ticked: where to go and how fast, the
 * number to call, and a way to save the answers without finishing the questionnaire. The form
 * scrolls it into view and focuses it (`ref`), so it can never sit unseen above the screen.
 */
export function StopNotice({
  flags,
  lang,
  onSave,
  ref,
}: {
  flags: Flag[];
  lang: Language;
  onSave(): void;
  ref?: Ref<HTMLElement>;
}) {
  const { t } = useTranslation('assessment');
  const top = flags[0]!;
  const [country, setCountry] = useEmergencyCountry();
  const conditions = [
    ...new Set(flags.filter((f) => f.urgency !== 'routine-referral').map((f) => f.condition)),
  ];
  return (
    <section
      id={STOP_NOTICE_ID}
      ref={ref}
      tabIndex={-1}
      className={`stop-notice urgency-${top.urgency}`}
      role="alert"
      aria-labelledby="stop-title"
    >
      <StopInstruction
        flags={flags}
        lang={lang}
        titleId="stop-title"
        heading="h3"
        titles="stop.title"
        country={country}
        onCountry={setCountry}
      />
      <p className="stop-why">{t('stop.why')}</p>
      <ul>
        {conditions.map((c) => (
          <li key={c}>{t(`condition.${c}`)}</li>
        ))}
      </ul>
      <button
        type="button"
        className={callIsPrimary(top.urgency, country) ? 'button' : 'button primary'}
        onClick={onSave}
      >
        {t('stop.saveAndSee')}
      </button>
      <p className="item-help">{t('stop.change')}</p>
    </section>
  );
}
