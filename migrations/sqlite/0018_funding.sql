-- Funders and impact: who pays for the solidarity, and what it changed.
-- Keep in step with the other engine's 0018_funding.sql.

-- A treasurer keeps the association's money and answers its funders: sees
-- the accounts, the grants and the reports, never what a household
-- ordered. SQLite cannot change a column's CHECK: the role is added again
-- with the new value allowed, copied, and takes the old one's name.
ALTER TABLE accounts ADD COLUMN role_next TEXT NOT NULL DEFAULT 'member'
    CHECK (role_next IN ('member', 'treasurer', 'coordinator', 'admin'));
UPDATE accounts SET role_next = role;
ALTER TABLE accounts DROP COLUMN role;
ALTER TABLE accounts RENAME COLUMN role_next TO role;

-- Who gives money for the solidarity prices: the city, the CAF, a
-- foundation, a social landlord, and the members who pay above cost.
CREATE TABLE funders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- A sum for a period, with what it may pay for. `source` 'members' is the
-- support of members paying above cost: its amount is what they gave,
-- usable as it comes in. The period runs from `starts_at` (a day's start)
-- up to `ends_at` (the start of the day after its last). Earmarks: only
-- lines at `max_share_percent` or below; only the categories in
-- grant_categories (none listed: all); at most `cap_household_cents` per
-- household over the period; at least `min_percent` of what it pays in
-- `min_category_id`. `warned_at`/`ended_notice_at` are claimed by the
-- notices (80 % used, period over with money left): told once.
CREATE TABLE grants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    funder_id BIGINT NOT NULL REFERENCES funders(id),
    name TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'grant' CHECK (source IN ('grant', 'members')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 0 AND 10000000000),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    priority BIGINT NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 1000),
    max_share_percent BIGINT CHECK (max_share_percent BETWEEN 1 AND 100),
    cap_household_cents BIGINT CHECK (cap_household_cents > 0),
    min_category_id BIGINT REFERENCES categories(id),
    min_percent BIGINT CHECK (min_percent BETWEEN 1 AND 100),
    warned_at BIGINT,
    ended_notice_at BIGINT,
    -- When the scheduler last worked out this grant's use for its notices.
    checked_at BIGINT,
    created_by BIGINT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((min_category_id IS NULL) = (min_percent IS NULL))
);
CREATE INDEX grants_funder ON grants(funder_id);

CREATE TABLE grant_categories (
    grant_id BIGINT NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES categories(id),
    PRIMARY KEY (grant_id, category_id)
);

-- Money received from a funder for a grant, as it arrives. Appended; a
-- mistake is corrected by a negative receipt naming the one it cancels.
CREATE TABLE grant_receipts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    grant_id BIGINT NOT NULL REFERENCES grants(id),
    received_at BIGINT NOT NULL,
    cents BIGINT NOT NULL CHECK (cents <> 0 AND cents BETWEEN -10000000000 AND 10000000000),
    reverses_id BIGINT UNIQUE REFERENCES grant_receipts(id),
    recorded_by BIGINT NOT NULL REFERENCES accounts(id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX grant_receipts_grant ON grant_receipts(grant_id);
CREATE TRIGGER grant_receipts_append_only_update BEFORE UPDATE ON grant_receipts
BEGIN SELECT RAISE(ABORT, 'grant receipts are appended, never edited'); END;
CREATE TRIGGER grant_receipts_append_only_delete BEFORE DELETE ON grant_receipts
BEGIN SELECT RAISE(ABORT, 'grant receipts are appended, never deleted'); END;

-- What a household may declare about itself for the reports: how many
-- adults and children it feeds. Private like the tier; NULL: not said.
ALTER TABLE households ADD COLUMN adults BIGINT CHECK (adults BETWEEN 0 AND 20);
ALTER TABLE households ADD COLUMN children BIGINT CHECK (children BETWEEN 0 AND 20);

INSERT INTO settings (key, value) VALUES ('funding_mode', 'priority');
INSERT INTO settings (key, value) VALUES ('report_local_km', '100');
INSERT INTO settings (key, value) VALUES ('report_produce_categories', '');
