export { availableSlots, clinicToday, isSlotAvailable, localDayWindows } from './availability.js';
export type { GridBlock, GridColumn, GridInput, GridItem, GridLayout, GridShade } from './grid-layout.js';
export { layoutGrid, minuteLabel, rowOf, wallClock, wallInstant } from './grid-layout.js';
export {
  type HoursIssue,
  type HoursIssueKind,
  hoursIssuePath,
  type WorkingHoursIssueKind,
  weeklyHoursIssues,
  workingHoursIssues,
} from './hours-issues.js';
export { type ChangePolicy, changeDeadline, MAX_POLICY_MINUTES, patientMayChange } from './policy.js';
export {
  CLASH_REASONS,
  type ClashReason,
  checkSeries,
  REPEAT_RULES,
  type RepeatRule,
  SERIES_MAX_COUNT,
  SERIES_MIN_COUNT,
  type SeriesOccurrence,
  seriesIsFree,
  seriesStarts,
} from './series.js';
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
export {
  type FreedTime,
  joinOrder,
  MAX_WAITLIST_DAYS,
  OFFERS_AT_ONCE,
  type WaitlistRangeProblem,
  type WaitlistWish,
  waitlistRangeProblem,
  whomToOffer,
  wishMatches,
} from './waitlist.js';
