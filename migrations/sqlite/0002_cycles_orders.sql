-- Order cycles, the products and pickup windows of each, and households'
-- orders. Keep in step with the other engine's 0002_cycles_orders.sql.

CREATE TABLE cycles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'open', 'closed', 'distributed', 'archived', 'cancelled')),
    created_by BIGINT REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    CHECK (closes_at > opens_at)
);
CREATE INDEX cycles_due ON cycles(state, opens_at, closes_at);

CREATE TABLE cycle_pickups (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    pickup_point_id BIGINT NOT NULL REFERENCES pickup_points(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, pickup_point_id),
    CHECK (ends_at > starts_at)
);

-- What a cycle offers. `sold_milli` counts what confirmed orders hold, and
-- is only ever raised by a conditional update that keeps it within the cap:
-- that is what sells the last jar of honey once.
CREATE TABLE cycle_products (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id),
    cap_milli BIGINT CHECK (cap_milli > 0),
    sold_milli BIGINT NOT NULL DEFAULT 0 CHECK (sold_milli >= 0),
    PRIMARY KEY (cycle_id, product_id),
    CHECK (cap_milli IS NULL OR sold_milli <= cap_milli)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    household_id BIGINT NOT NULL REFERENCES households(id),
    pickup_point_id BIGINT NOT NULL REFERENCES pickup_points(id),
    share_percent BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Filled at the distribution table: handed over, what was paid and how.
    picked_up_at BIGINT,
    paid_cents BIGINT CHECK (paid_cents >= 0),
    payment_method TEXT CHECK (payment_method IN ('cash', 'card', 'cheque', 'transfer')),
    recorded_by BIGINT REFERENCES accounts(id),
    UNIQUE (cycle_id, household_id)
);

CREATE TABLE order_lines (
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id),
    qty_milli BIGINT NOT NULL CHECK (qty_milli > 0),
    price_cents BIGINT NOT NULL,
    line_cents BIGINT NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

-- Every confirmed submission's key: a retried or double-tapped
-- confirmation finds its key here and changes nothing.
CREATE TABLE order_submissions (
    idem_key TEXT PRIMARY KEY,
    household_id BIGINT NOT NULL,
    at BIGINT NOT NULL
);

-- Who changed which order, when: members and coordinators alike.
CREATE TABLE order_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id BIGINT,
    cycle_id BIGINT NOT NULL,
    household_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    action TEXT NOT NULL,
    total_cents BIGINT NOT NULL,
    at BIGINT NOT NULL
);
