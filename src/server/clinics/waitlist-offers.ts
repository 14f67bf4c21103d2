import { localizeOr, toLanguage } from '../../domain/i18n.js';
import { whomToOffer } from '../../domain/schedule/index.js';
import { localDate } from '../../domain/time/index.js';
import type { Booking } from '../db/repos/bookings.js';
import type { ClinicContext } from '../db/repos/clinics.js';
import type { Tx } from '../db/repos/outbox.js';
import { enqueueWaitlistMails, upsertOffers, waitingEntriesOn } from '../db/repos/waitlist.js';
import { mailWhen, waitlistOfferMail } from '../notifications/waitlist-emails.js';
import { waitlistToken } from '../notifications/waitlist-token.js';

export const offerUrl = (publicUrl: string, offerId: string, token: string) =>
  `${publicUrl}/care/waitlist/offer/${offerId}?token=${encodeURIComponent(token)}`;
export const leaveUrl = (publicUrl: string, entryId: string, token: string) =>
  `${publicUrl}/care/waitlist/leave/${entryId}?token=${encodeURIComponent(token)}`;

/**
 * A booking's time has just been freed (cancelled, or moved away): offers it to the waitlist by
 * the domain's rule (src/domain/schedule/waitlist.ts), recording the offers and writing their
 * emails to the outbox in the caller's transaction, so the offers exist exactly when the change
 * does. `freed` is the booking as it was before the change (its old time and practitioner).
 */
export async function offerFreedTime(
  tx: Tx,
  ctx: ClinicContext,
  freed: Pick<Booking, 'serviceId' | 'practitionerId' | 'startAt' | 'endAt'>,
  publicUrl: string,
  now: Date,
): Promise<number> {
  const zone = ctx.clinic.timeZone;
  const date = localDate(freed.startAt, zone);
  const entries = await waitingEntriesOn(tx, ctx.clinic.id, freed.serviceId, date);
  if (entries.length === 0) return 0;
  const chosen = whomToOffer(
    entries.map((e) => ({
      id: e.id,
      serviceId: e.serviceId,
      practitionerId: e.practitionerId,
      from: e.fromDate,
      to: e.toDate,
      joinedAt: e.createdAt.toISOString(),
    })),
    {
      serviceId: freed.serviceId,
      practitionerId: freed.practitionerId,
      start: freed.startAt.toISOString(),
      date,
    },
    new Date(now.getTime() + ctx.clinic.minNoticeMinutes * 60_000).toISOString(),
  );
  if (chosen.length === 0) return 0;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const offers = await upsertOffers(
    tx,
    chosen.map((w) => ({
      entryId: w.id,
      clinicId: ctx.clinic.id,
      serviceId: freed.serviceId,
      practitionerId: freed.practitionerId,
      startAt: freed.startAt,
      endAt: freed.endAt,
    })),
  );
  const service = ctx.services.find((s) => s.id === freed.serviceId);
  const practitioner = ctx.practitioners.find((p) => p.id === freed.practitionerId);
  // Mails go out in the order of joining, as the offers were chosen.
  const order = new Map(chosen.map((w, i) => [w.id, i]));
  offers.sort((a, b) => order.get(a.entryId)! - order.get(b.entryId)!);
  await enqueueWaitlistMails(
    tx,
    'waitlist_offer',
    offers.map((o) => {
      const entry = byId.get(o.entryId)!;
      const language = toLanguage(entry.language);
      return waitlistOfferMail(entry.patientEmail, language, {
        name: entry.patientName,
        clinicName: ctx.clinic.name,
        clinicPhone: ctx.clinic.phone,
        serviceName: localizeOr(service?.name, language, ''),
        practitionerName: practitioner?.displayName ?? '',
        when: mailWhen(o.startAt, ctx.clinic.timeZone, language),
        offerUrl: offerUrl(publicUrl, o.id, waitlistToken('offer', o.id, entry.secret)),
        leaveUrl: leaveUrl(publicUrl, entry.id, waitlistToken('leave', entry.id, entry.secret)),
      });
    }),
  );
  return offers.length;
}
