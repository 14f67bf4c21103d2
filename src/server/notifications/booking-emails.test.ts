import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { type BookingMailDetails, renderBookingEmail } from './booking-emails.js';

const details = (over: Partial<BookingMailDetails> = {}): BookingMailDetails => ({
  bookingId: '00000000-0000-4000-8000-000000000001',
  language: 'en',
  patientName: 'Ana',
  patientEmail: 'ana@example.com',
  serviceName: 'Acupuncture',
  practitionerName: 'Mei Lin, R.Ac',
  clinicName: 'False Creek Back Care',
  clinicAddress: '1200 West Broadway, Vancouver',
  clinicPhone: '+1 604 555 0142',
  clinicEmail: 'frontdesk@falsecreek.example',
  timeZone: 'America/Vancouver',
  // Monday after the spring change: 17:00 UTC is 10:00 in Vancouver (PDT, UTC−7).
  start: new Date('2026-03-09T17:00:00Z'),
  end: new Date('2026-03-09T18:00:00Z'),
  manageUrl: 'http://localhost:3000/care/booking/x?token=t',
  sequence: 0,
  ...over,
});

describe('booking emails', () => {
  it('shows the wall-clock time of the clinic, also just after a daylight-saving change', () => {
    const mail = renderBookingEmail('booking_confirmation', details());
    expect(mail.to).toBe('ana@example.com');
    expect(mail.subject).toBe('Booked: Acupuncture at False Creek Back Care');
    expect(mail.text).toMatch(/Monday, March 9, 2026, 10:00\s?a\.m\.–11:00\s?a\.m\. \(America\/Vancouver\)/);
    expect(mail.text).toContain('http://localhost:3000/care/booking/x?token=t');
  });

  it('says the same time as the booking page in December 2026, when British Columbia stays on UTC−7', () => {
    // Node 20's own zone data (tzdata 2025c) would say 9:30 here; the page and every phone say 10:30.
    const december = details({
      start: new Date('2026-12-07T17:30:00Z'),
      end: new Date('2026-12-07T18:30:00Z'),
    });
    expect(renderBookingEmail('booking_confirmation', december).text).toMatch(
      /Monday, December 7, 2026, 10:30\s?a\.m\.–11:30\s?a\.m\. \(America\/Vancouver\)/,
    );
    expect(renderBookingEmail('booking_confirmation', { ...december, language: 'es' }).text).toMatch(
      /lunes, 7 de diciembre de 2026, 10:30–11:30/,
    );
  });

  it('writes in Spanish for a Spanish-speaking patient', () => {
    const mail = renderBookingEmail(
      'booking_reminder',
      details({ language: 'es', serviceName: 'Acupuntura' }),
    );
    expect(mail.subject).toBe('Recordatorio: Acupuntura mañana en False Creek Back Care');
    expect(mail.text).toContain('te recordamos tu cita');
    expect(mail.text).toMatch(/lunes, 9 de marzo de 2026/);
  });

  it('attaches an invite at the right instant, and a CANCEL for a cancellation', () => {
    const invite = renderBookingEmail('booking_confirmation', details());
    expect(invite.ics?.method).toBe('REQUEST');
    const events = Object.values(ical.sync.parseICS(invite.ics!.content)).filter(
      (e) => e?.type === 'VEVENT',
    ) as {
      start: Date;
      uid: string;
    }[];
    expect(events[0]!.start.toISOString()).toBe('2026-03-09T17:00:00.000Z');
    const cancelled = renderBookingEmail('booking_cancellation', details({ sequence: 1 }));
    expect(cancelled.ics?.method).toBe('CANCEL');
    expect(cancelled.ics?.content).toContain('METHOD:CANCEL');
    expect(cancelled.ics?.content).toContain('STATUS:CANCELLED');
    expect(cancelled.ics?.content).toContain(`UID:booking-${details().bookingId}@psoas`);
    expect(cancelled.text).not.toContain('token=');
  });
});
