ALTER TABLE "bookings" ADD COLUMN "invite_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "calendar_time" text DEFAULT '18:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "calendar_reminder_minutes" integer;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "calendar_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Hand-written: existing rows start from their state so far. Bookings: one per move, one more if cancelled (what the invites sent so far counted).
UPDATE "bookings" b SET "invite_sequence" = (SELECT count(*) FROM "outbox" o WHERE o."booking_id" = b."id" AND o."kind" = 'booking_moved') + (CASE WHEN b."status" = 'cancelled' THEN 1 ELSE 0 END);--> statement-breakpoint
-- Programmes: the live feed's time, the 15-minute reminder every event carried so far, and one step past what calendars already hold.
UPDATE "programmes" p SET "calendar_time" = COALESCE((SELECT f."session_time" FROM "programme_calendar_feeds" f WHERE f."programme_id" = p."id" AND f."revoked_at" IS NULL ORDER BY f."created_at" DESC LIMIT 1), '18:00'), "calendar_reminder_minutes" = 15, "calendar_sequence" = 1, "calendar_changed_at" = now();
