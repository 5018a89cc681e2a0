-- When each reminder went out, so the scheduler tells once (a conditional
-- update on these columns), whatever the restarts. Keep in step with the
-- other engine's 0008_reminders.sql.
ALTER TABLE cycles ADD COLUMN opened_told_at BIGINT;
ALTER TABLE cycles ADD COLUMN closing_told_at BIGINT;
ALTER TABLE cycle_pickups ADD COLUMN ready_told_at BIGINT;
ALTER TABLE shift_signups ADD COLUMN reminded_at BIGINT;
