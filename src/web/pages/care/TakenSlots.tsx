import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../domain/i18n.js';
import { type ClinicView, formatWhen, type Slot } from './care-api.js';

/** Shown when the chosen time went to someone else first: the nearest free times instead. */
export function TakenSlots(props: {
  clinic: ClinicView;
  offered: Slot[];
  nameOf(id: string): string;
  onChoose(slot: Slot): void;
}) {
  const { t, i18n } = useTranslation('care');
  const language = toLanguage(i18n.language);
  return (
    <section aria-labelledby="taken-title" className="card care-taken">
      <h2 id="taken-title">{t('taken')}</h2>
      <ul className="care-slots">
        {props.offered.map((s) => (
          <li key={`${s.practitionerId}-${s.start}`}>
            <button type="button" className="care-slot" onClick={() => props.onChoose(s)}>
              {formatWhen(s.start, props.clinic.timeZone, language)} · {props.nameOf(s.practitionerId)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
