-- Volunteer shifts: reusable tasks, the shifts of each cycle, and who
-- signed up. Keep in step with the other engine's 0004_shifts.sql.

-- A kind of task, written once and reused every cycle: what it is, in
-- plain words, and whom it suits.
CREATE TABLE shift_tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    with_children BOOLEAN NOT NULL DEFAULT FALSE,
    little_french BOOLEAN NOT NULL DEFAULT FALSE,
    limited_mobility BOOLEAN NOT NULL DEFAULT FALSE,
    -- Whoever holds this task at a pickup point gets its distribution
    -- sheet around their shift.
    at_table BOOLEAN NOT NULL DEFAULT FALSE
);

-- `taken` counts sign-ups and is only moved by conditional updates in the
-- same transaction as the sign-up row: with CHECK (taken <= needed), a
-- shift for three takes three, whatever the concurrency.
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id BIGINT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    task_id BIGINT NOT NULL REFERENCES shift_tasks(id),
    -- NULL: the association's warehouse, where deliveries arrive.
    pickup_point_id BIGINT REFERENCES pickup_points(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    needed BIGINT NOT NULL CHECK (needed BETWEEN 1 AND 50),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0),
    notes TEXT NOT NULL DEFAULT '',
    short_flagged_at BIGINT,
    CHECK (taken <= needed),
    CHECK (ends_at > starts_at)
);
CREATE INDEX shifts_cycle ON shifts(cycle_id, starts_at);
CREATE INDEX shifts_start ON shifts(starts_at);

CREATE TABLE shift_signups (
    shift_id BIGINT NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    household_id BIGINT REFERENCES households(id),
    status TEXT NOT NULL DEFAULT 'signed' CHECK (status IN ('signed', 'done', 'no_show')),
    signed_at BIGINT NOT NULL,
    -- The coordinator who added this person, when it was not themselves.
    added_by BIGINT REFERENCES accounts(id),
    PRIMARY KEY (shift_id, account_id)
);
CREATE INDEX shift_signups_account ON shift_signups(account_id);
CREATE INDEX shift_signups_household ON shift_signups(household_id, status);
