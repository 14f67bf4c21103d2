import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FlagItem } from './FlagItem.js';
import { detailPath, type PatientSummary } from './patients-api.js';

/** One patient: name, open flags, pain now vs baseline, sessions this week, last check-in. */
export function PatientCard({
  patient,
  formatDate,
  onHandle,
  headingLevel = 2,
  title,
}: {
  patient: PatientSummary;
  formatDate(d: string): string;
  onHandle(flagId: string): Promise<void>;
  headingLevel?: 2 | 3;
  /** The card's heading instead of the patient's linked name (on the patient's own page). */
  title?: string;
}) {
  const { t } = useTranslation(['patients', 'messages']);
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const name = patient.name ?? t('noName');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const handle = async (flagId: string) => {
    setBusy(flagId);
    setError('');
    try {
      await onHandle(flagId);
      setNotice(t('handled'));
      // The flag is gone: focus the patient's heading, where the confirmation is read out.
      heading.current?.focus();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const pain = patient.pain;
  const verdict = pain
    ? pain.matters && pain.direction !== 'same'
      ? t(`pain.${pain.direction}`)
      : t('pain.same')
    : null;
  return (
    <article
      className={`card patient-card${patient.flags[0] ? ` patient-card-${patient.flags[0].severity}` : ''}`}
      aria-labelledby={`patient-${patient.personId}`}
    >
      <H id={`patient-${patient.personId}`} ref={heading} tabIndex={-1}>
        {title ?? <Link href={detailPath(patient.personId)}>{name}</Link>}
      </H>
      <p role="status" className="patient-notice">
        {notice}
      </p>
      {error && (
        <p role="alert" className="care-error">
          {error}
        </p>
      )}
      {!title && patient.unreadMessages > 0 && (
        <p className="patient-unread">
          <Link href={`${detailPath(patient.personId)}#messages`}>
            {t('messages:clinic.unread', { count: patient.unreadMessages })}
          </Link>
        </p>
      )}
      {patient.flags.length > 0 ? (
        <ul className="patient-flags" aria-label={t('flagsOf', { name })}>
          {patient.flags.map((f) => (
            <FlagItem
              key={f.id}
              flag={f}
              personId={patient.personId}
              formatDate={formatDate}
              busy={busy === f.id}
              onHandle={() => void handle(f.id)}
            />
          ))}
        </ul>
      ) : (
        <p className="patient-ok">{t('noFlags')}</p>
      )}
      <dl className="patient-facts">
        <div>
          <dt>{t('pain.label')}</dt>
          <dd>{pain ? t('pain.value', { from: pain.baseline, to: pain.now, verdict }) : t('none')}</dd>
        </div>
        <div>
          <dt>{t('week.label')}</dt>
          <dd>
            {patient.sessionsThisWeek ? t('week.value', patient.sessionsThisWeek) : t('week.noProgramme')}
          </dd>
        </div>
        <div>
          <dt>{t('lastCheckin')}</dt>
          <dd>{patient.lastCheckin ? formatDate(patient.lastCheckin) : t('noCheckin')}</dd>
        </div>
      </dl>
    </article>
  );
}
