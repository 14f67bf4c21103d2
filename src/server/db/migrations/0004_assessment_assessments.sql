CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"questionnaire_version" text NOT NULL,
	"scoring_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"highest_urgency" text NOT NULL,
	"self_care_allowed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_guests_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."guests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_person_created_idx" ON "assessments" USING btree ("person_id","created_at");