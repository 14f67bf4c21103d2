CREATE TABLE "message_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"clinic_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_read_at" timestamp with time zone,
	"clinic_read_at" timestamp with time zone,
	"patient_notified" boolean DEFAULT false NOT NULL,
	"clinic_notified" boolean DEFAULT false NOT NULL,
	CONSTRAINT "message_threads_person_clinic" UNIQUE("person_id","clinic_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"hurt" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_sender" CHECK ("messages"."sender" in ('patient', 'clinic')),
	CONSTRAINT "messages_body_length" CHECK (char_length("messages"."body") between 1 and 2000),
	CONSTRAINT "messages_author" CHECK (("messages"."sender" = 'clinic') = ("messages"."author_user_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_person_id_guests_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."guests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_threads_clinic_idx" ON "message_threads" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","created_at");