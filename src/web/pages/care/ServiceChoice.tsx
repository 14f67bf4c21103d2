import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { SelectField } from '../../components/Field.js';
import { type ClinicView, formatPrice } from './care-api.js';

/** The treatment and who gives it; "anyone" is the first practitioner choice. */
export function ServiceChoice(props: {
  clinic: ClinicView;
  serviceId: string;
  practitionerId: string;
  onService(id: string): void;
  onPractitioner(id: string): void;
}) {
  const { t, i18n } = useTranslation('care');
  const language = toLanguage(i18n.language);
  const service = props.clinic.services.find((s) => s.id === props.serviceId);
  const givers = props.clinic.practitioners.filter((p) => service?.practitionerIds.includes(p.id));
  return (
    <div className="care-choices">
      <SelectField
        look="care"
        label={t('service')}
        value={props.serviceId}
        onChange={props.onService}
        options={props.clinic.services.map((s) => ({
          value: s.id,
          label: t('serviceOption', {
            name: s.name[language],
            minutes: s.durationMinutes,
            price: formatPrice(s.priceCents, s.currency, language),
          }),
        }))}
      />
      <SelectField
        look="care"
        label={t('practitioner')}
        value={props.practitionerId}
        onChange={props.onPractitioner}
        options={[
          { value: '', label: t('anyPractitioner') },
          ...givers.map((p) => ({ value: p.id, label: `${p.displayName} (${p.profession})` })),
        ]}
      />
    </div>
  );
}
