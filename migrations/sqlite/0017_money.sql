-- The association's money: cost prices, members' accounts, membership,
-- the till. Keep in step with the other engine's 0017_money.sql.

-- Cost prices. A product's cost price is the producer's price plus the
-- association's costs (transport, storage, packaging, a small reserve),
-- and every tier is a share of it. An order line keeps both, frozen when
-- the order is placed: `price_cents` is now the cost price the tier was
-- applied to, `producer_cents` what the producer asks (until now the two
-- were the same). A later change of price, cost or tier never rewrites a
-- past cycle.
ALTER TABLE order_lines ADD COLUMN producer_cents BIGINT;
UPDATE order_lines SET producer_cents = price_cents;
ALTER TABLE order_line_originals ADD COLUMN producer_cents BIGINT;
UPDATE order_line_originals SET producer_cents = price_cents;

-- A cost added to the producer's price, by the unit (cents), by the
-- kilogram (cents, for what is sold by weight) or as a percentage of the
-- producer's price (`percent`, a decimal such as 7.5), for every product,
-- a category, one product or one cycle. Withdrawn, never deleted: the
-- lines it priced name it no more, but the coordination's list keeps it.
CREATE TABLE price_costs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('per_unit', 'percent', 'per_kg')),
    amount_cents BIGINT CHECK (amount_cents BETWEEN 0 AND 100000),
    percent TEXT,
    scope TEXT NOT NULL CHECK (scope IN ('all', 'category', 'product', 'cycle')),
    category_id BIGINT REFERENCES categories(id),
    product_id BIGINT REFERENCES products(id),
    cycle_id BIGINT REFERENCES cycles(id),
    active BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by BIGINT REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    CHECK ((kind = 'percent' AND percent IS NOT NULL AND amount_cents IS NULL) OR (kind <> 'percent' AND percent IS NULL AND amount_cents IS NOT NULL)),
    CHECK ((scope = 'category') = (category_id IS NOT NULL)),
    CHECK ((scope = 'product') = (product_id IS NOT NULL)),
    CHECK ((scope = 'cycle') = (cycle_id IS NOT NULL))
);

-- The charter a household accepts when it joins or renews: versioned,
-- never rewritten (a new text is a new version).
CREATE TABLE charters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version BIGINT NOT NULL UNIQUE CHECK (version > 0),
    body TEXT NOT NULL,
    published_by BIGINT REFERENCES accounts(id),
    published_at BIGINT NOT NULL
);
INSERT INTO charters (version, body, published_by, published_at) VALUES (1,
'Le groupement d’achat est tenu par ses adhérents. Chaque foyer adhérent choisit lui-même son tarif, sans justificatif, et ce choix reste privé. Chacun donne un peu de temps quand il le peut. Les décisions sur le catalogue sont prises par les commissions élues. On se parle avec respect.',
NULL, 0);

-- One membership per household and period (the association's year, from
-- its renewal date): the fee, the charter version accepted, when and by
-- whom (the member online, or a coordinator at the desk).
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT NOT NULL REFERENCES households(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    fee_cents BIGINT NOT NULL CHECK (fee_cents BETWEEN 0 AND 100000),
    charter_id BIGINT NOT NULL REFERENCES charters(id),
    accepted_at BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES accounts(id),
    at_desk BIGINT NOT NULL DEFAULT 0 CHECK (at_desk IN (0, 1)),
    -- Claimed by the reminder a month before the end: told once.
    renewal_reminded_at BIGINT,
    UNIQUE (household_id, starts_at),
    CHECK (ends_at > starts_at)
);

-- Each household's account: an append-only ledger. A positive amount is
-- owed by the household (an order handed over, a membership fee, credit
-- paid back to it); a negative one is paid or credited (a payment, a
-- top-up). A mistake is undone by a reversal pointing at the entry it
-- cancels (at most one per entry), never by changing or deleting: the
-- database itself refuses both. The balance is the sum of the entries.
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT NOT NULL REFERENCES households(id),
    kind TEXT NOT NULL CHECK (kind IN ('order', 'payment', 'membership', 'top_up', 'refund', 'adjustment', 'reversal')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN -100000000 AND 100000000),
    method TEXT CHECK (method IN ('cash', 'card', 'cheque', 'transfer', 'other')),
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    order_id BIGINT REFERENCES orders(id),
    cycle_id BIGINT REFERENCES cycles(id),
    pickup_point_id BIGINT REFERENCES pickup_points(id),
    membership_id BIGINT REFERENCES memberships(id),
    reverses_id BIGINT UNIQUE REFERENCES ledger_entries(id),
    idem_key TEXT UNIQUE,
    recorded_by BIGINT REFERENCES accounts(id),
    at BIGINT NOT NULL,
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
    CHECK (kind NOT IN ('payment', 'top_up', 'refund') OR method IS NOT NULL)
);
CREATE INDEX ledger_entries_household ON ledger_entries(household_id, id);
CREATE INDEX ledger_entries_cycle ON ledger_entries(cycle_id, pickup_point_id);
CREATE INDEX ledger_entries_at ON ledger_entries(at);

-- What was handed over and paid at the table before the ledger: the order
-- as owed, and the payment as recorded, at the moment of the handover.
INSERT INTO ledger_entries (household_id, kind, amount_cents, order_id, cycle_id, pickup_point_id, recorded_by, at)
    SELECT household_id, 'order', total_cents, id, cycle_id, pickup_point_id, recorded_by, picked_up_at
    FROM orders WHERE picked_up_at IS NOT NULL ORDER BY id;
INSERT INTO ledger_entries (household_id, kind, amount_cents, method, order_id, cycle_id, pickup_point_id, recorded_by, at)
    SELECT household_id, 'payment', -paid_cents, payment_method, id, cycle_id, pickup_point_id, recorded_by, picked_up_at
    FROM orders WHERE picked_up_at IS NOT NULL AND paid_cents > 0 AND payment_method IS NOT NULL ORDER BY id;

-- The till of a pickup point in a cycle: the cash counted at the end,
-- entered once, beside what the entries said it should hold then; the
-- difference is theirs to explain, and is kept.
CREATE TABLE till_counts (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    pickup_point_id BIGINT NOT NULL REFERENCES pickup_points(id),
    expected_cents BIGINT NOT NULL,
    counted_cents BIGINT NOT NULL CHECK (counted_cents BETWEEN 0 AND 100000000),
    counted_by BIGINT NOT NULL REFERENCES accounts(id),
    at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, pickup_point_id)
);

-- What each producer invoiced for a cycle's purchase order, beside what
-- the app expected after shortages, and when it was paid.
CREATE TABLE producer_invoices (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    producer_id BIGINT NOT NULL REFERENCES producers(id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000),
    reference TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT NOT NULL REFERENCES accounts(id),
    recorded_at BIGINT NOT NULL,
    paid_at BIGINT,
    paid_by BIGINT REFERENCES accounts(id),
    PRIMARY KEY (cycle_id, producer_id)
);

-- Membership: 1 € a year by default from the 1st of September; a fee of
-- free choice above the minimum when `membership_free_amount` is 1; an
-- expired membership warns and does not stop an order unless
-- `membership_blocks_ordering` is 1. Account codes of the journal the
-- accountant reads (the French plan comptable associatif by default).
INSERT INTO settings (key, value) VALUES ('membership_fee_cents', '100');
INSERT INTO settings (key, value) VALUES ('membership_free_amount', '0');
INSERT INTO settings (key, value) VALUES ('membership_renewal', '09-01');
INSERT INTO settings (key, value) VALUES ('membership_blocks_ordering', '0');
-- '1': a household that owes money orders again once it has paid (by
-- default what is owed waits for the next distribution).
INSERT INTO settings (key, value) VALUES ('debt_blocks_ordering', '0');
INSERT INTO settings (key, value) VALUES ('account_members', '411');
INSERT INTO settings (key, value) VALUES ('account_sales', '707');
INSERT INTO settings (key, value) VALUES ('account_memberships', '756');
INSERT INTO settings (key, value) VALUES ('account_cash', '530');
INSERT INTO settings (key, value) VALUES ('account_bank', '512');
INSERT INTO settings (key, value) VALUES ('account_producers', '401');
INSERT INTO settings (key, value) VALUES ('account_purchases', '607');

CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
