import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushOutbox, OUTBOX_EVENT, pendingResults } from '../../offline/outbox.js';

/** How many results recorded on this device still wait to reach the server. */
export function SyncStatus({ onSynced }: { onSynced?: () => void }) {
  const { t } = useTranslation('programme');
  const [pending, setPending] = useState(() => pendingResults().length);
  const [online, setOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    const update = () => setPending(pendingResults().length);
    const goOnline = () => {
      setOnline(true);
      void flushOutbox().then((left) => {
        update();
        if (left === 0) onSynced?.();
      });
    };
    const goOffline = () => setOnline(false);
    window.addEventListener(OUTBOX_EVENT, update);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener(OUTBOX_EVENT, update);
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [onSynced]);

  return (
    <p role="status" className="sync-status" data-pending={pending}>
      {!online ? `${t('sync.offline')} ` : ''}
      {pending > 0 ? t('sync.pending', { count: pending }) : online ? '' : t('sync.allSaved')}
    </p>
  );
}
