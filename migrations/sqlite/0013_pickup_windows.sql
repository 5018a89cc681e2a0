-- Several pickup windows per point in a cycle (Saturday morning and
-- Tuesday evening at the same social centre): a window gets its own id,
-- and a point may have more than one. Orders still name the point; the
-- household comes in any of its windows.
-- Keep in step with migrations/postgres/0013_pickup_windows.sql.

CREATE TABLE cycle_pickups_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id BIGINT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    pickup_point_id BIGINT NOT NULL REFERENCES pickup_points(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    ready_told_at BIGINT,
    UNIQUE (cycle_id, pickup_point_id, starts_at),
    CHECK (ends_at > starts_at)
);

INSERT INTO cycle_pickups_new (cycle_id, pickup_point_id, starts_at, ends_at, ready_told_at)
SELECT cycle_id, pickup_point_id, starts_at, ends_at, ready_told_at FROM cycle_pickups;

DROP TABLE cycle_pickups;
ALTER TABLE cycle_pickups_new RENAME TO cycle_pickups;
CREATE INDEX cycle_pickups_point ON cycle_pickups (cycle_id, pickup_point_id);
