-- Foundation: settings, price tiers, households, accounts, sessions,
-- invitations, login failures, producers, categories, products.
-- Timestamps are UTC seconds since the epoch; money is integer cents;
-- quantities are integer thousandths of their unit.
-- Keep in step with migrations/postgres/0001_foundation.sql.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE price_tiers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    share_percent BIGINT NOT NULL CHECK (share_percent BETWEEN 1 AND 300),
    description TEXT NOT NULL DEFAULT ''
);

INSERT INTO price_tiers (name, share_percent, description) VALUES
  ('Prix coûtant', 100, 'Vous payez le prix fixé par le producteur.'),
  ('Solidaire', 50, 'Vous payez la moitié du prix.'),
  ('Très solidaire', 10, 'Vous payez un dixième du prix.');

INSERT INTO settings (key, value) VALUES ('show_full_price', '0');

CREATE TABLE households (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    search_name TEXT NOT NULL DEFAULT '',
    tier_id BIGINT REFERENCES price_tiers(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT REFERENCES households(id),
    display_name TEXT NOT NULL,
    email TEXT UNIQUE,
    phone TEXT UNIQUE,
    password_hash TEXT,
    role TEXT NOT NULL CHECK (role IN ('member', 'coordinator', 'admin')),
    created_at BIGINT NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX accounts_household ON accounts(household_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions(account_id);

CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX invitations_account ON invitations(account_id);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_scope ON login_failures(scope, at);

CREATE TABLE producers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    search_name TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL,
    distance_km BIGINT NOT NULL CHECK (distance_km >= 0),
    story TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    position BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    producer_id BIGINT NOT NULL REFERENCES producers(id),
    category_id BIGINT NOT NULL REFERENCES categories(id),
    unit TEXT NOT NULL CHECK (unit IN ('kg', 'l', 'piece', 'jar', 'bunch', 'dozen', 'bag', 'bottle')),
    step_milli BIGINT NOT NULL CHECK (step_milli > 0),
    min_milli BIGINT NOT NULL CHECK (min_milli > 0),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    labels TEXT NOT NULL DEFAULT '',
    photo_url TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    cap_household_milli BIGINT CHECK (cap_household_milli > 0),
    cap_cycle_milli BIGINT CHECK (cap_cycle_milli > 0),
    search_text TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX products_listing ON products(active, category_id, name);
CREATE INDEX products_producer ON products(producer_id);

-- Where households fetch their orders (cycles come later and refer to them).
CREATE TABLE pickup_points (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    access_notes TEXT NOT NULL DEFAULT ''
);
