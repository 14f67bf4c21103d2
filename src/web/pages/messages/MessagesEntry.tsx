import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.js';
import type { threadListSchema } from './messages-api.js';
import './messages.css';

/**
 * The way in to messages where sharing is set up: shown once the person shares with a clinic (or
 * has an old conversation), with how many answers wait unread.
 */
export function MessagesEntry({ refreshKey }: { refreshKey?: unknown }) {
  const { t } = useTranslation('messages');
  const [state, setState] = useState<{ threads: number; unread: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey says when sharing changed
  useEffect(() => {
    api<typeof threadListSchema>('/api/messages')
      .then((list) => setState({ threads: list.length, unread: list.reduce((n, c) => n + c.unread, 0) }))
      .catch(() => setState(null));
  }, [refreshKey]);
  if (!state || state.threads === 0) return null;
  return (
    <p className="messages-entry">
      <Link href="/messages" className="button">
        {t('entry')}
        {state.unread > 0 && <span className="unread-badge">{t('unread', { count: state.unread })}</span>}
      </Link>
    </p>
  );
}
