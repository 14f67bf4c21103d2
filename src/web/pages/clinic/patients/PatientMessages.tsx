import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.js';
import { ComposeForm } from '../../messages/ComposeForm.js';
import { MessageList } from '../../messages/MessageList.js';
import {
  type Message,
  type messageSchema,
  type sendMessageBody,
  staffThreadPath,
  type staffThreadSchema,
} from '../../messages/messages-api.js';
import '../../messages/messages.css';

/** The patient's conversation with the clinic, on their page: read it (audited) and answer. */
export function PatientMessages({
  clinicId,
  personId,
  patientName,
}: {
  clinicId: string;
  personId: string;
  patientName: string;
}) {
  const { t } = useTranslation('messages');
  const [list, setList] = useState<Message[] | null>(null);
  const [error, setError] = useState(false);
  const load = useCallback(async () => {
    try {
      setList((await api<typeof staffThreadSchema>(staffThreadPath(clinicId, personId))).messages);
    } catch {
      setError(true);
    }
  }, [clinicId, personId]);
  useEffect(() => {
    void load();
  }, [load]);
  const send = async (text: string) => {
    const sent = await api<typeof messageSchema, typeof sendMessageBody>(
      staffThreadPath(clinicId, personId),
      {
        method: 'POST',
        body: { text },
      },
    );
    setList((l) => [...(l ?? []), sent]);
  };
  return (
    <section aria-labelledby="patient-messages" id="messages" className="patients-messages">
      <h2 id="patient-messages">{t('clinic.title')}</h2>
      <p className="small">{t('clinic.privacy')}</p>
      {error && <p role="alert">{t('errors.load')}</p>}
      {!list && !error && <p aria-busy="true">{t('loading')}</p>}
      {list && (
        <>
          <MessageList messages={list} viewer="clinic" otherName={patientName} />
          <ComposeForm label={t('clinic.compose', { name: patientName })} onSend={send} />
        </>
      )}
    </section>
  );
}
