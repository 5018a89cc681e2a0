-- Workshops proposed by members: approved by a coordinator or by the
-- workshops commission, then open to sign-ups with a waiting list. Keep in
-- step with the other engine's 0006_workshops.sql.

CREATE TABLE workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposer_id BIGINT NOT NULL REFERENCES accounts(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    cohosts TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    place TEXT NOT NULL,
    places BIGINT NOT NULL CHECK (places BETWEEN 1 AND 200),
    -- Places held by confirmed sign-ups (members and their children); only
    -- moved by conditional updates under the workshop row's lock.
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0),
    -- The next position on the waiting list: positions never repeat.
    next_seq BIGINT NOT NULL DEFAULT 1,
    price_note TEXT NOT NULL DEFAULT '',
    bring TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    children_welcome BIGINT NOT NULL DEFAULT 0,
    photo_url TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'proposed'
        CHECK (state IN ('proposed', 'in_vote', 'published', 'declined', 'cancelled')),
    reason TEXT NOT NULL DEFAULT '',
    decided_by BIGINT REFERENCES accounts(id),
    proposal_id BIGINT REFERENCES proposals(id),
    created_at BIGINT NOT NULL,
    CHECK (taken <= places),
    CHECK (ends_at > starts_at)
);
CREATE INDEX workshops_state ON workshops(state, starts_at);

CREATE TABLE workshop_signups (
    workshop_id BIGINT NOT NULL REFERENCES workshops(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    children BIGINT NOT NULL DEFAULT 0 CHECK (children BETWEEN 0 AND 2),
    seats BIGINT NOT NULL CHECK (seats BETWEEN 1 AND 3),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting')),
    seq BIGINT NOT NULL,
    signed_at BIGINT NOT NULL,
    attended BIGINT,
    PRIMARY KEY (workshop_id, account_id),
    UNIQUE (workshop_id, seq)
);
