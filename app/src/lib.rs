//! Pot Commun: the Leptos application shared by the server (SSR) and the
//! browser (hydration). Modules are named after the domain.

#![recursion_limit = "256"]

pub mod accounts;
pub mod catalogue;
pub mod cycles;
pub mod orders;
pub mod shifts;
pub mod governance;
pub mod workshops;
pub mod notifications;
pub mod ledger;
pub mod memberships;
pub mod funding;
pub mod routes;
pub mod domain;
pub mod error;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;

pub use ui::{shell, App};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
