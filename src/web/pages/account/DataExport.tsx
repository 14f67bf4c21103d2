import { useTranslation } from 'react-i18next';

/** Download links for everything kept about the person; FHIR only when there is a person record. */
export function DataExport({ withFhir }: { withFhir: boolean }) {
  const { t } = useTranslation('account');
  return (
    <section aria-labelledby="data-title" className="card">
      <h2 id="data-title">{t('data.title')}</h2>
      <p>{t('data.text')}</p>
      <div className="actions">
        <a className="button" href="/api/account/export" download="psoas-export.json">
          {t('data.json')}
        </a>
        {withFhir && (
          <a className="button" href="/api/account/export/fhir" download="psoas-export.fhir.json">
            {t('data.fhir')}
          </a>
        )}
      </div>
    </section>
  );
}
