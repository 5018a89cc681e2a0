-- Web push: each device a member turned notifications on for, the kinds
-- they want, and an outbox filled in the same transaction as the notice it
-- carries, drained by a worker. Keep in step with the other engine's
-- 0007_push.sql.

CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    -- The push service's address for this browser: one device, one row.
    endpoint TEXT NOT NULL UNIQUE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    device TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX push_subscriptions_account ON push_subscriptions(account_id);

-- Only the kinds a member changed are stored; the others use the kind's
-- default (on, except the opt-in ones).
CREATE TABLE push_preferences (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    wanted BIGINT NOT NULL CHECK (wanted IN (0, 1)),
    PRIMARY KEY (account_id, kind)
);

-- One row per notice and device: UNIQUE makes "once per device" a
-- constraint. A worker leases a row (conditional update on lease_until)
-- before sending, so two server instances never send the same row at once.
CREATE TABLE push_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id BIGINT NOT NULL REFERENCES push_subscriptions(id) ON DELETE CASCADE,
    notification_id BIGINT NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    lease_until BIGINT NOT NULL DEFAULT 0,
    leased_by TEXT NOT NULL DEFAULT '',
    sent_at BIGINT,
    failed_at BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (subscription_id, notification_id)
);
CREATE INDEX push_outbox_due ON push_outbox(next_at) WHERE sent_at IS NULL AND failed_at IS NULL;
