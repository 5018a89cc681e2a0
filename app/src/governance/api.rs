//! Server functions for commissions, elections and proposals. Reading is
//! open to every member; standing and voting in elections to every member;
//! opening proposals and voting on them to the commission's members;
//! creating commissions and elections to coordinators.

use super::{ElectionView, Governance, ProposalView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::repo,
    crate::accounts::{session, Role},
    crate::cycles::time,
    crate::domain::governance::{Change, Choice, Majority, NewProduct, ProposalKind, ProposalState, Scope},
    crate::domain::text,
    crate::state::{now, pool},
};
#[cfg(feature = "ssr")]
use crate::routes;

#[cfg(feature = "ssr")]
fn rules_words(quorum: i64, majority: Majority) -> String {
    use crate::i18n::{t, tr, Arg};
    tr("gov-vote_rules", &[("quorum", Arg::Num(quorum)), ("majority", Arg::from(t(majority.label_key())))])
}

#[cfg(feature = "ssr")]
fn phase(e: &repo::ElectionRow, now: i64) -> (crate::domain::governance::Phase, i64) {
    crate::domain::governance::election_phase(e.closed, e.voting_at, e.closes_at, now)
}

/// Every commission with who sits on it and until when, its proposals and
/// ideas, and the elections.
#[server(endpoint = "governance")]
pub async fn governance_overview() -> Result<Governance, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let now = now();
    let mut conn = pool.acquire().await?;
    let mut commissions = Vec::new();
    for c in repo::commissions(&pool).await? {
        let seated = repo::seated(&mut conn, c.id, now).await?;
        let proposals = repo::proposals_of(&pool, c.id)
            .await?
            .into_iter()
            .map(|p| super::ProposalRow { id: p.id, title: p.title, kind: p.kind, state: p.state, closes: time::moment(p.closes_at) })
            .collect();
        let ideas = repo::ideas_of(&pool, c.id)
            .await?
            .into_iter()
            .map(|i| super::Idea { id: i.id, author: i.display_name, body: i.body, proposal_id: i.proposal_id })
            .collect();
        commissions.push(super::CommissionView {
            id: c.id,
            rules: rules_words(c.quorum_percent, c.majority),
            i_sit: seated.iter().any(|s| s.0 == user.account_id),
            members: seated.into_iter().map(|(_, name, until)| super::Seat { name, until: time::day(until) }).collect(),
            name: c.name,
            scope: c.scope,
            description: c.description,
            seats: c.seats,
            proposals,
            ideas,
        });
    }
    drop(conn);
    let elections = repo::elections(&pool)
        .await?
        .iter()
        .map(|e| {
            let (p, until) = phase(e, now);
            super::ElectionRow { id: e.id, commission: e.commission.clone(), phase: p, until: time::moment(until) }
        })
        .collect();
    use crate::catalogue::repo as catalogue;
    let pairs = |named: Vec<catalogue::Named>| named.into_iter().map(|n| (n.id, n.name)).collect();
    Ok(Governance {
        commissions,
        elections,
        coordinates: user.role.coordinates(),
        products: pairs(catalogue::active_product_names(&pool).await?),
        producers: pairs(catalogue::producer_names(&pool).await?),
        categories: pairs(catalogue::category_names(&pool).await?),
    })
}

#[server(endpoint = "create_commission")]
pub async fn create_commission(
    name: String,
    scope: String,
    description: String,
    seats: String,
    term_days: String,
    quorum_percent: String,
    majority: String,
) -> Result<(), AppError> {
    let user = session::require_role(Role::Coordinator).await?;
    let number = |s: &str, field: &'static str, range: std::ops::RangeInclusive<i64>| {
        crate::domain::text::whole_number(s).filter(|v| range.contains(v)).ok_or_else(|| AppError::invalid(field, "error-number_invalid"))
    };
    let c = repo::NewCommission {
        name: text::required(&name, text::MAX_NAME).map_err(|m| AppError::invalid("field-name", m))?,
        scope: Scope::from_code(&scope).ok_or_else(|| AppError::invalid("field-scope", "error-unknown_choice"))?,
        description: text::optional(&description, text::MAX_TEXT).map_err(|m| AppError::invalid("field-description", m))?,
        seats: number(&seats, "field-seats", 1..=50)?,
        term_days: number(&term_days, "field-term_days", 30..=1500)?,
        quorum_percent: number(&quorum_percent, "field-quorum", 0..=100)?,
        majority: Majority::from_code(&majority).ok_or_else(|| AppError::invalid("field-majority", "error-unknown_choice"))?,
    };
    if repo::create_commission(&pool()?, &c, user.account_id, now()).await?.is_none() {
        return Err(AppError::Conflict("error-name_taken".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::COMMISSIONS));
    Ok(())
}

/// Opens an election for a commission's seats: candidacy from now, voting
/// from `voting`, closing at `closes` (Paris time).
#[server(endpoint = "open_election")]
pub async fn open_election(commission_id: i64, voting: String, closes: String) -> Result<(), AppError> {
    session::require_role(Role::Coordinator).await?;
    let pool = pool()?;
    let c = repo::get_commission(&pool, commission_id).await?.ok_or(AppError::NotFound)?;
    let voting_at = time::parse_local(&voting).ok_or_else(|| AppError::invalid("field-voting_from", "error-datetime_invalid"))?;
    let closes_at = time::parse_local(&closes).ok_or_else(|| AppError::invalid("field-vote_closes", "error-datetime_invalid"))?;
    let now = now();
    if !crate::domain::governance::election_dates_ok(now, voting_at, closes_at) {
        return Err(AppError::invalid("field-vote_closes", "error-election_dates"));
    }
    let id = repo::create_election(&pool, commission_id, c.seats, now, voting_at, closes_at, now).await?;
    leptos_axum::redirect(&format!("{}?ok=1", routes::election(id)));
    Ok(())
}

#[server(endpoint = "election")]
pub async fn election(id: i64) -> Result<ElectionView, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let e = repo::get_election(&pool, id).await?.ok_or(AppError::NotFound)?;
    let now = now();
    let (p, _) = phase(&e, now);
    let closed = e.closed;
    let candidates = repo::candidates(&pool, id).await?;
    Ok(ElectionView {
        id,
        commission: e.commission.clone(),
        seats: e.seats,
        phase: p,
        voting_from: time::moment(e.voting_at),
        closes: time::moment(e.closes_at),
        i_stand: candidates.iter().any(|c| c.account_id == user.account_id),
        i_voted: repo::has_voted_in_election(&pool, id, user.account_id).await?,
        candidates: candidates
            .into_iter()
            .map(|c| super::CandidateView {
                account_id: c.account_id,
                name: c.name,
                statement: c.statement,
                photo_url: c.photo_url,
                approvals: closed.then_some(c.approvals),
                elected: c.elected,
            })
            .collect(),
        draw_seed: e.draw_seed,
    })
}

#[server(endpoint = "stand")]
pub async fn stand(election_id: i64, statement: String, photo_url: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let statement = text::required(&statement, 600).map_err(|m| AppError::invalid("field-statement", m))?;
    let photo = text::optional(&photo_url, 500).map_err(|m| AppError::invalid("field-photo_url", m))?;
    if !photo.is_empty() && !(photo.starts_with("https://") || (photo.starts_with('/') && !photo.starts_with("//"))) {
        return Err(AppError::invalid("field-photo_url", "error-photo_url"));
    }
    match repo::stand(&pool()?, election_id, user.account_id, &statement, &photo, now()).await? {
        repo::Stood::Done => {}
        repo::Stood::Already => return Err(AppError::Conflict("error-already_candidate".into())),
        repo::Stood::NotInCandidacy => return Err(AppError::Conflict("error-not_in_candidacy".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::election(election_id)));
    Ok(())
}

/// The secret approval ballot: tick up to as many candidates as seats.
#[server(endpoint = "cast_ballot")]
pub async fn cast_ballot(election_id: i64, choices: Option<Vec<i64>>) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let choices = choices.unwrap_or_default();
    if choices.len() > 50 {
        return Err(AppError::BadRequest("error-ballot_too_many".into()));
    }
    match repo::cast_ballot(&pool()?, election_id, user.account_id, &choices, now()).await? {
        repo::Balloted::Done => {}
        repo::Balloted::Already => return Err(AppError::Conflict("error-already_voted".into())),
        repo::Balloted::NotVoting => return Err(AppError::Conflict("error-not_voting_time".into())),
        repo::Balloted::Invalid(m) => return Err(AppError::BadRequest(m.into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::election(election_id)));
    Ok(())
}

#[server(endpoint = "step_down")]
pub async fn step_down(commission_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    if !repo::step_down(&pool()?, commission_id, user.account_id, now()).await? {
        return Err(AppError::Conflict("error-not_seated".into()));
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::COMMISSIONS));
    Ok(())
}

#[server(endpoint = "send_idea")]
pub async fn send_idea(commission_id: i64, body: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let body = text::required(&body, 600).map_err(|m| AppError::invalid("field-idea", m))?;
    if !repo::send_idea(&pool()?, commission_id, user.account_id, &body, now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=1#commission-{commission_id}", routes::COMMISSIONS));
    Ok(())
}

/// A commission member opens a proposal. Catalogue kinds carry structured
/// content, checked now as the catalogue would check it.
#[server(endpoint = "open_proposal")]
#[allow(clippy::too_many_arguments)]
pub async fn open_proposal(
    commission_id: i64,
    title: String,
    reasons: String,
    kind: String,
    closes: String,
    secret: Option<String>,
    idea_id: Option<i64>,
    product_id: Option<i64>,
    producer_id: Option<i64>,
    category_id: Option<i64>,
    name: Option<String>,
    description: Option<String>,
    unit: Option<String>,
    step: Option<String>,
    min: Option<String>,
    price: Option<String>,
    labels: Option<Vec<String>>,
    photo_url: Option<String>,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let title = text::required(&title, 160).map_err(|m| AppError::invalid("field-title", m))?;
    let reasons = text::required(&reasons, text::MAX_TEXT).map_err(|m| AppError::invalid("field-reasons", m))?;
    let closes_at = time::parse_local(&closes).ok_or_else(|| AppError::invalid("field-vote_closes", "error-datetime_invalid"))?;
    let now = now();
    if !crate::domain::governance::proposal_closes_ok(now, closes_at) {
        return Err(AppError::invalid("field-vote_closes", "error-proposal_dates"));
    }
    use crate::catalogue::repo::{self as catalogue, Catalogued};
    let exists = |what: Catalogued, id: Option<i64>, field: &'static str| {
        let pool = pool.clone();
        async move {
            let id = id.ok_or_else(|| AppError::invalid(field, "error-unknown_choice"))?;
            match catalogue::name_of(&pool, what, id).await? {
                Some(_) => Ok(id),
                None => Err(AppError::invalid(field, "error-unknown_choice")),
            }
        }
    };
    let Some(kind) = ProposalKind::from_code(&kind) else {
        return Err(AppError::invalid("field-kind", "error-unknown_choice"));
    };
    let change = match kind {
        ProposalKind::Free => Change::Free { workshop: None },
        ProposalKind::WithdrawProduct => Change::WithdrawProduct { product_id: exists(Catalogued::Product, product_id, "field-product").await? },
        ProposalKind::ChangeProducer => {
            let product_id = exists(Catalogued::Product, product_id, "field-product").await?;
            let producer_id = exists(Catalogued::Producer, producer_id, "field-producer").await?;
            let price_cents = crate::domain::pricing::parse_euros(price.as_deref().unwrap_or("")).map_err(|m| AppError::invalid("field-price", m))?;
            Change::ChangeProducer { product_id, producer_id, price_cents }
        }
        ProposalKind::AddProduct => {
            let pr = exists(Catalogued::Producer, producer_id, "field-producer").await?;
            let cat = exists(Catalogued::Category, category_id, "field-category").await?;
            let (name, description, unit, step, min, price, photo) = (
                name.unwrap_or_default(),
                description.unwrap_or_default(),
                unit.unwrap_or_default(),
                step.unwrap_or_default(),
                min.unwrap_or_default(),
                price.unwrap_or_default(),
                photo_url.unwrap_or_default(),
            );
            let labels: Vec<String> = labels.unwrap_or_default().into_iter().take(10).collect();
            let input = crate::catalogue::ProductInput {
                name: &name,
                description: &description,
                producer_id: pr,
                category_id: cat,
                unit: &unit,
                step: &step,
                min: &min,
                price: &price,
                labels: labels.iter().map(String::as_str).collect(),
                photo_url: &photo,
                active: false,
                cap_household: "",
                cap_cycle: "",
            };
            let v = crate::catalogue::validate_product(&input).map_err(|all| AppError::fields(&all))?;
            Change::AddProduct(NewProduct {
                name: v.name,
                description: v.description,
                producer_id: pr,
                category_id: cat,
                unit: v.unit.code().to_string(),
                step: step.trim().to_string(),
                min: min.trim().to_string(),
                price: price.trim().to_string(),
                price_cents: v.price_cents,
                labels,
                photo_url: v.photo_url,
            })
        }
    };
    let p = repo::NewProposal {
        commission_id,
        author_id: user.account_id,
        idea_id,
        title,
        reasons,
        change,
        secret: secret.is_some(),
        closes_at,
    };
    match repo::open_proposal(&pool, &p, now).await? {
        repo::Opened::Opened(id) => leptos_axum::redirect(&format!("{}?ok=1", routes::proposal(id))),
        repo::Opened::NotAMember => return Err(AppError::Forbidden),
        repo::Opened::IdeaElsewhere => return Err(AppError::invalid("field-idea", "error-idea_elsewhere")),
    }
    Ok(())
}

#[server(endpoint = "proposal")]
pub async fn proposal(id: i64) -> Result<ProposalView, AppError> {
    use crate::catalogue::repo::{self as catalogue, Catalogued};
    use crate::domain::pricing::format_euros;
    use crate::i18n::{t, tr};
    let user = session::require_user().await?;
    let pool = pool()?;
    let p = repo::detail(&pool, id).await?.ok_or(AppError::NotFound)?;
    let secret = p.secret;
    let now = now();
    let mut conn = pool.acquire().await?;
    let in_commission = repo::seated(&mut conn, p.commission_id, now).await?.iter().any(|s| s.0 == user.account_id);
    let altered = repo::altered(&mut conn, id).await?;
    drop(conn);
    let named = repo::named_votes(&pool, id).await?;
    // A secret ballot is not in the database with its voter: only the
    // receipt this device holds tells the member what they chose.
    let (my_choice, voted, voted_elsewhere) = if secret {
        let mut conn = pool.acquire().await?;
        let mine = match ballot_receipt(id) {
            Some(nonce) => repo::receipt_choice(&mut conn, id, user.account_id, &nonce).await?.and_then(Choice::from_code),
            None => None,
        };
        let took_part = repo::has_voted(&mut conn, id, user.account_id).await?;
        let voted = repo::secret_turnout(&mut conn, id).await?;
        (mine, voted, took_part && mine.is_none())
    } else {
        let mine = named.iter().find(|v| v.account_id == user.account_id).map(|v| v.choice);
        (mine, named.len() as i64, false)
    };
    let is_voter = repo::is_voter(&pool, id, user.account_id).await?;
    // Named votes: the commission sees them as they come; everyone once closed.
    let show_votes = !secret && (p.state != ProposalState::Open || in_commission);
    let name_of = |what: Catalogued, id: i64| {
        let pool = pool.clone();
        async move { Ok::<_, sqlx::Error>(catalogue::name_of(&pool, what, id).await?.unwrap_or_default()) }
    };
    let change = match Change::read(p.kind, &p.payload) {
        Some(Change::AddProduct(n)) => tr(
            "gov-change_add_product",
            &[
                ("product", n.name),
                ("price", format_euros(n.price_cents)),
                ("unit", t(crate::domain::quantity::Unit::from_code(&n.unit).map_or("unit-piece", |u| u.label_key())).to_string()),
                ("producer", name_of(Catalogued::Producer, n.producer_id).await?),
            ],
        ),
        Some(Change::WithdrawProduct { product_id }) => name_of(Catalogued::Product, product_id).await?,
        Some(Change::ChangeProducer { product_id, producer_id, price_cents }) => tr(
            "gov-change_producer",
            &[
                ("product", name_of(Catalogued::Product, product_id).await?),
                ("producer", name_of(Catalogued::Producer, producer_id).await?),
                ("price", format_euros(price_cents)),
            ],
        ),
        Some(Change::Free { .. }) | None => String::new(),
    };
    let comments =
        repo::comments(&pool, id).await?.into_iter().map(|c| super::Comment { author: c.display_name, body: c.body, when: time::moment(c.created_at) }).collect();
    Ok(ProposalView {
        id,
        commission: p.commission,
        commission_id: p.commission_id,
        author: p.author,
        idea_by: p.idea_by,
        title: p.title,
        reasons: p.reasons,
        change,
        secret,
        rules: rules_words(p.quorum_percent, p.majority),
        closes: time::moment(p.closes_at),
        eligible: p.eligible,
        voted,
        counts: (p.state != ProposalState::Open).then_some((p.for_count, p.against_count, p.abstain_count)),
        votes: if show_votes { named.into_iter().map(|v| super::VoteLine { name: v.display_name, choice: v.choice }).collect() } else { Vec::new() },
        may_vote: is_voter && p.state == ProposalState::Open && p.closes_at > now && !altered,
        altered,
        my_choice,
        voted_elsewhere,
        applied: p.cycle_name,
        comments,
        kind: p.kind,
        state: p.state,
    })
}

/// Casts or changes a vote. A secret ballot's receipt travels in a cookie
/// of this device only (HttpOnly, one per proposal): it comes with the
/// request to change the vote, and a new one goes back with the answer.
#[server(endpoint = "vote")]
pub async fn vote(proposal_id: i64, choice: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let Some(choice) = Choice::from_code(&choice) else {
        return Err(AppError::invalid("field-choice", "error-unknown_choice"));
    };
    let receipt = ballot_receipt(proposal_id);
    match repo::vote(&pool()?, proposal_id, user.account_id, choice.code(), receipt.as_deref(), now()).await? {
        repo::Voted::Cast(receipt) | repo::Voted::Changed(receipt) => {
            if let Some(nonce) = receipt {
                keep_ballot_receipt(proposal_id, &nonce)?;
            }
        }
        repo::Voted::NotAVoter => return Err(AppError::Forbidden),
        repo::Voted::Closed => return Err(AppError::Conflict("error-vote_closed".into())),
        repo::Voted::Altered => return Err(AppError::Conflict("error-proposal_altered".into())),
        repo::Voted::NoReceipt => return Err(AppError::Conflict("error-secret_vote_elsewhere".into())),
    }
    leptos_axum::redirect(&format!("{}?ok=1", routes::proposal(proposal_id)));
    Ok(())
}

/// The receipt nonce this device sent for the proposal, if any.
#[cfg(feature = "ssr")]
fn ballot_receipt(proposal_id: i64) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    let headers = parts.headers.get_all(http::header::COOKIE).iter().filter_map(|h| h.to_str().ok());
    crate::domain::governance::receipt_from_cookies(headers, proposal_id)
}

/// How long a device keeps a receipt: a vote closes at most 60 days after
/// it opens, and the member sees their choice for a while after.
#[cfg(feature = "ssr")]
const RECEIPT_DAYS: i64 = 120;

#[cfg(feature = "ssr")]
fn keep_ballot_receipt(proposal_id: i64, nonce: &str) -> Result<(), AppError> {
    let secure = if session::secure_request() { "; Secure" } else { "" };
    let cookie = format!(
        "{}={nonce}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        crate::domain::governance::receipt_cookie_name(proposal_id),
        RECEIPT_DAYS * 86_400
    );
    let res = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    res.append_header(http::header::SET_COOKIE, http::HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?);
    Ok(())
}

#[server(endpoint = "comment")]
pub async fn comment(proposal_id: i64, body: String) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let body = text::required(&body, 1000).map_err(|m| AppError::invalid("field-comment", m))?;
    if !repo::comment(&pool()?, proposal_id, user.account_id, &body, now()).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("{}?ok=1#commentaires", routes::proposal(proposal_id)));
    Ok(())
}
