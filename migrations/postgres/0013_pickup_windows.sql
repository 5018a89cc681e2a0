-- Several pickup windows per point in a cycle (Saturday morning and
-- Tuesday evening at the same social centre): a window gets its own id,
-- and a point may have more than one. Orders still name the point; the
-- household comes in any of its windows.
-- Keep in step with migrations/sqlite/0013_pickup_windows.sql.

ALTER TABLE cycle_pickups DROP CONSTRAINT cycle_pickups_pkey;
ALTER TABLE cycle_pickups ADD COLUMN id BIGSERIAL PRIMARY KEY;
ALTER TABLE cycle_pickups ADD CONSTRAINT cycle_pickups_window UNIQUE (cycle_id, pickup_point_id, starts_at);
CREATE INDEX cycle_pickups_point ON cycle_pickups (cycle_id, pickup_point_id);
