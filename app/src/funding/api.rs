//! Server functions for funders, grants, money received and the reports.
//! The treasurer, coordinators and admins only (`require_money`); a
//! household's own composition is the household's.

use super::{FundersView, GrantView, ReportView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{report, repo, CycleUse, GrantLine, ReceiptLine},
    crate::accounts::{repo as accounts_repo, session, Setting},
    crate::cycles::time,
    crate::domain::{funding, pricing, text},
    crate::i18n::{format, tr, Arg},
    crate::routes,
    crate::state::{now, pool},
};

/// The largest grant one may type: ten million euros.
#[cfg(feature = "ssr")]
const MAX_GRANT_CENTS: i64 = 1_000_000_000;

/// What a grant may pay for, each as a sentence.
#[cfg(feature = "ssr")]
fn earmarks(g: &repo::GrantRow, categories: &[(i64, i64)], names: &[(i64, String)]) -> Vec<String> {
    let name = |id: i64| names.iter().find(|c| c.0 == id).map(|c| c.1.clone()).unwrap_or_default();
    let mut out = Vec::new();
    if let Some(s) = g.max_share_percent {
        out.push(tr("funding-earmark_share", &[("percent", Arg::Num(s))]));
    }
    let mine: Vec<String> = categories.iter().filter(|(id, _)| *id == g.id).map(|(_, c)| name(*c)).collect();
    if !mine.is_empty() {
        out.push(tr("funding-earmark_categories", &[("categories", Arg::Text(mine.join(", ")))]));
    }
    if let Some(c) = g.cap_household_cents {
        out.push(tr("funding-earmark_cap", &[("amount", Arg::Text(format::money(c)))]));
    }
    if let (Some(c), Some(p)) = (g.min_category_id, g.min_percent) {
        out.push(tr("funding-earmark_min", &[("percent", Arg::Num(p)), ("category", Arg::Text(name(c)))]));
    }
    out
}

#[cfg(feature = "ssr")]
fn line(g: &repo::GrantRow, received: i64, used: i64, categories: &[(i64, i64)], names: &[(i64, String)]) -> GrantLine {
    GrantLine {
        id: g.id,
        funder: g.funder.clone(),
        name: g.name.clone(),
        members: g.members(),
        amount_cents: g.amount_cents,
        received_cents: received,
        used_cents: used,
        from: format::date(g.starts_at),
        to: format::date(g.ends_at - 1),
        priority: g.priority,
        earmarks: earmarks(g, categories, names),
    }
}

/// What members gave above cost by the moment given: a members' grant's
/// amount is what came in.
#[cfg(feature = "ssr")]
fn members_amount(g: &repo::GrantRow, costs: &[funding::CycleCost]) -> i64 {
    costs.iter().filter(|c| c.day >= g.starts_at && c.day < g.ends_at).map(|c| c.support_cents).sum()
}

#[server(endpoint = "funders")]
pub async fn load_funders() -> Result<FundersView, AppError> {
    session::require_money().await?;
    let pool = pool()?;
    let now = now();
    let settings = accounts_repo::settings(&pool).await?;
    let (grants, costs, outcome) = report::allocation(&pool, now, now + 1).await?;
    let used = funding::used_by_grant(&outcome);
    let received = received_by_grant(&pool).await?;
    let categories = repo::grant_categories(&pool).await?;
    let names = repo::categories(&pool).await?;
    Ok(FundersView {
        funders: repo::funders(&pool).await?,
        grants: grants
            .iter()
            .map(|g| {
                let mut l = line(g, received.get(&g.id).copied().unwrap_or(0), used.get(&g.id).copied().unwrap_or(0), &categories, &names);
                if g.members() {
                    l.amount_cents = members_amount(g, &costs);
                    l.received_cents = l.amount_cents;
                }
                l
            })
            .collect(),
        categories: names,
        pro_rata: settings.funding_pro_rata,
        local_km: settings.report_local_km,
        produce: settings.report_produce_categories,
        unfunded_cents: outcome.cycles.iter().map(|c| c.unfunded_cents).sum(),
    })
}

#[cfg(feature = "ssr")]
async fn received_by_grant(pool: &sqlx::AnyPool) -> Result<std::collections::HashMap<i64, i64>, AppError> {
    let mut m = std::collections::HashMap::new();
    for r in repo::receipts(pool, None).await? {
        *m.entry(r.grant_id).or_insert(0) += r.cents;
    }
    Ok(m)
}

#[server(endpoint = "add_funder")]
pub async fn add_funder(name: String) -> Result<(), AppError> {
    session::require_money().await?;
    let name = text::required(&name, 120).map_err(|m| AppError::invalid("field-funder_name", m))?;
    if repo::insert_funder(&pool()?, &name, now()).await?.is_none() {
        return Err(AppError::Conflict("funding-error_funder_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=funder", routes::FUNDERS));
    Ok(())
}

/// Records a grant. Days as `<input type="date">` sends them; amounts in
/// euros; categories by id.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "add_grant")]
pub async fn add_grant(
    funder_id: i64,
    name: String,
    source: Option<String>,
    amount: Option<String>,
    from: String,
    to: String,
    priority: Option<String>,
    max_share: Option<String>,
    cap: Option<String>,
    min_category: Option<String>,
    min_percent: Option<String>,
    categories: Option<Vec<i64>>,
) -> Result<(), AppError> {
    let user = session::require_money().await?;
    let mut problems = crate::error::Problems::default();
    let name = problems.field("field-grant_name", text::required(&name, 120));
    let members = source.as_deref() == Some("members");
    let amount_cents = if members {
        Some(0)
    } else {
        problems.field(
            "field-amount",
            pricing::parse_euros_up_to(amount.as_deref().unwrap_or(""), MAX_GRANT_CENTS)
                .map_err(|e| if e == "error-price_too_high" { "funding-error_amount" } else { e })
                .and_then(|c| if c > 0 { Ok(c) } else { Err("funding-error_amount") }),
        )
    };
    let starts = problems.field("field-from", time::parse_day(&from).ok_or("error-date_invalid"));
    let last = problems.field("field-to", time::parse_day(&to).ok_or("error-date_invalid"));
    let number = |v: &Option<String>| -> Result<Option<i64>, &'static str> {
        match v.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => text::whole_number(s.trim_end_matches('%').trim()).map(Some).ok_or("error-number_invalid"),
        }
    };
    let priority = problems.field("field-priority", number(&priority).and_then(|p| match p {
        None => Ok(1),
        Some(p) if (1..=1000).contains(&p) => Ok(p),
        Some(_) => Err("funding-error_priority"),
    }));
    let max_share = problems.field("field-max_share", number(&max_share));
    let cap = problems.field(
        "field-cap",
        match cap.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(c) => pricing::parse_euros_up_to(c, MAX_GRANT_CENTS).map(Some),
        },
    );
    let min_category = problems.field("field-min_category", number(&min_category));
    let min_percent = problems.field("field-min_percent", number(&min_percent));
    problems.done()?;
    let (Some(name), Some(amount_cents), Some(starts), Some(last), Some(priority), Some(max_share), Some(cap), Some(min_category), Some(min_percent)) =
        (name, amount_cents, starts, last, priority, max_share, cap, min_category, min_percent)
    else {
        return Err(AppError::Internal);
    };
    let ends = time::add_days(last, 1);
    let min_share = match (min_category, min_percent) {
        (Some(category), Some(percent)) => Some(funding::MinShare { category, percent }),
        (None, None) => None,
        _ => return Err(AppError::invalid("field-min_percent", "funding-error_min_share")),
    };
    let earmarks = funding::Earmarks { max_share_percent: max_share, categories: categories.clone().unwrap_or_default(), cap_household_cents: cap, min_share };
    // Checked in days: the domain counts a period by its days.
    let days = (ends - starts + 43_200) / 86_400;
    let checked = funding::Grant {
        id: 0,
        source: if members { funding::Source::Members } else { funding::Source::Grant },
        amount_cents,
        first_day: 0,
        last_day: days - 1,
        priority,
        earmarks,
    };
    funding::validate_grant(&checked).map_err(|m| AppError::invalid("field-grant", m))?;
    if members && cap.is_some() {
        return Err(AppError::invalid("field-cap", "funding-error_cap"));
    }
    let mut cats = categories.unwrap_or_default();
    cats.sort_unstable();
    cats.dedup();
    let g = repo::NewGrant {
        funder_id,
        name: &name,
        members,
        amount_cents,
        starts_at: starts,
        ends_at: ends,
        priority,
        max_share_percent: max_share,
        cap_household_cents: cap,
        min_share,
        categories: &cats,
        by: user.account_id,
    };
    let Some(id) = repo::insert_grant(&pool()?, &g, now()).await? else {
        return Err(AppError::NotFound);
    };
    leptos_axum::redirect(&format!("{}?ok=grant", routes::grant(id)));
    Ok(())
}

#[server(endpoint = "grant_priority")]
pub async fn set_grant_priority(grant_id: i64, priority: String) -> Result<(), AppError> {
    session::require_money().await?;
    let p = text::whole_number(&priority).filter(|p| (1..=1000).contains(p)).ok_or_else(|| AppError::invalid("field-priority", "funding-error_priority"))?;
    if !repo::set_priority(&pool()?, grant_id, p).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=priority", routes::FUNDERS));
    Ok(())
}

#[server(endpoint = "grant_receipt")]
pub async fn record_grant_receipt(grant_id: i64, day: String, amount: String) -> Result<(), AppError> {
    let user = session::require_money().await?;
    let mut problems = crate::error::Problems::default();
    let at = problems.field("field-day", time::parse_day(&day).ok_or("error-date_invalid"));
    let cents = problems.field(
        "field-amount",
        pricing::parse_euros_up_to(&amount, MAX_GRANT_CENTS)
            .map_err(|e| if e == "error-price_too_high" { "funding-error_amount" } else { e })
            .and_then(|c| if c > 0 { Ok(c) } else { Err("funding-error_amount") }),
    );
    problems.done()?;
    let (Some(at), Some(cents)) = (at, cents) else { return Err(AppError::Internal) };
    if !repo::insert_receipt(&pool()?, grant_id, at, cents, user.account_id, now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=receipt", routes::grant(grant_id)));
    Ok(())
}

#[server(endpoint = "reverse_grant_receipt")]
pub async fn reverse_grant_receipt(grant_id: i64, receipt_id: i64) -> Result<(), AppError> {
    let user = session::require_money().await?;
    if !repo::reverse_receipt(&pool()?, grant_id, receipt_id, user.account_id, now()).await? {
        return Err(AppError::Conflict("funding-error_reversed".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=reversed", routes::grant(grant_id)));
    Ok(())
}

#[server(endpoint = "grant")]
pub async fn load_grant(id: i64) -> Result<GrantView, AppError> {
    session::require_money().await?;
    let pool = pool()?;
    let now = now();
    let g = repo::grant(&pool, id).await?.ok_or(AppError::NotFound)?;
    let (_, costs, outcome) = report::allocation(&pool, g.starts_at, g.ends_at).await?;
    let used = funding::used_by_grant(&outcome).get(&id).copied().unwrap_or(0);
    let receipts = repo::receipts(&pool, Some(id)).await?;
    let categories = repo::grant_categories(&pool).await?;
    let names = repo::categories(&pool).await?;
    let mut l = line(&g, receipts.iter().map(|r| r.cents).sum(), used, &categories, &names);
    if g.members() {
        l.amount_cents = members_amount(&g, &costs);
        l.received_cents = l.amount_cents;
    }
    let cycles = repo::closed_cycles(&pool, g.starts_at, g.ends_at).await?;
    let mut per_cycle: std::collections::BTreeMap<i64, i64> = Default::default();
    for a in outcome.allocations.iter().filter(|a| a.grant == id) {
        *per_cycle.entry(a.cycle).or_default() += a.cents;
    }
    Ok(GrantView {
        left_cents: l.amount_cents - used,
        used_percent: crate::domain::indicators::percent(used, l.amount_cents).unwrap_or(0),
        forecast_cents: if g.members() { None } else { funding::forecast(used, g.starts_at, g.ends_at - 1, now) },
        ended: now >= g.ends_at,
        receipts: receipts
            .into_iter()
            .map(|r| ReceiptLine { id: r.id, when: format::date(r.received_at), cents: r.cents, by: r.by, reversal: r.reverses_id.is_some(), reversed: r.reversed == 1 })
            .collect(),
        cycles: cycles
            .into_iter()
            .filter_map(|c| per_cycle.get(&c.0).map(|cents| CycleUse { cycle: c.1, when: format::date(c.2), cents: *cents }))
            .collect(),
        report_link: format!("{}?du={}&au={}&subvention={}", routes::FUNDING_REPORT, time::to_day_input(g.starts_at), time::to_day_input(g.ends_at - 1), g.id),
        grant: l,
    })
}

#[server(endpoint = "save_funding_settings")]
pub async fn save_funding_settings(mode: String, local_km: String, produce: Option<Vec<i64>>) -> Result<(), AppError> {
    session::require_money().await?;
    let mode = match mode.as_str() {
        "priority" | "pro_rata" => mode,
        _ => return Err(AppError::invalid("field-funding_mode", "error-unknown_choice")),
    };
    let km = text::whole_number(&local_km).filter(|k| (1..=1000).contains(k)).ok_or_else(|| AppError::invalid("field-local_km", "funding-error_km"))?;
    let pool = pool()?;
    let known: Vec<i64> = repo::categories(&pool).await?.into_iter().map(|c| c.0).collect();
    let mut produce: Vec<i64> = produce.unwrap_or_default().into_iter().filter(|c| known.contains(c)).collect();
    produce.sort_unstable();
    produce.dedup();
    accounts_repo::set_setting(&pool, Setting::FundingMode, &mode).await?;
    accounts_repo::set_setting(&pool, Setting::ReportLocalKm, &km.to_string()).await?;
    accounts_repo::set_setting(&pool, Setting::ReportProduceCategories, &produce.iter().map(i64::to_string).collect::<Vec<_>>().join(",")).await?;
    leptos_axum::redirect(&format!("{}?ok=settings", routes::FUNDERS));
    Ok(())
}

/// The period a report covers from what the form sent: the association's
/// year so far when nothing was said.
#[cfg(feature = "ssr")]
pub fn period(from: &str, to: &str, now: i64) -> Result<(i64, i64), AppError> {
    let (y, _, _) = time::calendar_day(now);
    let start = match from.trim() {
        "" => time::day_start((y, 1, 1)).ok_or(AppError::Internal)?,
        d => time::parse_day(d).ok_or_else(|| AppError::invalid("field-from", "error-date_invalid"))?,
    };
    let end = match to.trim() {
        "" => time::day_start((y + 1, 1, 1)).ok_or(AppError::Internal)?,
        d => time::add_days(time::parse_day(d).ok_or_else(|| AppError::invalid("field-to", "error-date_invalid"))?, 1),
    };
    if end <= start || end - start > 3 * 366 * 86_400 {
        return Err(AppError::invalid("field-to", "funding-error_period"));
    }
    Ok((start, end))
}

#[server(endpoint = "funding_report")]
pub async fn funding_report(from: String, to: String, funder: Option<i64>, grant: Option<i64>) -> Result<ReportView, AppError> {
    session::require_money().await?;
    let now = now();
    let (start, end) = period(&from, &to, now)?;
    report::build(&pool()?, start, end, funder, grant, now).await
}

/// What a household says of itself for the reports: adults and children.
#[server(endpoint = "my_composition")]
pub async fn my_composition() -> Result<Option<(Option<i64>, Option<i64>)>, AppError> {
    let user = session::require_user().await?;
    // Staff accounts have no household: nothing to say.
    let Some(household) = user.household_id else { return Ok(None) };
    Ok(Some(repo::composition(&pool()?, household).await?))
}

#[server(endpoint = "save_composition")]
/// The field is `kids`, not `children`: a form's `children` property
/// would name the input and hide the form's own elements from scripts.
pub async fn save_composition(adults: String, kids: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let household = user.household_id.ok_or(AppError::Forbidden)?;
    let read = |v: &str, field: &'static str| match v.trim() {
        "" => Ok(None),
        s => text::whole_number(s).filter(|n| (0..=20).contains(n)).map(Some).ok_or_else(|| AppError::invalid(field, "funding-error_people")),
    };
    let adults = read(&adults, "field-adults")?;
    let children = read(&kids, "field-household_children")?;
    repo::set_composition(&pool()?, household, adults, children).await?;
    leptos_axum::redirect(&format!("{}?ok=composition#foyer", routes::ACCOUNT));
    Ok(())
}
