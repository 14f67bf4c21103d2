import { useEffect, useState } from 'react';
import type { availabilitySchema } from '../../../../contract/clinics.js';
import { api } from '../../../api.js';
import type { BookingView, Slot } from '../../care/care-api.js';

/**
 * The free times the booking being moved could take on the days shown, from the same
 * availability API (and engine) the patient books with; null while they load or when nothing
 * is being moved. Days before today are left out.
 */
export function useFreeTimes(moving: BookingView | null, first: string, last: string, today: string) {
  const [slots, setSlots] = useState<Slot[] | null>(null);
  useEffect(() => {
    setSlots(null);
    if (!moving) return;
    const from = first < today ? today : first;
    if (last < from) {
      setSlots([]);
      return;
    }
    let live = true;
    const q = new URLSearchParams({
      serviceId: moving.serviceId,
      practitionerId: moving.practitionerId,
      from,
      to: last,
    });
    api<typeof availabilitySchema>(`/api/clinics/${moving.clinicId}/availability?${q}`)
      .then((r) => {
        if (live) setSlots(r.slots);
      })
      .catch(() => {
        if (live) setSlots([]);
      });
    return () => {
      live = false;
    };
  }, [moving, first, last, today]);
  return slots;
}

/** The current instant, renewed every minute (the now line and what counts as past). */
export function useNow(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
