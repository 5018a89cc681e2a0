-- One convention for flags in every table and on both engines: BIGINT 0 or
-- 1, checked. sqlx's Any driver cannot read SQLite's BOOLEAN at all, so
-- these five were read back through CASE WHEN while the other flags were
-- already integers.
ALTER TABLE products ALTER COLUMN active DROP DEFAULT;
ALTER TABLE products ALTER COLUMN active TYPE BIGINT USING CASE WHEN active THEN 1 ELSE 0 END;
ALTER TABLE products ALTER COLUMN active SET DEFAULT 1;
ALTER TABLE products ADD CHECK (active IN (0, 1));

ALTER TABLE shift_tasks ALTER COLUMN with_children DROP DEFAULT;
ALTER TABLE shift_tasks ALTER COLUMN with_children TYPE BIGINT USING CASE WHEN with_children THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks ALTER COLUMN with_children SET DEFAULT 0;
ALTER TABLE shift_tasks ADD CHECK (with_children IN (0, 1));

ALTER TABLE shift_tasks ALTER COLUMN little_french DROP DEFAULT;
ALTER TABLE shift_tasks ALTER COLUMN little_french TYPE BIGINT USING CASE WHEN little_french THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks ALTER COLUMN little_french SET DEFAULT 0;
ALTER TABLE shift_tasks ADD CHECK (little_french IN (0, 1));

ALTER TABLE shift_tasks ALTER COLUMN limited_mobility DROP DEFAULT;
ALTER TABLE shift_tasks ALTER COLUMN limited_mobility TYPE BIGINT USING CASE WHEN limited_mobility THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks ALTER COLUMN limited_mobility SET DEFAULT 0;
ALTER TABLE shift_tasks ADD CHECK (limited_mobility IN (0, 1));

ALTER TABLE shift_tasks ALTER COLUMN at_table DROP DEFAULT;
ALTER TABLE shift_tasks ALTER COLUMN at_table TYPE BIGINT USING CASE WHEN at_table THEN 1 ELSE 0 END;
ALTER TABLE shift_tasks ALTER COLUMN at_table SET DEFAULT 0;
ALTER TABLE shift_tasks ADD CHECK (at_table IN (0, 1));

-- The flags that were integers already get the same check.
ALTER TABLE proposals ADD CHECK (secret IN (0, 1));
ALTER TABLE candidates ADD CHECK (elected IN (0, 1));
ALTER TABLE workshops ADD CHECK (children_welcome IN (0, 1));
-- Attendance is not marked yet (NULL), or came (1) or not (0).
ALTER TABLE workshop_signups ADD CHECK (attended IN (0, 1));
