-- A handover recorded at the distribution table is written once; changing
-- it afterwards is a correction by the coordination, kept here with what
-- it was, what it became, who and when and why. Rows are only appended.
-- Keep in step with the other engine's 0012_pickup_corrections.sql.
CREATE TABLE pickup_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id BIGINT NOT NULL REFERENCES orders(id),
    before_paid_cents BIGINT,
    before_method TEXT,
    paid_cents BIGINT NOT NULL CHECK (paid_cents >= 0),
    method TEXT NOT NULL,
    reason TEXT NOT NULL,
    by_account BIGINT NOT NULL REFERENCES accounts(id),
    at BIGINT NOT NULL
);
CREATE INDEX pickup_corrections_order ON pickup_corrections(order_id);
