export { availableSlots, clinicToday, isSlotAvailable, localDayWindows } from './availability.js';
export type {
  AvailabilityQuery,
  BookingRules,
  ClinicSchedule,
  DateOverride,
  ExistingBooking,
  PractitionerSchedule,
  ServiceSpec,
  Slot,
  TimeRange,
  Weekday,
  WeeklyHours,
} from './types.js';
export { validateClinicSchedule, validatePractitionerSchedule, validateService } from './validate.js';
