import type { z } from 'zod';
import type {
  bookOfferBody,
  joinWaitlistBody,
  leaveWaitlistBody,
  waitlistEntrySchema,
  waitlistOfferSchema,
} from '../../../contract/waitlist.js';

/** Shapes of the waitlist API (src/contract/waitlist.ts), type-only. */
export type { bookOfferBody, joinWaitlistBody, leaveWaitlistBody, waitlistEntrySchema, waitlistOfferSchema };
export type WaitlistEntryView = z.infer<typeof waitlistEntrySchema>;
export type WaitlistOfferView = z.infer<typeof waitlistOfferSchema>;
export type JoinWaitlist = z.input<typeof joinWaitlistBody>;

/** How many days a wish may cover, as the form offers them (the server allows 1–14). */
export const WAITLIST_LENGTHS = [1, 3, 7, 14] as const;
