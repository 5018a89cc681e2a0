-- Users' commissions: seats filled by elections, proposals voted by the
-- commission's members, and the append-only governance log. Keep in step
-- with the other engine's 0005_governance.sql.

CREATE TABLE commissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('catalogue', 'workshops', 'life')),
    description TEXT NOT NULL DEFAULT '',
    seats BIGINT NOT NULL CHECK (seats BETWEEN 1 AND 50),
    term_days BIGINT NOT NULL CHECK (term_days BETWEEN 30 AND 1500),
    quorum_percent BIGINT NOT NULL CHECK (quorum_percent BETWEEN 0 AND 100),
    majority TEXT NOT NULL CHECK (majority IN ('simple', 'two_thirds')),
    created_at BIGINT NOT NULL
);

-- Who sits on a commission, from when until when.
CREATE TABLE commission_seats (
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    election_id BIGINT,
    from_at BIGINT NOT NULL,
    until_at BIGINT NOT NULL,
    stepped_down_at BIGINT,
    PRIMARY KEY (commission_id, account_id, from_at)
);

-- Candidacy from opens_at, voting from voting_at, closed at closes_at.
CREATE TABLE elections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    seats BIGINT NOT NULL,
    opens_at BIGINT NOT NULL,
    voting_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    -- Filled when the server closes it: the draw's seed, recorded.
    closed_at BIGINT,
    draw_seed TEXT,
    CHECK (voting_at > opens_at AND closes_at > voting_at)
);

-- Approvals are counted, not stored per voter: the ballot is secret. Who
-- voted is recorded apart, once (primary key), in the same transaction.
CREATE TABLE candidates (
    election_id BIGINT NOT NULL REFERENCES elections(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    statement TEXT NOT NULL,
    photo_url TEXT NOT NULL DEFAULT '',
    approvals BIGINT NOT NULL DEFAULT 0 CHECK (approvals >= 0),
    elected BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (election_id, account_id)
);
CREATE TABLE election_voters (
    election_id BIGINT NOT NULL REFERENCES elections(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (election_id, account_id)
);

CREATE TABLE ideas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    body TEXT NOT NULL,
    proposal_id BIGINT,
    created_at BIGINT NOT NULL
);

-- The rules are copied at opening: the ones shown are the ones applied.
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    author_id BIGINT NOT NULL REFERENCES accounts(id),
    idea_id BIGINT REFERENCES ideas(id),
    title TEXT NOT NULL,
    reasons TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('add_product', 'withdraw_product', 'change_producer', 'free')),
    payload TEXT NOT NULL,
    secret BIGINT NOT NULL DEFAULT 0,
    quorum_percent BIGINT NOT NULL,
    majority TEXT NOT NULL,
    eligible BIGINT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'approved', 'rejected', 'no_quorum')),
    for_count BIGINT NOT NULL DEFAULT 0,
    against_count BIGINT NOT NULL DEFAULT 0,
    abstain_count BIGINT NOT NULL DEFAULT 0,
    -- For an approved catalogue proposal: the cycle it was applied to.
    applied_cycle_id BIGINT REFERENCES cycles(id),
    product_id BIGINT REFERENCES products(id),
    -- When the decision took effect in the catalogue (that cycle's opening).
    catalogue_applied_at BIGINT,
    CHECK (closes_at > opens_at)
);
CREATE INDEX proposals_due ON proposals(state, closes_at);

-- The commission's members when the proposal opened: only they vote.
CREATE TABLE proposal_voters (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (proposal_id, account_id)
);

-- One ballot per member and proposal (primary key), changed in place
-- until closing.
CREATE TABLE proposal_votes (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
    cast_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, account_id)
);

CREATE TABLE proposal_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Which decision put a product in the catalogue (or took it out).
ALTER TABLE products ADD COLUMN decided_by BIGINT REFERENCES proposals(id);

-- Append-only: each entry carries the hash of the one before; writers take
-- the head row's lock first, so entries chain one after the other.
CREATE TABLE governance_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    event TEXT NOT NULL,
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE governance_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO governance_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Nobody rewrites history through the application's own connection; the
-- hash chain catches whoever does it another way.
CREATE TRIGGER governance_log_no_update BEFORE UPDATE ON governance_log
BEGIN SELECT RAISE(ABORT, 'the governance log is append-only'); END;
CREATE TRIGGER governance_log_no_delete BEFORE DELETE ON governance_log
BEGIN SELECT RAISE(ABORT, 'the governance log is append-only'); END;
