import { api } from '../../api.js';
import type { ClinicView, clinicListSchema, clinicSchema } from './care-api.js';

/** The clinic the care page books with (the installation's first), with its services; null when none. */
async function fetchCareClinic(): Promise<ClinicView | null> {
  const list = await api<typeof clinicListSchema>('/api/clinics');
  if (!list[0]) return null;
  return api<typeof clinicSchema>(`/api/clinics/${list[0].id}`);
}

/**
 * Started when the care page's chunk is evaluated, so the clinic's two requests run while the
 * page's texts load (the page suspends on them) instead of after: on a slow phone network that
 * takes the texts' round trip off the chain before the first free times show.
 */
let early: Promise<ClinicView | null> | null = fetchCareClinic();
// An early answer nobody takes (the page left before rendering) must not report an error later.
early.catch(() => undefined);

/**
 * The care page's clinic: the early request on the page's first visit, a fresh one on every later
 * visit (an answer is never kept past the render that asked for it).
 */
export function loadCareClinic(): Promise<ClinicView | null> {
  const answer = early ?? fetchCareClinic();
  early = null;
  return answer;
}
