-- Hardening for the open internet. Keep in step with the other engine's
-- 0011_security.sql.

-- Password guessing is slowed per account (or unknown identifier) and per
-- address, never by a lock-out: one row per key, its failures in a row and
-- when the next try is accepted. A try is reserved by a compare-and-swap
-- on this row before the password is checked.
CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL DEFAULT 0 CHECK (failures >= 0),
    next_at BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);
CREATE INDEX login_throttle_updated ON login_throttle(updated_at);
DROP TABLE login_failures;

-- A session unused for too long ends (shorter for the coordination).
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
