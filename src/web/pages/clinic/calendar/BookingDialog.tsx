import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../../domain/i18n.js';
import { api } from '../../../api.js';
import { type BookingView, type ClinicView, formatTime, formatWhen } from '../../care/care-api.js';
import { ReviewLink } from '../review/ReviewLink.js';
import { SharedProgress } from '../SharedProgress.js';
import { SeriesInDialog } from './SeriesInDialog.js';
import { SharedAssessment } from './SharedAssessment.js';

/**
 * One appointment, opened from its block on the grid: who, what, when, how to reach them, and
 * what staff can do with it. Cancelling asks first, in words that cannot be mixed up.
 */
export function BookingDialog(props: {
  clinic: ClinicView;
  booking: BookingView | null;
  now: string;
  onClose(): void;
  onMove(booking: BookingView): void;
  onChanged(message: string): void;
}) {
  const { clinic, booking } = props;
  return (
    <ModalOverlay
      className="cal-overlay"
      isDismissable
      isOpen={booking !== null}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <Modal className="cal-modal">
        {booking && (
          <Dialog className="cal-dialog">
            <BookingDetails
              clinic={clinic}
              booking={booking}
              now={props.now}
              onClose={props.onClose}
              onMove={props.onMove}
              onChanged={props.onChanged}
            />
          </Dialog>
        )}
      </Modal>
    </ModalOverlay>
  );
}

function BookingDetails(props: {
  clinic: ClinicView;
  booking: BookingView;
  now: string;
  onClose(): void;
  onMove(booking: BookingView): void;
  onChanged(message: string): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation('clinic');
  const { clinic, booking: b } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/staff/clinics/${clinic.id}/bookings/${b.id}`;
  const act = async (path: string, body: unknown, message: string) => {
    setError(null);
    try {
      await api(`${base}/${path}`, { method: 'POST', body });
      props.onChanged(message);
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const when = formatWhen(b.start, clinic.timeZone, i18n.language);
  const until = formatTime(b.end, clinic.timeZone, i18n.language);
  const service = b.serviceName[toLanguage(i18n.language)];
  return (
    <article className="cal-details" aria-label={`${when} ${b.patient.name}`}>
      <Heading slot="title" className="cal-details-title">
        {b.patient.name}
      </Heading>
      <p>
        <strong>
          {when}–{until}
        </strong>
      </p>
      <p>
        {service} · {b.practitionerName}
      </p>
      <p>
        <a href={`tel:${b.patient.phone.replace(/\s/g, '')}`}>{b.patient.phone}</a> ·{' '}
        <a href={`mailto:${b.patient.email}`}>{b.patient.email}</a>
      </p>
      <p className="care-hint">
        {tc(`status.${b.status}`)}
        {b.shareAssessment ? ` · ${tc('sharedAssessment')}` : ''}
      </p>
      {b.noShows ? <p className="calendar-no-shows">{t('noShows', { count: b.noShows })}</p> : null}
      <SeriesInDialog
        clinicId={clinic.id}
        bookingId={b.id}
        patientName={b.patient.name}
        onChanged={(m) => {
          props.onChanged(m);
          props.onClose();
        }}
      />
      {b.shareAssessment && <SharedAssessment clinicId={clinic.id} bookingId={b.id} />}
      {/* personId is present only while the patient shares progress with this clinic. */}
      <SharedProgress personId={b.personId ?? null} patientName={b.patient.name} />
      {b.personId ? <ReviewLink clinicId={clinic.id} personId={b.personId} /> : null}
      {error && (
        <p role="alert" className="care-error">
          {tc('error', { message: error })}
        </p>
      )}
      {confirming ? (
        <section aria-labelledby="cal-cancel-question" className="cal-confirm">
          <p id="cal-cancel-question">
            <strong>{t('confirmCancel', { name: b.patient.name, when })}</strong>
          </p>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              onClick={() => void act('cancel', {}, tc('done.cancelled'))}
            >
              {t('cancelAction')}
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the question appears */}
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </div>
        </section>
      ) : (
        <div className="actions">
          {b.status === 'active' && (
            <>
              <button type="button" className="button primary" onClick={() => props.onMove(b)}>
                {t('moveAction')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {t('cancelAction')}
              </button>
              {Date.parse(b.start) < Date.parse(props.now) && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void act('status', { status: 'no_show' }, tc('done.noShow'))}
                >
                  {t('noShow')}
                </button>
              )}
            </>
          )}
          <button type="button" className="button" onClick={props.onClose}>
            {t('close')}
          </button>
        </div>
      )}
    </article>
  );
}

/** The last step of a move: the new time in words, and the two choices. */
export function MoveDialog(props: {
  clinic: ClinicView;
  booking: BookingView | null;
  start: string | null;
  onConfirm(): Promise<void>;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { booking, start } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = booking !== null && start !== null;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalOverlay
      className="cal-overlay"
      isDismissable
      isOpen={open}
      onOpenChange={(o) => {
        if (!o) props.onClose();
      }}
    >
      <Modal className="cal-modal">
        {open && (
          <Dialog className="cal-dialog" role="alertdialog">
            <Heading slot="title" className="cal-details-title">
              {t('confirmMove', {
                name: booking.patient.name,
                when: formatWhen(start, props.clinic.timeZone, i18n.language),
              })}
            </Heading>
            <p>{t('confirmMoveHint', { name: booking.patient.name })}</p>
            {error && (
              <p role="alert" className="care-error">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="button" className="button primary" disabled={busy} onClick={() => void confirm()}>
                {t('moveConfirm')}
              </button>
              <button type="button" className="button" onClick={props.onClose}>
                {t('stopMoving')}
              </button>
            </div>
          </Dialog>
        )}
      </Modal>
    </ModalOverlay>
  );
}
