/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Wall-clock range 'HH:MM'–'HH:MM' on one day, end > start ('24:00' allowed as an end). */
export interface TimeRange {
  start: string;
  end: string;
}

/** Several ranges on one day mean breaks between them. A missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

/** Replaces the clinic's weekday hours on one local date; `ranges: []` closes the day (holiday). */
export interface DateOverride {
  date: string;
  ranges: TimeRange[];
  reason?: string;
}

export interface BookingRules {
  minNoticeMinutes: number;
  maxDaysAhead: number;
  slotIntervalMinutes: number;
}

export interface ClinicSchedule {
  /** IANA zone; every wall-clock time of the clinic is read in it. */
  timeZone: string;
  openingHours: WeeklyHours;
  overrides: DateOverride[];
  rules: BookingRules;
}

export interface PractitionerSchedule {
  id: string;
  /** Must lie inside the clinic's hours; intersected with them. */
  workingHours: WeeklyHours;
  /** ISO instants. */
  timeOff: { start: string; end: string }[];
  serviceIds: string[];
}

export interface ServiceSpec {
  id: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

/** An active booking (the caller leaves out cancelled ones, and the one being rescheduled). */
export interface ExistingBooking {
  practitionerId: string;
  start: string;
  end: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

/** ISO instants in UTC ('2026-03-09T20:00:00Z'); the local time is `start` read in the clinic's zone. */
export interface Slot {
  practitionerId: string;
  serviceId: string;
  start: string;
  end: string;
}

export interface AvailabilityQuery {
  clinic: ClinicSchedule;
  practitioners: PractitionerSchedule[];
  service: ServiceSpec;
  bookings: ExistingBooking[];
  /** 'YYYY-MM-DD', inclusive, dates in the clinic's zone. */
  from: string;
  to: string;
  /** ISO instant: the caller passes the clock, so the engine stays pure. */
  now: string;
  /** Omitted = "any practitioner": the slots of everyone who gives the service. */
  practitionerId?: string;
}
