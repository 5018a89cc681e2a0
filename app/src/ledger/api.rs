//! Server functions for households' accounts, the cycle's money and the
//! treasury.

use super::{Account, CycleMoneyView, ReceiptView, TreasuryView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{repo, Entry, EntryKind, PaymentMethod},
    crate::accounts::{repo as accounts_repo, session, Role},
    crate::cycles::time,
    crate::domain::{ledger, pricing, text},
    crate::routes,
    crate::state::{now, pool},
};

/// An entry in the reader's words: what it is about (the cycle of an
/// order, the period of a membership).
#[cfg(feature = "ssr")]
fn entry(r: repo::EntryRow) -> Entry {
    let about = match (r.cycle, r.membership_starts, r.membership_ends) {
        (_, Some(from), Some(to)) => crate::i18n::tr("ledger-period", &[("from", time::date(from)), ("to", time::date(to - 1))]),
        (Some(c), _, _) => c,
        _ => String::new(),
    };
    Entry {
        id: r.id,
        receipt: matches!(r.kind, EntryKind::Payment | EntryKind::TopUp | EntryKind::Membership),
        kind: r.kind,
        amount_cents: r.amount_cents,
        method: r.method,
        reference: r.reference,
        note: r.note,
        about,
        reverses: r.reverses_kind,
        reversed: r.reversed,
        by: r.by.unwrap_or_default(),
        when: time::date(r.at),
    }
}

#[cfg(feature = "ssr")]
async fn account_of(pool: &sqlx::AnyPool, household_id: i64) -> Result<Account, AppError> {
    let household = accounts_repo::household_name(pool, household_id).await?.ok_or(AppError::NotFound)?;
    let rows = repo::entries(pool, household_id).await?;
    let mut conn = pool.acquire().await?;
    let balance_cents = repo::balance(&mut conn, household_id).await?;
    Ok(Account { household_id, household, balance_cents, entries: rows.into_iter().map(entry).collect(), key: session::new_token().0 })
}

/// The asking household's account: its balance and every entry.
#[server(endpoint = "my_account")]
pub async fn my_account() -> Result<Account, AppError> {
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Forbidden)?;
    account_of(&pool()?, household).await
}

/// A household's account, for the coordination.
#[server(endpoint = "household_account")]
pub async fn household_account(household_id: i64) -> Result<Account, AppError> {
    session::require_money().await?;
    account_of(&pool()?, household_id).await
}

/// The coordination records money received or given back, or a correction,
/// on a household's account. Each form carries a one-time key: posted
/// twice, it is recorded once.
#[server(endpoint = "record_entry")]
pub async fn record_entry(
    household_id: i64,
    kind: String,
    amount: String,
    method: Option<String>,
    reference: Option<String>,
    note: Option<String>,
    in_favour: Option<String>,
    key: String,
) -> Result<(), AppError> {
    let user = session::require_money().await?;
    let mut problems = crate::error::Problems::default();
    let kind = problems.field(
        "field-entry_kind",
        EntryKind::from_code(&kind).filter(|k| matches!(k, EntryKind::Payment | EntryKind::TopUp | EntryKind::Refund | EntryKind::Adjustment)).ok_or("error-unknown_choice"),
    );
    let typed = problems.field("field-amount", pricing::parse_euros(&amount));
    let signed = match (kind, typed) {
        (Some(k), Some(c)) => problems.field("field-amount", ledger::signed(k, c, in_favour.is_some())),
        _ => None,
    };
    let method = match kind {
        Some(k) if k.takes_method() => problems.field("field-payment_method", method.as_deref().and_then(PaymentMethod::from_code).map(Some).ok_or("error-unknown_choice")),
        _ => Some(None),
    };
    let reference = problems.field("field-reference", text::optional(reference.as_deref().unwrap_or(""), 120));
    let note = match kind {
        Some(EntryKind::Adjustment) => problems.field("field-note", text::required(note.as_deref().unwrap_or(""), 300)),
        _ => problems.field("field-note", text::optional(note.as_deref().unwrap_or(""), 300)),
    };
    let key = problems.field("field-key", if key.is_empty() || key.len() > 100 { Err("error-bad_form") } else { Ok(key) });
    problems.done()?;
    let (Some(kind), Some(amount_cents), Some(method), Some(reference), Some(note), Some(key)) = (kind, signed, method, reference, note, key) else {
        return Err(AppError::Internal);
    };
    let e = repo::NewEntry {
        household_id,
        kind: Some(kind),
        amount_cents,
        method,
        reference: &reference,
        note: &note,
        idem_key: Some(&key),
        by: user.account_id,
        at: now(),
        ..Default::default()
    };
    let pool = pool()?;
    if accounts_repo::household_name(&pool, household_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    // A form posted twice is said to be done: the first one was.
    repo::record(&pool, &e).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::household_account(household_id)));
    Ok(())
}

/// Cancels an entry by a reversal, with the reason; once.
#[server(endpoint = "reverse_entry")]
pub async fn reverse_entry(household_id: i64, entry_id: i64, note: String) -> Result<(), AppError> {
    let user = session::require_money().await?;
    let note = text::required(&note, 300).map_err(|m| AppError::invalid("field-note", m))?;
    match repo::reverse(&pool()?, entry_id, household_id, &note, user.account_id, now()).await? {
        repo::Reversed::Done(_) => {}
        repo::Reversed::NotFound => return Err(AppError::NotFound),
        repo::Reversed::Refused(m) => return Err(AppError::Conflict(m.into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::household_account(household_id)));
    Ok(())
}

/// A receipt for money received or a membership: the household's own, or
/// any for the coordination.
#[server(endpoint = "receipt")]
pub async fn receipt(entry_id: i64) -> Result<ReceiptView, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let r = repo::entry(&pool, entry_id).await?.ok_or(AppError::NotFound)?;
    // Someone else's receipt does not exist, as far as a member can tell.
    if !user.role.keeps_money() && user.household_id != Some(r.household_id) {
        return Err(AppError::NotFound);
    }
    let settings = accounts_repo::settings(&pool).await?;
    let household = r.household.clone();
    let e = entry(r);
    if !e.receipt {
        return Err(AppError::NotFound);
    }
    Ok(ReceiptView {
        number: e.id,
        association_name: settings.association_name,
        association_address: settings.association_address,
        household,
        kind: e.kind,
        amount_cents: e.amount_cents.abs(),
        method: e.method,
        reference: e.reference,
        about: e.about,
        when: e.when,
        by: e.by,
        reversed: e.reversed,
    })
}

/// A cycle's accounts: the goods at cost, what households owe and paid,
/// the solidarity cost by tier, the tills, producers' invoices.
#[server(endpoint = "cycle_money")]
pub async fn cycle_money(cycle_id: i64) -> Result<CycleMoneyView, AppError> {
    session::require_money().await?;
    let pool = pool()?;
    let report = crate::orders::api::report_for(&pool, cycle_id).await?;
    let received = repo::received(&pool, cycle_id).await?;
    let counts = repo::till_counts(&pool, cycle_id).await?;
    let points = crate::cycles::api::pickups(&pool, cycle_id).await?;
    let tills = points
        .iter()
        .map(|w| super::TillLine {
            point: w.name.clone(),
            received: crate::domain::reports::till_totals(&received.iter().filter(|r| r.0 == w.point_id).map(|r| (r.1, r.2)).collect::<Vec<_>>()),
            counted: counts.iter().find(|c| c.pickup_point_id == w.point_id).map(|c| crate::orders::TillCount {
                expected_cents: c.expected_cents,
                counted_cents: c.counted_cents,
                by: c.by.clone(),
                when: time::moment(c.at),
            }),
        })
        .collect();
    let invoices = repo::invoices(&pool, cycle_id).await?;
    let invoices = report
        .purchase_orders
        .iter()
        .map(|po| {
            let i = invoices.iter().find(|i| i.producer_id == po.producer_id);
            super::InvoiceLine {
                producer_id: po.producer_id,
                producer: po.producer.clone(),
                expected_cents: po.total_cents,
                invoiced_cents: i.map(|i| i.amount_cents),
                reference: i.map(|i| i.reference.clone()).unwrap_or_default(),
                paid: i.is_some_and(|i| i.paid_at.is_some()),
            }
        })
        .collect();
    let balances = repo::balances(&pool).await?;
    Ok(CycleMoneyView {
        cycle_id,
        cycle_name: report.cycle_name,
        summary: report.summary,
        total: report.total,
        collected: crate::domain::reports::till_totals(&received.iter().map(|r| (r.1, r.2)).collect::<Vec<_>>()),
        tills,
        invoices,
        owed_cents: balances.iter().map(|b| b.2).filter(|b| *b > 0).sum(),
        credit_cents: -balances.iter().map(|b| b.2).filter(|b| *b < 0).sum::<i64>(),
    })
}

/// What a producer invoiced for a cycle (corrected until it is paid).
#[server(endpoint = "save_invoice")]
pub async fn save_invoice(cycle_id: i64, producer_id: i64, amount: String, reference: String) -> Result<(), AppError> {
    let user = session::require_money().await?;
    let amount_cents = pricing::parse_euros(&amount).map_err(|m| AppError::invalid("field-invoiced", m))?;
    let reference = text::optional(&reference, 120).map_err(|m| AppError::invalid("field-reference", m))?;
    let pool = pool()?;
    let report = crate::orders::api::report_for(&pool, cycle_id).await?;
    if !report.purchase_orders.iter().any(|po| po.producer_id == producer_id) {
        return Err(AppError::NotFound);
    }
    if !repo::save_invoice(&pool, cycle_id, producer_id, amount_cents, &reference, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-invoice_paid".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1#facture-{producer_id}", routes::cycle_page(cycle_id, "argent")));
    Ok(())
}

/// The association paid a producer's invoice.
#[server(endpoint = "pay_invoice")]
pub async fn pay_invoice(cycle_id: i64, producer_id: i64) -> Result<(), AppError> {
    let user = session::require_money().await?;
    if !repo::pay_invoice(&pool()?, cycle_id, producer_id, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-invoice_not_payable".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1#facture-{producer_id}", routes::cycle_page(cycle_id, "argent")));
    Ok(())
}

/// The treasury: every household that owes or holds credit, the journal's
/// account codes.
#[server(endpoint = "treasury")]
pub async fn treasury() -> Result<TreasuryView, AppError> {
    let user = session::require_money().await?;
    let pool = pool()?;
    let settings = accounts_repo::settings(&pool).await?;
    Ok(TreasuryView {
        balances: repo::balances(&pool).await?,
        codes: settings.account_codes,
        debt_blocks_ordering: settings.debt_blocks_ordering,
        admin: user.role == Role::Admin,
    })
}

/// The journal's account codes, as the treasurer sets them, and whether
/// what is owed must be paid before the next order (admin).
#[server(endpoint = "save_treasury_settings")]
pub async fn save_treasury_settings(
    members: String,
    sales: String,
    memberships: String,
    cash: String,
    bank: String,
    producers: String,
    purchases: String,
    debt_blocks_ordering: Option<String>,
) -> Result<(), AppError> {
    use crate::accounts::Setting;
    session::require_role(Role::Admin).await?;
    let mut problems = crate::error::Problems::default();
    let fields = [
        (Setting::AccountMembers, "field-account_members", members),
        (Setting::AccountSales, "field-account_sales", sales),
        (Setting::AccountMemberships, "field-account_memberships", memberships),
        (Setting::AccountCash, "field-account_cash", cash),
        (Setting::AccountBank, "field-account_bank", bank),
        (Setting::AccountProducers, "field-account_producers", producers),
        (Setting::AccountPurchases, "field-account_purchases", purchases),
    ];
    let valid: Vec<(Setting, Option<String>)> =
        fields.into_iter().map(|(k, f, v)| (k, problems.check(ledger::valid_account_code(&v).map_err(|m| AppError::invalid(f, m))))).collect();
    problems.done()?;
    let pool = pool()?;
    for (key, value) in valid {
        if let Some(v) = value {
            accounts_repo::set_setting(&pool, key, &v).await?;
        }
    }
    accounts_repo::set_setting(&pool, Setting::DebtBlocksOrdering, if debt_blocks_ordering.is_some() { "1" } else { "0" }).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::TREASURY));
    Ok(())
}

/// Which file the accountant asked for.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Journal,
    Ledger,
}

/// The journal or the ledger of a period, from `from` to `to` included
/// (`2026-09-01`, `2027-08-31`, Paris days), as CSV. Coordinators only: the
/// caller checks who asks.
#[cfg(feature = "ssr")]
pub async fn export(pool: &sqlx::AnyPool, which: Export, from: &str, to: &str) -> Result<String, AppError> {
    let (Some(from), Some(to)) = (time::parse_day(from), time::parse_day(to)) else {
        return Err(AppError::invalid("field-period", "error-date_invalid"));
    };
    // Through the end of the last day.
    let to = time::add_days(to, 1);
    if to <= from || to - from > 3 * 366 * 86_400 {
        return Err(AppError::invalid("field-period", "error-period_invalid"));
    }
    let entries = repo::period(pool, from, to).await?;
    Ok(match which {
        Export::Journal => {
            let codes = accounts_repo::settings(pool).await?.account_codes;
            let invoices = repo::invoices_in(pool, from, to).await?;
            super::journal::journal_csv(&entries, &invoices, from, to, &codes, time::to_day_input)
        }
        Export::Ledger => super::journal::ledger_csv(&entries, time::to_day_input),
    })
}
