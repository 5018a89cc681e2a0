//! Who is asking: session cookies, password hashing, one-time tokens and the
//! role checks every server function starts with.

use super::{repo, CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::state::{now, pool, state};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use http::header::{COOKIE, SET_COOKIE};
use http::HeaderValue;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use sha2::{Digest, Sha256};

/// The session cookie over plain HTTP on this machine (development, tests).
pub const COOKIE_NAME: &str = "pc_session";
/// Everywhere else: `__Host-` makes the browser refuse it unless it is
/// `Secure`, for the whole site, set by this host only (a sibling
/// subdomain cannot plant or overwrite it).
pub const SECURE_COOKIE_NAME: &str = "__Host-pc_session";
const SESSION_DAYS: i64 = 60;

/// A random token for a cookie or an invitation link. Only its hash is stored,
/// so a database leak gives no working sessions or links.
pub fn new_token() -> (String, String) {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Argon2id takes 19 MiB and a good part of a core per hash: a few at once,
/// the others wait their turn. Two hundred requests at once used to take
/// the server from 1.2 GB to 4.8 GB of memory; now the hashes running at
/// once are bounded, whoever sends them.
fn hashing() -> &'static tokio::sync::Semaphore {
    static HASHING: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    HASHING.get_or_init(|| {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        tokio::sync::Semaphore::new(cores.clamp(1, 4))
    })
}

static HASHING_NOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static HASHING_MOST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The most password hashes that ever ran at the same moment in this
/// process (a figure for the tests and the logs).
pub fn most_hashes_at_once() -> usize {
    HASHING_MOST.load(std::sync::atomic::Ordering::SeqCst)
}

/// A turn at hashing, counted while held.
pub struct HashingTurn(#[allow(dead_code)] tokio::sync::SemaphorePermit<'static>);

impl Drop for HashingTurn {
    fn drop(&mut self) {
        HASHING_NOW.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A turn to hash. Waiting longer than a browser would is pointless: the
/// person gets "busy, try again" and nothing was done.
pub async fn hashing_turn() -> AppResult<HashingTurn> {
    use std::sync::atomic::Ordering::SeqCst;
    match tokio::time::timeout(std::time::Duration::from_secs(20), hashing().acquire()).await {
        Ok(Ok(permit)) => {
            let now = HASHING_NOW.fetch_add(1, SeqCst) + 1;
            HASHING_MOST.fetch_max(now, SeqCst);
            Ok(HashingTurn(permit))
        }
        Ok(Err(_)) => Err(AppError::Internal),
        Err(_) => {
            tracing::warn!("password hashing saturated: a request was turned away");
            Err(AppError::Busy)
        }
    }
}

/// Argon2id with the crate's defaults; slow on purpose, so run off the
/// async threads, one of a bounded few at a time.
pub async fn hash_password(password: String) -> AppResult<String> {
    hash_in_turn(hashing_turn().await?, password).await
}

/// Hashes in a turn already taken (the caller checked something once its
/// turn came, so that requests made pointless while they queued do no work).
pub async fn hash_in_turn(_turn: HashingTurn, password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string())
    })
    .await
    .map_err(|_| AppError::Internal)?
    .map_err(|_| AppError::Internal)
}

/// Whether the password matches; `Err(Busy)` when too many hashes already
/// run.
pub async fn verify_password(password: String, hash: Option<String>) -> AppResult<bool> {
    let _turn = hashing_turn().await?;
    Ok(tokio::task::spawn_blocking(move || {
        // An unknown account still pays for one verification, so timing
        // does not tell whether an account exists.
        let hash = hash.unwrap_or_else(|| dummy_hash().to_string());
        match PasswordHash::new(&hash) {
            Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
            Err(_) => false,
        }
    })
    .await
    .unwrap_or(false))
}

fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(b"not a password anyone has", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Passwords: at least 8 characters, at most 200 (argon2 takes any length,
/// but nobody types more).
pub fn validate_new_password(password: &str, confirm: &str) -> AppResult<()> {
    let n = password.chars().count();
    if n < 8 {
        return Err(AppError::invalid("field-password", "error-password_short"));
    }
    if n > 200 {
        return Err(AppError::invalid("field-password", "error-too_long"));
    }
    if password != confirm {
        return Err(AppError::invalid("field-password_confirm", "error-password_mismatch"));
    }
    Ok(())
}

fn request_parts() -> Option<http::request::Parts> {
    use_context::<http::request::Parts>()
}

/// The raw session token from the request's cookies.
pub fn session_token() -> Option<String> {
    token_from_headers(&request_parts()?.headers)
}

pub fn token_from_headers(headers: &http::HeaderMap) -> Option<String> {
    crate::domain::security::cookie_pairs(headers.get_all(COOKIE).iter().filter_map(|h| h.to_str().ok()))
        .find(|(k, v)| (*k == SECURE_COOKIE_NAME || *k == COOKIE_NAME) && v.len() == 64 && v.chars().all(|c| c.is_ascii_hexdigit()))
        .map(|(_, v)| v.to_string())
}

/// The client's address, for rate limiting.
pub fn client_ip() -> String {
    let Some(parts) = request_parts() else {
        return "unknown".into();
    };
    let trust = state().map(|s| s.trust_forwarded).unwrap_or(false);
    if trust {
        // The proxy appends the address it saw: the last entry is the one
        // it vouches for, the first is whatever the client wrote.
        if let Some(ip) = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .last()
            .and_then(|v| v.rsplit(',').next())
        {
            return ip.trim().to_string();
        }
    }
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Who sends these headers, for plain axum routes (file downloads).
pub async fn user_from_headers(pool: &sqlx::AnyPool, headers: &http::HeaderMap) -> AppResult<Option<CurrentUser>> {
    let Some(token) = token_from_headers(headers) else {
        return Ok(None);
    };
    Ok(repo::user_by_session(pool, &hash_token(&token), now()).await?)
}

pub async fn current_user() -> AppResult<Option<CurrentUser>> {
    let Some(token) = session_token() else {
        return Ok(None);
    };
    Ok(repo::user_by_session(&pool()?, &hash_token(&token), now()).await?)
}

pub async fn require_user() -> AppResult<CurrentUser> {
    current_user().await?.ok_or(AppError::Unauthenticated)
}

pub async fn require_role(min: Role) -> AppResult<CurrentUser> {
    let user = require_user().await?;
    if user.role >= min {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The treasurer, a coordinator or an admin: who keeps the money.
pub async fn require_money() -> AppResult<CurrentUser> {
    let user = require_user().await?;
    if user.role.keeps_money() {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Whether this request came over plain HTTP to this very machine
/// (development, tests): the one case where a cookie cannot be `Secure`.
/// Anything else — a real host name, a proxy saying https — gets the
/// `Secure`, `__Host-` cookie.
pub fn plain_local_http(headers: &http::HeaderMap, trust_forwarded: bool, public_url: &str) -> bool {
    if public_url.starts_with("https://") {
        return false;
    }
    if trust_forwarded && headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).is_some_and(|p| p.trim() == "https") {
        return false;
    }
    let host = headers.get(http::header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    let name = match host.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h.to_string(),
        _ => host,
    };
    name == "localhost" || name == "[::1]" || name.starts_with("127.")
}

pub fn secure_request() -> bool {
    let Ok(st) = state() else { return true };
    match request_parts() {
        Some(parts) => !plain_local_http(&parts.headers, st.trust_forwarded, &st.public_url),
        None => true,
    }
}

fn set_cookie(value: &str) {
    if let Some(res) = use_context::<ResponseOptions>() {
        if let Ok(v) = HeaderValue::from_str(value) {
            res.append_header(SET_COOKIE, v);
        }
    }
}

/// Opens a session for the account and sets the cookie on the response.
pub async fn start_session(account_id: i64) -> AppResult<String> {
    let st = state()?;
    let (token, hash) = new_token();
    let t = now();
    repo::insert_session(&st.pool, &hash, account_id, t, t + SESSION_DAYS * 86_400).await?;
    let (name, secure) = if secure_request() { (SECURE_COOKIE_NAME, "; Secure") } else { (COOKIE_NAME, "") };
    set_cookie(&format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}", SESSION_DAYS * 86_400));
    // Readable by the page's scripts, and nothing but which account: on a
    // shared phone, sw-register.js drops what the previous person left
    // (kept pages, a basket waiting to be sent) when it changes.
    set_cookie(&format!("{ACCOUNT_COOKIE}={account_id}; Path=/; SameSite=Lax; Max-Age={}{secure}", SESSION_DAYS * 86_400));
    Ok(hash)
}

/// Keeps the chosen language on this browser for a year. Not HttpOnly:
/// nothing secret, and the page's scripts may read it.
pub fn set_lang_cookie(lang: crate::i18n::Lang) {
    let secure = if secure_request() { "; Secure" } else { "" };
    set_cookie(&format!("{}={}; Path=/; SameSite=Lax; Max-Age={}{secure}", crate::i18n::COOKIE, lang.code(), 365 * 86_400));
}

/// At login, the person's language: one chosen on this browser (the login
/// page's buttons) becomes the account's; else the account's own comes
/// back to this browser; else the browser's language becomes the
/// account's, for its notices and push messages.
pub async fn settle_language(pool: &sqlx::AnyPool, account_id: i64) -> AppResult<()> {
    let (lang, chosen) = request_parts().map(|p| crate::i18n::from_headers(&p.headers)).unwrap_or_default();
    match (chosen, repo::account_lang(pool, account_id).await?) {
        (false, Some(stored)) => set_lang_cookie(stored),
        (false, None) if lang == crate::i18n::Lang::default() => {}
        _ => repo::set_account_lang(pool, account_id, lang).await?,
    }
    Ok(())
}

/// Names the signed-in account for the phone's own scripts.
pub const ACCOUNT_COOKIE: &str = "pc_account";

pub async fn end_session() -> AppResult<()> {
    if let Some(token) = session_token() {
        repo::delete_session(&pool()?, &hash_token(&token)).await?;
    }
    if secure_request() {
        set_cookie(&format!("{SECURE_COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure"));
    }
    set_cookie(&format!("{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"));
    let secure = if secure_request() { "; Secure" } else { "" };
    set_cookie(&format!("{ACCOUNT_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0{secure}"));
    // On a shared phone the next person's login would otherwise take this
    // language as chosen by them, and store it on their account.
    set_cookie(&format!("{}=; Path=/; SameSite=Lax; Max-Age=0{secure}", crate::i18n::COOKIE));
    Ok(())
}

/// Makes a one-time invitation link for an account, valid two weeks, with
/// its QR code as inline SVG.
pub async fn make_invitation(account_id: i64, display_name: String, by: Option<i64>) -> AppResult<super::InvitationCard> {
    let st = state()?;
    let (token, hash) = new_token();
    let t = now();
    const DAYS: i64 = 14;
    repo::insert_invitation(&st.pool, &hash, account_id, by, t, t + DAYS * 86_400).await?;
    let url = format!("{}{}", st.public_url.trim_end_matches('/'), crate::routes::invitation(&token));
    Ok(super::InvitationCard { display_name, qr_svg: qr_svg(&url), url, expires_days: DAYS })
}

pub fn qr_svg(text: &str) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}
