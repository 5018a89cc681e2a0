//! The HTTP integration tests, in one binary: each test file links the
//! whole app, so one binary instead of eleven saves minutes of linking and
//! gigabytes of disk. Each test is declared with `per_engine!` and runs as
//! two tests, `…_sqlite` and `…_postgres`: `cargo test sqlite` runs one
//! engine, and a failure on one engine never hides the other's result.

#[macro_use]
mod common;

mod basket;
mod coordination;
mod foundation;
mod funding;
mod governance;
mod languages;
mod matrix;
mod money;
mod orders;
mod push;
mod reception;
mod reminders;
mod security;
mod shifts;
mod workshops;
