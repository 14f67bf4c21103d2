CREATE TABLE "clinic_versions" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "message_key" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
-- Hand-written: every change to what the schedule engine reads about a clinic raises its
-- counter in clinic_versions, in the changing transaction (db/tables/clinic-versions.ts).
-- TG_ARGV[0] names the row's clinic column; with TG_ARGV[1] = 'practitioner' it is a
-- practitioner id, looked up. to_jsonb(OLD/NEW) reads the column whatever the table.
create function clinic_version_bump() returns trigger language plpgsql as $$
declare
  changed jsonb[] := array[]::jsonb[];
  ids uuid[];
begin
  if TG_OP <> 'INSERT' then changed := changed || to_jsonb(OLD); end if;
  if TG_OP <> 'DELETE' then changed := changed || to_jsonb(NEW); end if;
  select array_agg(distinct (r ->> TG_ARGV[0])::uuid) into ids from unnest(changed) r;
  if TG_NARGS > 1 and TG_ARGV[1] = 'practitioner' then
    select array_agg(distinct p.clinic_id) into ids from practitioners p where p.id = any(ids);
  end if;
  insert into clinic_versions (clinic_id, version)
    select x, 1 from unnest(ids) x where x is not null
    on conflict (clinic_id) do update set version = clinic_versions.version + 1;
  return null;
end $$;
--> statement-breakpoint
create trigger clinics_version after insert or update or delete on clinics
  for each row execute function clinic_version_bump('id');
--> statement-breakpoint
create trigger clinic_date_overrides_version after insert or update or delete on clinic_date_overrides
  for each row execute function clinic_version_bump('clinic_id');
--> statement-breakpoint
create trigger clinic_services_version after insert or update or delete on clinic_services
  for each row execute function clinic_version_bump('clinic_id');
--> statement-breakpoint
create trigger practitioners_version after insert or update or delete on practitioners
  for each row execute function clinic_version_bump('clinic_id');
--> statement-breakpoint
create trigger practitioner_services_version after insert or update or delete on practitioner_services
  for each row execute function clinic_version_bump('practitioner_id', 'practitioner');
--> statement-breakpoint
create trigger practitioner_time_off_version after insert or update or delete on practitioner_time_off
  for each row execute function clinic_version_bump('practitioner_id', 'practitioner');
