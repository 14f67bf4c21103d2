import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The sentence under sign-up and sharing that links to the privacy notice and the terms. */
export function LegalNotice({ which }: { which: 'signUpNotice' | 'shareNotice' }) {
  const { t } = useTranslation('legal');
  return (
    <p className="legal-notice">
      <Trans
        t={t}
        i18nKey={which}
        components={{ privacy: <Link href="/privacy" />, terms: <Link href="/terms" /> }}
      />
    </p>
  );
}
