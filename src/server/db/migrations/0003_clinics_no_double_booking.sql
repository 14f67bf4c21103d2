-- Two active bookings of one practitioner never overlap, buffers included.
-- timestamptz +/- interval is only STABLE in PostgreSQL (a day or month interval depends on the
-- session's zone), so an index cannot use it directly. With whole minutes the result does not
-- depend on the zone, which makes this wrapper truly immutable.
create extension if not exists btree_gist;
--> statement-breakpoint
create or replace function booking_blocked_range(
  start_at timestamptz, end_at timestamptz, buffer_before integer, buffer_after integer
) returns tstzrange
language sql immutable parallel safe
as $$ select tstzrange(start_at - make_interval(mins => buffer_before), end_at + make_interval(mins => buffer_after), '[)') $$;
--> statement-breakpoint
alter table bookings add constraint bookings_no_overlap
  exclude using gist (
    practitioner_id with =,
    booking_blocked_range(start_at, end_at, buffer_before_minutes, buffer_after_minutes) with &&
  ) where (status = 'active');
