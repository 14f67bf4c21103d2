-- A clinic's zone must be one PostgreSQL knows (its IANA tz database), so that every
-- wall-clock time of the clinic can be read as an instant, in SQL as well as in the app.
create or replace function is_known_time_zone(zone text) returns boolean
language sql stable parallel safe
as $$ select exists (select 1 from pg_timezone_names where name = zone) $$;
--> statement-breakpoint
alter table clinics add constraint clinics_time_zone_known check (is_known_time_zone(time_zone));
