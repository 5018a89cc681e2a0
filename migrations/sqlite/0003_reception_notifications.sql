-- What producers actually delivered, and the in-app notices that tell
-- members what changed for them. Keep in step with the other engine's
-- 0003_reception_notifications.sql.

-- Set when a coordinator records a shortage at reception: the orders of
-- the product were shrunk to hold exactly this much.
ALTER TABLE cycle_products ADD COLUMN received_milli BIGINT CHECK (received_milli >= 0);

-- One notice per person. The words are filled in when it is read (`kind`
-- names the sentence, `params` holds its blanks as JSON), so a notice reads
-- in the language of whoever opens it. `dedupe` makes "tell them once"
-- a constraint rather than a hope (the scheduler may run twice).
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    params TEXT NOT NULL,
    url TEXT NOT NULL,
    dedupe TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_account ON notifications(account_id, id);

-- What each household had ordered of a product before a shortage shrank
-- it: a shortage recorded again (a typo, a late crate) is shared anew from
-- what was ordered, not from what the last sharing left.
CREATE TABLE order_line_originals (
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id),
    ordered_milli BIGINT NOT NULL CHECK (ordered_milli > 0),
    price_cents BIGINT NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
