-- One convention for flags in every table and on both engines: BIGINT 0 or
-- 1, checked. sqlx's Any driver cannot read SQLite's BOOLEAN at all, so
-- these five were read back through CASE WHEN while the other flags were
-- already integers. SQLite cannot change a column's type: each flag is
-- added again as an integer, copied, and takes the old one's name.
DROP INDEX products_listing;

ALTER TABLE products ADD COLUMN active_flag BIGINT NOT NULL DEFAULT 1 CHECK (active_flag IN (0, 1));
UPDATE products SET active_flag = CASE WHEN active THEN 1 ELSE 0 END;
ALTER TABLE products DROP COLUMN active;
ALTER TABLE products RENAME COLUMN active_flag TO active;

ALTER TABLE shift_tasks ADD COLUMN with_children_flag BIGINT NOT NULL DEFAULT 0 CHECK (with_children_flag IN (0, 1));
UPDATE shift_tasks SET with_children_flag = CASE WHEN with_children THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks DROP COLUMN with_children;
ALTER TABLE shift_tasks RENAME COLUMN with_children_flag TO with_children;

ALTER TABLE shift_tasks ADD COLUMN little_french_flag BIGINT NOT NULL DEFAULT 0 CHECK (little_french_flag IN (0, 1));
UPDATE shift_tasks SET little_french_flag = CASE WHEN little_french THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks DROP COLUMN little_french;
ALTER TABLE shift_tasks RENAME COLUMN little_french_flag TO little_french;

ALTER TABLE shift_tasks ADD COLUMN limited_mobility_flag BIGINT NOT NULL DEFAULT 0 CHECK (limited_mobility_flag IN (0, 1));
UPDATE shift_tasks SET limited_mobility_flag = CASE WHEN limited_mobility THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks DROP COLUMN limited_mobility;
ALTER TABLE shift_tasks RENAME COLUMN limited_mobility_flag TO limited_mobility;

ALTER TABLE shift_tasks ADD COLUMN at_table_flag BIGINT NOT NULL DEFAULT 0 CHECK (at_table_flag IN (0, 1));
UPDATE shift_tasks SET at_table_flag = CASE WHEN at_table THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks DROP COLUMN at_table;
ALTER TABLE shift_tasks RENAME COLUMN at_table_flag TO at_table;


-- The flags that were integers already get the same check.

ALTER TABLE proposals ADD COLUMN secret_flag BIGINT NOT NULL DEFAULT 0 CHECK (secret_flag IN (0, 1));
UPDATE proposals SET secret_flag = secret;
ALTER TABLE proposals DROP COLUMN secret;
ALTER TABLE proposals RENAME COLUMN secret_flag TO secret;

ALTER TABLE candidates ADD COLUMN elected_flag BIGINT NOT NULL DEFAULT 0 CHECK (elected_flag IN (0, 1));
UPDATE candidates SET elected_flag = elected;
ALTER TABLE candidates DROP COLUMN elected;
ALTER TABLE candidates RENAME COLUMN elected_flag TO elected;

ALTER TABLE workshops ADD COLUMN children_welcome_flag BIGINT NOT NULL DEFAULT 0 CHECK (children_welcome_flag IN (0, 1));
UPDATE workshops SET children_welcome_flag = children_welcome;
ALTER TABLE workshops DROP COLUMN children_welcome;
ALTER TABLE workshops RENAME COLUMN children_welcome_flag TO children_welcome;

-- Attendance is not marked yet (NULL), or came (1) or not (0).
ALTER TABLE workshop_signups ADD COLUMN attended_flag BIGINT CHECK (attended_flag IN (0, 1));
UPDATE workshop_signups SET attended_flag = attended;
ALTER TABLE workshop_signups DROP COLUMN attended;
ALTER TABLE workshop_signups RENAME COLUMN attended_flag TO attended;

CREATE INDEX products_listing ON products(active, category_id, name);
