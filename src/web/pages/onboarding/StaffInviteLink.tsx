import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAccount } from '../../account-state.js';
import './onboarding.css';

/** Under the dashboard, for a clinic admin: the way to invite staff. */
export function StaffInviteLink() {
  const { t } = useTranslation('onboarding');
  const account = useAccount();
  if (account?.user?.role !== 'clinic_admin') return null;
  return (
    <section className="page setup-invite-link" aria-labelledby="invite-staff-heading">
      <h2 id="invite-staff-heading">{t('invite.title')}</h2>
      <p>{t('invite.lead')}</p>
      <Link href="/clinic/staff" className="button">
        {t('invite.open')}
      </Link>
    </section>
  );
}
