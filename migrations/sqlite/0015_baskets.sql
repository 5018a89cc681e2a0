-- A household's basket in the open cycle while it differs from what was
-- confirmed: changed one product at a time from the catalogue (a stepper
-- posts each change), confirmed on the basket page. Confirming (or a
-- coordinator placing the order) removes it, and the basket reads as the
-- confirmed order again. Nothing here reserves stock: the caps are checked
-- when the order is placed, as before.
CREATE TABLE baskets (
    household_id BIGINT NOT NULL REFERENCES households(id),
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (household_id, cycle_id)
);

-- Lines go with their basket (orders::basket::clear deletes both).
CREATE TABLE basket_lines (
    household_id BIGINT NOT NULL REFERENCES households(id),
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    product_id BIGINT NOT NULL REFERENCES products(id),
    qty_milli BIGINT NOT NULL CHECK (qty_milli > 0),
    PRIMARY KEY (household_id, cycle_id, product_id)
);
