import { useEffect, useState } from 'react';
import type { availabilitySchema } from '../../../contract/clinics.js';
import { addDays, localDate } from '../../../domain/time/index.js';
import { api } from '../../api.js';
import type { BookingView, Slot } from './care-api.js';

/** How far ahead a booking can be moved, in days from today. */
const MOVE_WITHIN_DAYS = 20;

/**
 * The free times a booking could move to (same service and practitioner), the first one chosen;
 * `slots` is null while they load. Shared by the patient's and the front desk's move forms.
 */
export function useMoveTimes(booking: BookingView, timeZone: string) {
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [start, setStart] = useState('');
  useEffect(() => {
    const today = localDate(new Date(), timeZone);
    const q = new URLSearchParams({
      serviceId: booking.serviceId,
      practitionerId: booking.practitionerId,
      from: today,
      to: addDays(today, MOVE_WITHIN_DAYS),
    });
    api<typeof availabilitySchema>(`/api/clinics/${booking.clinicId}/availability?${q}`).then((r) => {
      setSlots(r.slots);
      setStart(r.slots[0]?.start ?? '');
    });
  }, [booking, timeZone]);
  return { slots, start, setStart };
}
