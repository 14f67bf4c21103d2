import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { professionLabel } from '../../../domain/professions.js';
import { type ClinicView, formatPrice } from './care-api.js';

/**
 * The treatment, then who gives it, as two groups of large radio cards: on a phone every option
 * is one tap away and readable without opening a menu. "Anyone available" comes first.
 */
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
      <RadioGroup className="care-options" value={props.serviceId || null} onChange={props.onService}>
        <Label className="care-step">{t('stepService')}</Label>
        {props.clinic.services.map((s) => (
          <Radio key={s.id} value={s.id} className="care-option">
            <span className="care-option-name">{s.name[language]}</span>
            <span className="care-option-detail">
              {t('serviceDetail', {
                minutes: s.durationMinutes,
                price: formatPrice(s.priceCents, s.currency, language),
              })}
            </span>
          </Radio>
        ))}
      </RadioGroup>
      {service && (
        <RadioGroup className="care-options" value={props.practitionerId} onChange={props.onPractitioner}>
          <Label className="care-step">{t('stepPractitioner')}</Label>
          <Radio value="" className="care-option">
            <span className="care-option-name">{t('anyPractitioner')}</span>
            <span className="care-option-detail">{t('anyPractitionerDetail')}</span>
          </Radio>
          {givers.map((p) => (
            <Radio key={p.id} value={p.id} className="care-option">
              <span className="care-option-name">{p.displayName}</span>
              <span className="care-option-detail">{professionLabel(p.profession, language)}</span>
            </Radio>
          ))}
        </RadioGroup>
      )}
    </div>
  );
}
