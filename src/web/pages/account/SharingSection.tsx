import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { clinicListSchema } from '../../../contract/clinics.js';
import { api } from '../../api.js';
import { FormError } from '../../components/Field.js';
import { MessagesEntry } from '../messages/MessagesEntry.js';
import type { ConsentView, consentListSchema } from './account-api.js';
import { type ClinicChoice, ShareForm } from './ShareForm.js';
import { useAction } from './use-action.js';

/** The person's consents to clinics: what each may see, since when, and a way to stop it. */
export function SharingSection() {
  const { t, i18n } = useTranslation('account');
  const [consents, setConsents] = useState<ConsentView[] | null>(null);
  const [clinics, setClinics] = useState<ClinicChoice[]>([]);
  const { busy, error, run } = useAction();
  const load = useCallback(async () => setConsents(await api<typeof consentListSchema>('/api/consents')), []);
  useEffect(() => {
    void load().catch(() => setConsents([]));
    void api<typeof clinicListSchema>('/api/clinics')
      .then(setClinics)
      .catch(() => setClinics([]));
  }, [load]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const clinicName = (id: string) =>
    clinics.find((c) => c.id === id)?.name ?? t('sharing.clinic', { id: id.slice(0, 8) });
  return (
    <section aria-labelledby="sharing-title" className="card">
      <h2 id="sharing-title">{t('sharing.title')}</h2>
      <p>{t('sharing.text')}</p>
      {consents?.length === 0 && <p>{t('sharing.none')}</p>}
      <ul className="account-consents">
        {consents?.map((c) => (
          <li key={c.id}>
            <strong>{clinicName(c.clinicId)}</strong>{' '}
            {t('sharing.scopes', { scopes: c.scopes.map((s) => t(`sharing.scope.${s}`)).join(', ') })}{' '}
            {c.active
              ? t('sharing.since', { date: date(c.grantedAt) })
              : t('sharing.withdrawn', { date: date(c.withdrawnAt!) })}
            {c.active && (
              <>
                {' '}
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`${t('sharing.withdraw')}: ${clinicName(c.clinicId)}`}
                  onClick={() =>
                    run(async () => {
                      await api(`/api/consents/${c.id}`, { method: 'DELETE' });
                      await load();
                    })
                  }
                >
                  {t('sharing.withdraw')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <MessagesEntry refreshKey={consents} />
      {clinics.length > 0 && (
        <ShareForm
          clinics={clinics}
          busy={busy}
          onShare={(clinicId, scopes) =>
            run(async () => {
              await api('/api/consents', { method: 'POST', body: { clinicId, scopes } });
              await load();
            })
          }
        />
      )}
      <FormError look="account" text={error} />
    </section>
  );
}
