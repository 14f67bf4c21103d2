ALTER TABLE "clinics" ADD COLUMN "change_cutoff_minutes" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_change_cutoff_range" CHECK ("change_cutoff_minutes" between 0 and 10080);
