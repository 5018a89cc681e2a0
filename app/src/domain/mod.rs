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
pub mod funding;
pub mod indicators;
pub mod charts;
/// Files for funders (CSV, OpenDocument): the server writes them.
#[cfg(feature = "ssr")]
pub mod spreadsheet;

/// What the property tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// A small, seeded generator (xorshift): the same "random" cases on
    /// every run, so a failure can be replayed.
    pub struct Rng(pub u64);

    impl Rng {
        /// A number in `0..below`.
        pub fn next(&mut self, below: i64) -> i64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % below as u64) as i64
        }
    }
}
