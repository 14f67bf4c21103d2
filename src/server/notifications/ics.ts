import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface InviteDetails {
  bookingId: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  organizerName: string;
  organizerEmail: string;
  /** Bumped on each change so calendar apps replace the earlier version. */
  sequence: number;
  cancelled?: boolean;
}

/** An RFC 5545 invite (or cancellation) for one booking; the UID is stable per booking. */
export function bookingIcs(d: InviteDetails): string {
  const calendar = ical({
    name: d.organizerName,
    prodId: { company: 'Psoas', product: 'clinic-booking', language: 'EN' },
    method: d.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `booking-${d.bookingId}@psoas`,
    start: d.start,
    end: d.end,
    summary: d.summary,
    description: d.description,
    location: d.location,
    organizer: { name: d.organizerName, email: d.organizerEmail },
    sequence: d.sequence,
    status: d.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
