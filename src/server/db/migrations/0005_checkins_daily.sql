CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"date" date NOT NULL,
	"pain_now" integer NOT NULL,
	"minutes_walked" integer NOT NULL,
	"sitting_hours" real NOT NULL,
	"sitting_breaks" integer NOT NULL,
	"water_glasses" integer NOT NULL,
	"stress" integer NOT NULL,
	"class_attended" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_person_date_unique" UNIQUE("person_id","date"),
	CONSTRAINT "checkins_pain_range" CHECK ("checkins"."pain_now" between 0 and 10),
	CONSTRAINT "checkins_stress_range" CHECK ("checkins"."stress" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_person_id_guests_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."guests"("id") ON DELETE cascade ON UPDATE no action;