import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface InviteDetails {
  bookingId: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  organizerName: string;
  organizerEmail: string;
  /**
   * The booking's stored invite sequence (bookings.invite_sequence): bumped on each move and on
   * cancellation, so a CANCEL always outranks the last REQUEST and every copy of one state agrees.
   */
  sequence: number;
  /** The patient, invited by the clinic (ORGANIZER); `name` only when one is stored. */
  attendee: { email: string; name?: string };
  cancelled?: boolean;
}

/**
 * An RFC 5545/5546 invite (METHOD:REQUEST) or cancellation (METHOD:CANCEL) for one booking: the
 * UID is stable per booking, the clinic is the ORGANIZER and the patient the ATTENDEE, who booked
 * it themselves (PARTSTAT=ACCEPTED) and is not asked to reply (RSVP=FALSE: no one reads replies).
 */
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
    attendees: [
      {
        email: d.attendee.email,
        ...(d.attendee.name?.trim() ? { name: d.attendee.name.trim() } : {}),
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
    sequence: d.sequence,
    status: d.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
