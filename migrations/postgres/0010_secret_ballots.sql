-- A secret vote on a proposal is no longer stored with its voter: anyone
-- with the database or a backup could read every secret ballot. Who took
-- part is kept apart, with neither choice nor time; the counts live on the
-- proposal (for_count, against_count, abstain_count), moved in the vote's
-- own transaction; a receipt — the hash of a nonce that only the voter's
-- device holds, with the choice — lets that device, and only it, see and
-- change its ballot until closing. Named votes stay in proposal_votes.
-- Keep in step with the SQLite engine's 0010_secret_ballots.sql.
--
-- The rows deleted below stay in the table's file until PostgreSQL reuses
-- their space: after upgrading, `VACUUM FULL proposal_votes;` rewrites the
-- table without them (it cannot run inside a migration's transaction).

CREATE TABLE secret_voters (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (proposal_id, account_id)
);

-- One receipt hash per ballot (domain::governance::receipt_hash): nothing
-- ties it to a voter nor tells its choice without the nonce.
CREATE TABLE secret_receipts (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    receipt TEXT NOT NULL,
    PRIMARY KEY (proposal_id, receipt)
);

-- Secret votes already cast: their voters took part, their counts move to
-- the proposal (a closed one has them already), their choices are
-- forgotten. Nobody holds a receipt for them, so they can no longer change.
INSERT INTO secret_voters (proposal_id, account_id)
    SELECT v.proposal_id, v.account_id FROM proposal_votes v JOIN proposals p ON p.id = v.proposal_id WHERE p.secret = 1;
UPDATE proposals SET
    for_count = (SELECT COUNT(*) FROM proposal_votes v WHERE v.proposal_id = proposals.id AND v.choice = 'for'),
    against_count = (SELECT COUNT(*) FROM proposal_votes v WHERE v.proposal_id = proposals.id AND v.choice = 'against'),
    abstain_count = (SELECT COUNT(*) FROM proposal_votes v WHERE v.proposal_id = proposals.id AND v.choice = 'abstain')
    WHERE secret = 1 AND state = 'open';
DELETE FROM proposal_votes WHERE proposal_id IN (SELECT id FROM proposals WHERE secret = 1);
