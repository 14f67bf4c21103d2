import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError, api } from '../../api.js';
import { usePageTitle } from '../../use-page-title.js';
import { ComposeForm } from './ComposeForm.js';
import { MessageList } from './MessageList.js';
import {
  type messageSchema,
  patientThreadPath,
  type SendMessage,
  type sendMessageBody,
  type Thread,
  type threadSchema,
} from './messages-api.js';
import './messages.css';

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'missing' }
  | { kind: 'error' }
  | { kind: 'ready'; thread: Thread };

/** The patient's conversation with one clinic: read it, write to it while they share. */
export function ThreadPage() {
  const { t } = useTranslation('messages');
  const { clinicId } = useParams<{ clinicId: string }>();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(async () => {
    try {
      setState({ kind: 'ready', thread: await api<typeof threadSchema>(patientThreadPath(clinicId)) });
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      setState({ kind: status === 401 ? 'signed-out' : status === 404 ? 'missing' : 'error' });
    }
  }, [clinicId]);
  useEffect(() => {
    void load();
  }, [load]);
  const thread = state.kind === 'ready' ? state.thread : undefined;
  const title = thread ? t('with', { clinic: thread.clinicName }) : t('title');
  usePageTitle(title);
  const send = async (text: string) => {
    const sent = await api<typeof messageSchema, typeof sendMessageBody>(patientThreadPath(clinicId), {
      method: 'POST',
      body: { text } satisfies SendMessage,
    });
    setState((s) =>
      s.kind === 'ready' ? { ...s, thread: { ...s.thread, messages: [...s.thread.messages, sent] } } : s,
    );
  };
  return (
    <div className="page messages-page">
      <p>
        <Link href="/messages">{t('back')}</Link>
      </p>
      <h1>{title}</h1>
      {state.kind === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {state.kind === 'error' && <p role="alert">{t('errors.load')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('missing')}</p>}
      {state.kind === 'signed-out' && (
        <p>
          {t('signedOut')} <Link href="/account">{t('toAccount')}</Link>
        </p>
      )}
      {thread && (
        <>
          <p className="small">{t('privacy', { clinic: thread.clinicName })}</p>
          {!thread.open && (
            <p className="messages-closed" role="note">
              {t('closed', { clinic: thread.clinicName })}
            </p>
          )}
          <MessageList messages={thread.messages} viewer="patient" otherName={thread.clinicName} />
          {thread.open && <ComposeForm label={t('compose', { clinic: thread.clinicName })} onSend={send} />}
        </>
      )}
    </div>
  );
}
