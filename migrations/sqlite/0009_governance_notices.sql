-- When the scheduler told a commission that a vote closes tomorrow, and
-- told the members that an election takes candidacies, then that its vote
-- opened: a conditional update on
-- these columns tells once, whatever the restarts or the second server.
-- Keep in step with the PostgreSQL engine's 0009_governance_notices.sql.
ALTER TABLE proposals ADD COLUMN closing_told_at BIGINT;
ALTER TABLE elections ADD COLUMN candidacy_told_at BIGINT;
ALTER TABLE elections ADD COLUMN voting_told_at BIGINT;
