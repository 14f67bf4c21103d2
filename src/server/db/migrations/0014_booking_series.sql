CREATE TABLE "booking_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"repeat" text NOT NULL,
	"count" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_series_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "booking_series_repeat" CHECK ("booking_series"."repeat" in ('weekly', 'fortnightly')),
	CONSTRAINT "booking_series_count" CHECK ("booking_series"."count" between 2 and 12)
);
--> statement-breakpoint
CREATE TABLE "booking_series_members" (
	"booking_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "booking_series_members_booking_id_pk" PRIMARY KEY("booking_id"),
	CONSTRAINT "booking_series_members_position" UNIQUE("series_id","position"),
	CONSTRAINT "booking_series_members_position_range" CHECK ("booking_series_members"."position" between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "booking_series" ADD CONSTRAINT "booking_series_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series_members" ADD CONSTRAINT "booking_series_members_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_series_members" ADD CONSTRAINT "booking_series_members_series_id_booking_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."booking_series"("id") ON DELETE cascade ON UPDATE no action;