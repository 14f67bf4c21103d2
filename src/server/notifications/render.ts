import { localizeOr } from '../../domain/i18n.js';
import type { ClinicContext } from '../db/repos/clinics.js';
import type { OutboxRow } from '../db/repos/outbox.js';
import { isBookingMailKind, isRenderedEmail, type OutboxEmail } from '../db/schema.js';
import { renderBookingEmail } from './booking-emails.js';
import { textToHtml } from './html-mail.js';

export interface RenderDeps {
  /** The clinic as it is now (names, address, phone for the mail). */
  clinic(clinicId: string): Promise<ClinicContext | undefined>;
  /** Base of links in mail (PSOAS_PUBLIC_URL). */
  publicUrl: string;
}

/**
 * An outbox row as the mail to send, rendered now: account mails were written as text and get
 * their HTML part here; booking mails were stored as data and become text, HTML and invite.
 */
export async function renderOutboxRow(
  row: OutboxRow,
  deps: RenderDeps,
): Promise<OutboxEmail & { html: string }> {
  const p = row.payload;
  if (isRenderedEmail(p)) return { ...p, html: textToHtml(p.text, p.language ?? 'en', p.subject) };
  if (!isBookingMailKind(row.kind)) throw new Error('a waitlist mail without its text');
  const ctx = await deps.clinic(p.clinicId);
  // A missing clinic is a failed send (retried, then 'failed'), never a mail with holes in it.
  if (!ctx) throw new Error('the clinic of this booking mail no longer exists');
  const service = ctx.services.find((s) => s.id === p.serviceId);
  const practitioner = ctx.practitioners.find((x) => x.id === p.practitionerId);
  if (!service || !practitioner) throw new Error('the service or practitioner of this booking mail is gone');
  const manageUrl = p.cancelToken
    ? `${deps.publicUrl}/care/booking/${p.bookingId}?token=${encodeURIComponent(p.cancelToken)}`
    : `${deps.publicUrl}/care`;
  return renderBookingEmail(row.kind, {
    bookingId: p.bookingId,
    language: p.language,
    patientName: p.patientName,
    patientEmail: p.to,
    serviceName: localizeOr(service.name, p.language, ''),
    practitionerName: practitioner.displayName,
    clinicName: ctx.clinic.name,
    clinicAddress: ctx.clinic.address,
    clinicPhone: ctx.clinic.phone,
    clinicEmail: ctx.clinic.email,
    timeZone: ctx.clinic.timeZone,
    start: new Date(p.start),
    end: new Date(p.end),
    manageUrl,
    sequence: p.sequence,
  });
}
