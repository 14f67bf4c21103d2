import { Trans, useTranslation } from 'react-i18next';
import { formatLocale, toLanguage } from '../../../domain/i18n.js';

/** A number of minutes as people say it: "24 hours", "2 days", "90 minutes" (in the reader's language); a day is said as 24 hours. */
export function durationInWords(minutes: number, language: string): string {
  const locale = formatLocale(toLanguage(language));
  const [amount, unit] =
    minutes >= 2880 && minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes >= 60 && minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export interface PolicyRules {
  minNoticeMinutes: number;
  maxDaysAhead: number;
  changeCutoffMinutes: number;
}

/** The clinic's booking policy in two sentences: how soon and how far ahead, and until when to change online. */
export function PolicySummary({
  rules,
  clinicName,
  phone,
  id,
}: {
  rules: PolicyRules;
  clinicName: string;
  phone: string;
  id?: string;
}) {
  const { t, i18n } = useTranslation('policy');
  const days = durationInWords(rules.maxDaysAhead * 1440, i18n.language);
  return (
    <div className="care-policy" id={id}>
      <p>
        {rules.minNoticeMinutes > 0
          ? t('booking', { notice: durationInWords(rules.minNoticeMinutes, i18n.language), days })
          : t('bookingAnytime', { days })}
      </p>
      <p>
        {rules.changeCutoffMinutes > 0 ? (
          <Trans
            t={t}
            i18nKey="changes"
            values={{
              cutoff: durationInWords(rules.changeCutoffMinutes, i18n.language),
              clinic: clinicName,
              phone,
            }}
            components={{ phone: <a href={telHref(phone)}>{phone}</a> }}
          />
        ) : (
          t('changesUntilStart')
        )}
      </p>
    </div>
  );
}
