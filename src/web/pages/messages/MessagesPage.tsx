import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError, api } from '../../api.js';
import { usePageTitle } from '../../use-page-title.js';
import { type ThreadSummary, type threadListSchema, threadPage } from './messages-api.js';
import './messages.css';

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'error' }
  | { kind: 'ready'; list: ThreadSummary[] };

/** The patient's conversations: one per clinic they share their record with. */
export function MessagesPage() {
  const { t } = useTranslation('messages');
  usePageTitle(t('title'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    api<typeof threadListSchema>('/api/messages')
      .then((list) => setState({ kind: 'ready', list }))
      .catch((e: unknown) =>
        setState(e instanceof ApiError && e.status === 401 ? { kind: 'signed-out' } : { kind: 'error' }),
      );
  }, []);
  return (
    <div className="page messages-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {state.kind === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {state.kind === 'error' && <p role="alert">{t('errors.load')}</p>}
      {state.kind === 'signed-out' && (
        <p>
          {t('signedOut')} <Link href="/account">{t('toAccount')}</Link>
        </p>
      )}
      {state.kind === 'ready' && state.list.length === 0 && (
        <p>
          {t('noClinic')} <Link href="/account#sharing-title">{t('toSharing')}</Link>
        </p>
      )}
      {state.kind === 'ready' && state.list.length > 0 && (
        <ul className="threads">
          {state.list.map((c) => (
            <li key={c.clinicId} className="card thread-item">
              <Link href={threadPage(c.clinicId)} className="thread-link">
                {c.clinicName}
              </Link>
              {c.unread > 0 && <span className="unread-badge">{t('unread', { count: c.unread })}</span>}
              {!c.open && <p className="small">{t('closedShort')}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
