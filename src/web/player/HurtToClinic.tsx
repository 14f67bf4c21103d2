import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { exerciseById } from '../../domain/content/exercises/index.js';
import { toLanguage } from '../../domain/i18n.js';
import { api } from '../api.js';
import type {
  messageSchema,
  SendMessage,
  sendMessageBody,
  ThreadSummary,
  threadListSchema,
} from '../pages/messages/messages-api.js';
import { patientThreadPath, threadPage } from '../pages/messages/messages-api.js';
import '../pages/messages/messages.css';

export interface HurtReport {
  exerciseId: string;
  where: string;
  level: number;
}

/**
 * After "this hurts", for a person who shares with a clinic: the report as the practitioner will
 * read it, and one tap to send it. Shows nothing to guests or people who share with nobody.
 */
export function HurtToClinic({ report }: { report: HurtReport }) {
  const { t, i18n } = useTranslation(['messages', 'programme']);
  const lang = toLanguage(i18n.language);
  const [clinics, setClinics] = useState<ThreadSummary[]>([]);
  const [sent, setSent] = useState<Record<string, 'sending' | 'sent' | 'failed'>>({});
  useEffect(() => {
    api<typeof threadListSchema>('/api/messages')
      .then((list) => setClinics(list.filter((c) => c.open)))
      .catch(() => setClinics([]));
  }, []);
  // A new report is a new message to offer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the report changes
  useEffect(() => setSent({}), [report]);
  if (clinics.length === 0) return null;
  const text = t('messages:hurt.text', {
    exercise: exerciseById(report.exerciseId)?.name[lang] ?? report.exerciseId,
    level: report.level,
    where: t(`programme:hurt.regions.${report.where}`),
  });
  const send = async (clinicId: string) => {
    setSent((s) => ({ ...s, [clinicId]: 'sending' }));
    try {
      await api<typeof messageSchema, typeof sendMessageBody>(patientThreadPath(clinicId), {
        method: 'POST',
        body: { text, hurt: report } as SendMessage,
      });
      setSent((s) => ({ ...s, [clinicId]: 'sent' }));
    } catch {
      setSent((s) => ({ ...s, [clinicId]: 'failed' }));
    }
  };
  return (
    <div className="hurt-to-clinic card" data-testid="hurt-to-clinic">
      {clinics.map((c) => (
        <div key={c.clinicId}>
          <p>{t('messages:hurt.offer', { clinic: c.clinicName })}</p>
          <blockquote>{text}</blockquote>
          <p role="status">
            {sent[c.clinicId] === 'sent' && (
              <>
                {t('messages:hurt.sent', { clinic: c.clinicName })}{' '}
                <Link href={threadPage(c.clinicId)}>{t('messages:hurt.open')}</Link>
              </>
            )}
            {sent[c.clinicId] === 'failed' && t('messages:hurt.failed')}
          </p>
          {sent[c.clinicId] !== 'sent' && (
            <button
              type="button"
              className="button"
              disabled={sent[c.clinicId] === 'sending'}
              onClick={() => void send(c.clinicId)}
            >
              {t('messages:hurt.send', { clinic: c.clinicName })}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
