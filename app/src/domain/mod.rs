//! Pure domain rules: prices, tiers, quantities, identifiers and text.
//! No HTTP, no SQL: everything here is plain Rust, unit-tested, and shared
//! by the server and the browser.

#[macro_use]
pub mod vocabulary;
pub mod pricing;
pub mod quantity;
pub mod text;
pub mod cycles;
pub mod orders;
pub mod reports;
pub mod costs;
pub mod ledger;
pub mod membership;
pub mod reception;
pub mod shifts;
pub mod governance;
pub mod workshops;
pub mod push;
pub mod security;
