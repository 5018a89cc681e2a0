//! The Pot Commun server: configuration, pool, HTTP routes, demo data and the
//! commands of the binary. Integration tests start it from here on a random
//! port with a fresh database.

pub mod assets;
pub mod config;
pub mod db;
pub mod push;
pub mod scheduler;
pub mod security;
pub mod seed;

use app::error::AppError;
use app::state::AppState;
use app::{shell, App};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;

/// Everything the routes need.
#[derive(Clone)]
pub struct ServerState {
    pub leptos_options: LeptosOptions,
    pub app: AppState,
    pub guard: security::Guard,
}

impl axum::extract::FromRef<ServerState> for LeptosOptions {
    fn from_ref(s: &ServerState) -> LeptosOptions {
        s.leptos_options.clone()
    }
}

pub fn leptos_options(config: &config::Config) -> LeptosOptions {
    let env = match std::env::var("LEPTOS_ENV").ok().as_deref() {
        Some("DEV") | Some("dev") | Some("development") => leptos::config::Env::DEV,
        _ => leptos::config::Env::PROD,
    };
    LeptosOptions::builder()
        .output_name("pot-commun")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.listen)
        .env(env)
        .build()
}

/// The app's routes, listed once per process. Listing them renders the app
/// with resource loading switched off by a process-wide flag in Leptos, so
/// a second listing while another router serves pages (tests start many
/// servers in one process) would leave that router's pages waiting forever.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(state: ServerState) -> Router {
    let guard = state.guard.clone();
    let routes = route_list();
    let app_state = state.app.clone();
    let context = move || {
        provide_context(app_state.clone());
        // The reader's language (security::headers read it), for every
        // `t` of the page or the server function.
        if let Some(lang) = use_context::<axum::http::request::Parts>().and_then(|p| p.extensions.get::<app::i18n::Lang>().copied()) {
            provide_context(lang);
        }
        // The nonce the security headers name (security::CspNonce), for
        // Leptos's inline scripts: in place of the one Leptos made.
        if let Some(n) = use_context::<axum::http::request::Parts>().and_then(|p| p.extensions.get::<security::CspNonce>().cloned()) {
            provide_context(leptos::nonce::Nonce::from_value(n.0));
        }
    };
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/sw.js", get(service_worker))
        .route("/coordination/cycles/{id}/bons.csv", get(purchase_orders_csv))
        .route("/coordination/cycles/{id}/preparation.csv", get(packing_csv))
        .route("/coordination/journal.csv", get(journal_csv))
        .route("/coordination/grand-livre.csv", get(ledger_csv))
        .route("/coordination/rapport.csv", get(report_csv_file))
        .route("/coordination/rapport.ods", get(report_ods_file))
        .route("/gouvernance/{kind}/{id}/export.json", get(governance_export))
        .route("/gouvernance/journal.json", get(governance_log_export))
        // The app's own files, brotli-compressed where the copy is ready.
        .nest_service("/pkg", tower_http::services::ServeDir::new(format!("{}/pkg", options.site_root)).precompressed_br())
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<ServerState, _>(context, shell))
        .layer(axum::middleware::from_fn(error_status))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(256 * 1024))
        .layer(CompressionLayer::new())
        // From here out, the outer layers (the last written runs first).
        .layer(axum::middleware::from_fn_with_state(guard.clone(), security::error_channel))
        .layer(axum::middleware::from_fn_with_state(guard.clone(), security::same_origin_only))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(axum::middleware::from_fn_with_state(guard.clone(), security::limit_concurrency))
        .layer(axum::middleware::from_fn_with_state(guard, security::headers))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(security::panic_page))
        // Outermost: one span per request (method, path — for a server
        // function, its name —, then status and time), so every log line of
        // the request, a database error included, says which one failed.
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(|req: &axum::extract::Request| {
                    tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), status = tracing::field::Empty, ms = tracing::field::Empty)
                })
                .on_request(())
                .on_response(|res: &Response, latency: std::time::Duration, span: &tracing::Span| {
                    span.record("status", res.status().as_u16());
                    span.record("ms", latency.as_millis() as u64);
                    if res.status().is_server_error() {
                        tracing::error!("answered");
                    } else {
                        tracing::info!("answered");
                    }
                })
                .on_failure(()),
        )
        .with_state(state)
}

/// A whole request, from its first byte to the last of its answer.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
/// A client must have sent its request's headers within this time: a
/// thousand connections trickling bytes hold nothing for long.
pub const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Connections open at once; more wait in the kernel's queue.
const MAX_CONNECTIONS: usize = 2_048;

/// The service worker, with the version of the files this server serves
/// written in: a new build changes the worker's bytes, so browsers install
/// it and drop the old version's caches (no mix of old and new files).
async fn service_worker(State(state): State<ServerState>) -> Response {
    static VERSIONED: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let root = state.leptos_options.site_root.to_string();
    let body = VERSIONED.get_or_init(|| {
        let source = std::fs::read_to_string(format!("{root}/sw.js")).ok()?;
        // The compressed copies are the same files: written in the
        // background, they must not make a second version.
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(format!("{root}/pkg"))
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_none_or(|e| e != "br" && e != "tmp"))
            .collect();
        files.sort();
        // FNV-1a over the served files: stable across runs, unlike std's hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let scripts = ["basket.js", "enhance.js", "push.js", "sw-register.js"].map(|f| std::path::PathBuf::from(format!("{root}/{f}")));
        for f in files.iter().chain(scripts.iter()) {
            for b in std::fs::read(f).unwrap_or_default() {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        Some(source.replace("__VERSION__", &format!("{hash:016x}")))
    });
    match body {
        Some(js) => (
            [(axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (axum::http::header::CACHE_CONTROL, "no-cache")],
            js.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn healthz(State(state): State<ServerState>) -> Response {
    match sqlx::query("SELECT 1").execute(&state.app.pool).await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

/// The purchase orders of a closed cycle as a CSV download (coordinators).
async fn purchase_orders_csv(state: State<ServerState>, id: axum::extract::Path<String>, headers: axum::http::HeaderMap) -> Response {
    report_csv(state, id, headers, "bons-de-commande", app::orders::report::purchase_csv).await
}

/// The packing lists of a closed cycle as a CSV download (coordinators).
async fn packing_csv(state: State<ServerState>, id: axum::extract::Path<String>, headers: axum::http::HeaderMap) -> Response {
    report_csv(state, id, headers, "preparation", app::orders::report::packing_csv).await
}

/// The coordination's files: 401 without a session, 403 for anyone else.
async fn coordinator(pool: &sqlx::AnyPool, headers: &axum::http::HeaderMap) -> Result<(), Response> {
    allowed(pool, headers, app::accounts::Role::coordinates).await
}

/// The files of the money (the accountant's, the funders'): the
/// treasurer's too.
async fn keeps_money(pool: &sqlx::AnyPool, headers: &axum::http::HeaderMap) -> Result<(), Response> {
    allowed(pool, headers, app::accounts::Role::keeps_money).await
}

async fn allowed(pool: &sqlx::AnyPool, headers: &axum::http::HeaderMap, may: fn(app::accounts::Role) -> bool) -> Result<(), Response> {
    match app::accounts::session::user_from_headers(pool, headers).await {
        Ok(Some(u)) if may(u.role) => Ok(()),
        Ok(Some(_)) => Err(StatusCode::FORBIDDEN.into_response()),
        Ok(None) => Err(StatusCode::UNAUTHORIZED.into_response()),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

async fn report_csv(
    State(state): State<ServerState>,
    axum::extract::Path(id): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
    name: &str,
    render: fn(&app::orders::CycleReport) -> String,
) -> Response {
    let pool = &state.app.pool;
    if let Err(refused) = coordinator(pool, &headers).await {
        return refused;
    }
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match app::orders::api::report_for(pool, id).await {
        Ok(report) => (
            [
                (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}-cycle-{id}.csv\"")),
            ],
            // The byte-order mark tells Excel and LibreOffice the file is
            // UTF-8: without it "Crème fraîche" opens as "CrÃ¨me fraÃ®che".
            format!("\u{feff}{}", render(&report)),
        )
            .into_response(),
        Err(e) => (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST), e.message()).into_response(),
    }
}

/// The journal of a period for the accountant (coordinators).
async fn journal_csv(state: State<ServerState>, query: axum::extract::Query<Period>, headers: axum::http::HeaderMap) -> Response {
    money_csv(state, query, headers, app::ledger::api::Export::Journal, "journal").await
}

/// Every entry of a period, as recorded (coordinators).
async fn ledger_csv(state: State<ServerState>, query: axum::extract::Query<Period>, headers: axum::http::HeaderMap) -> Response {
    money_csv(state, query, headers, app::ledger::api::Export::Ledger, "grand-livre").await
}

/// A period of days, as the treasury's form sends it.
#[derive(serde::Deserialize)]
struct Period {
    #[serde(default)]
    du: String,
    #[serde(default)]
    au: String,
}

async fn money_csv(
    State(state): State<ServerState>,
    axum::extract::Query(period): axum::extract::Query<Period>,
    headers: axum::http::HeaderMap,
    which: app::ledger::api::Export,
    name: &str,
) -> Response {
    let pool = &state.app.pool;
    if let Err(refused) = keeps_money(pool, &headers).await {
        return refused;
    }
    let lang = app::i18n::from_headers(&headers).0;
    // Only what a date holds reaches the file's name.
    let day = |d: &str| d.chars().filter(|c| c.is_ascii_digit() || *c == '-').take(10).collect::<String>();
    match app::ledger::api::export(pool, which, &period.du, &period.au).await {
        Ok(csv) => (
            [
                (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}-{}-{}.csv\"", day(&period.du), day(&period.au))),
            ],
            format!("\u{feff}{csv}"),
        )
            .into_response(),
        Err(e) => (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST), app::i18n::in_lang(lang, || e.message())).into_response(),
    }
}

/// A report's period and scope, as its page's form sends them.
#[derive(serde::Deserialize)]
struct ReportQuery {
    #[serde(default)]
    du: String,
    #[serde(default)]
    au: String,
    #[serde(default)]
    financeur: String,
    #[serde(default)]
    subvention: String,
}

/// A report for funders as CSV (treasurer, coordinators).
async fn report_csv_file(state: State<ServerState>, query: axum::extract::Query<ReportQuery>, headers: axum::http::HeaderMap) -> Response {
    report_file(state, query, headers, false).await
}

/// A report for funders as an OpenDocument spreadsheet.
async fn report_ods_file(state: State<ServerState>, query: axum::extract::Query<ReportQuery>, headers: axum::http::HeaderMap) -> Response {
    report_file(state, query, headers, true).await
}

async fn report_file(State(state): State<ServerState>, axum::extract::Query(q): axum::extract::Query<ReportQuery>, headers: axum::http::HeaderMap, ods: bool) -> Response {
    let pool = &state.app.pool;
    if let Err(refused) = keeps_money(pool, &headers).await {
        return refused;
    }
    let lang = app::i18n::from_headers(&headers).0;
    let now = app::state::now();
    let built = async {
        let (from, to) = app::funding::api::period(&q.du, &q.au, now)?;
        app::funding::report::draft(pool, from, to, q.financeur.trim().parse().ok(), q.subvention.trim().parse().ok(), now).await
    };
    let report = match built.await {
        Ok(draft) => app::i18n::in_lang(lang, || draft.word()),
        Err(e) => return (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST), app::i18n::in_lang(lang, || e.message())).into_response(),
    };
    let day = |d: &str| d.chars().filter(|c| c.is_ascii_digit() || *c == '-').take(10).collect::<String>();
    let name = format!("rapport-{}-{}", day(&report.from_input), day(&report.to_input));
    app::i18n::in_lang(lang, || {
        if ods {
            (
                [
                    (axum::http::header::CONTENT_TYPE, "application/vnd.oasis.opendocument.spreadsheet".to_string()),
                    (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.ods\"")),
                ],
                app::funding::export::ods(&report),
            )
                .into_response()
        } else {
            (
                [
                    (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.csv\"")),
                ],
                format!("\u{feff}{}", app::funding::export::csv(&report)),
            )
                .into_response()
        }
    })
}

/// The governance log of one proposal or election, as JSON, for any
/// member: enough to recompute the outcome and check every hash.
async fn governance_export(
    State(state): State<ServerState>,
    axum::extract::Path((kind, id)): axum::extract::Path<(String, String)>,
    headers: axum::http::HeaderMap,
) -> Response {
    let subject = match (kind.as_str(), id.parse::<i64>()) {
        ("proposition", Ok(id)) => format!("proposal:{id}"),
        ("election", Ok(id)) => format!("election:{id}"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    governance_json(&state, &headers, Some(&subject)).await
}

/// The whole governance log, as JSON, for any member.
async fn governance_log_export(State(state): State<ServerState>, headers: axum::http::HeaderMap) -> Response {
    governance_json(&state, &headers, None).await
}

async fn governance_json(state: &ServerState, headers: &axum::http::HeaderMap, subject: Option<&str>) -> Response {
    let pool = &state.app.pool;
    match app::accounts::session::user_from_headers(pool, headers).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::UNAUTHORIZED.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
    match app::governance::repo::export(pool, subject).await {
        Ok(v) if subject.is_none() || v["entries"].as_array().is_some_and(|e| !e.is_empty()) => (
            [(axum::http::header::CONTENT_TYPE, "application/json; charset=utf-8")],
            serde_json::to_string_pretty(&v).unwrap_or_default(),
        )
            .into_response(),
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "governance export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Gives a server function's error its HTTP status (Leptos answers 500 for
/// every error). A form posted without JavaScript is left alone: Leptos
/// already sends it back to the form with the error in the address, where
/// the page's `ServerAction` picks it up and shows it.
async fn error_status(req: Request<Body>, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 1024 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    // Results never carry the `app_error` tag, so this tells our errors apart.
    if bytes.starts_with(b"{\"app_error\"") {
        if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
            parts.status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Migrates, connects and serves until the process is stopped.
pub async fn serve(config: config::Config) -> Result<(), Box<dyn std::error::Error>> {
    db::migrate(&config.database_url).await?;
    let pool = db::connect(&config.database_url).await?;
    if app::state::clock_offset() != 0 {
        tracing::warn!(offset_secs = app::state::clock_offset(), "POT_COMMUN_CLOCK_OFFSET_SECS is set: the app runs at another moment (tests only)");
    }
    // Catch up before serving: what fell due while the server was down is
    // done before the first page is answered.
    app::jobs::pass(&pool, app::state::now()).await;
    assets::prepare(std::path::Path::new(&config.site_root).join("pkg"));
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    scheduler::spawn(pool.clone(), std::time::Duration::from_secs(config.scheduler_every_secs));
    let keys = push::ensure_keys(&pool).await?;
    if config.allow_local_push {
        tracing::warn!("POT_COMMUN_TEST_PUSH_SERVICE is set: push endpoints on 127.0.0.1 over plain http are accepted (tests only)");
    }
    push::spawn(pool.clone(), keys, config.push_contact.clone(), std::time::Duration::from_secs(config.push_every_secs), config.allow_local_push);
    tracing::info!("Pot Commun listens on http://{}", listener.local_addr()?);
    serve_on(listener, pool, &config).await
}

pub async fn serve_on(
    listener: tokio::net::TcpListener,
    pool: sqlx::AnyPool,
    config: &config::Config,
) -> Result<(), Box<dyn std::error::Error>> {
    serve_until(listener, pool, config, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Serves until `stop` completes, then finishes the requests under way.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    pool: sqlx::AnyPool,
    config: &config::Config,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Box<dyn std::error::Error>> {
    // How Arabic writes its digits is the association's choice; the admin
    // page changes it in this process as it saves it.
    let settings = app::accounts::repo::settings(&pool).await?;
    app::i18n::format::set_arabic_digits(settings.arabic_digits);
    // Browsers are given the public key from the first page on.
    push::ensure_keys(&pool).await?;
    let guard = security::Guard::new(&config.public_url, config.trust_forwarded, security::ensure_mac_key(&pool).await?, config.max_concurrent_requests);
    let state = ServerState {
        leptos_options: leptos_options(config),
        app: AppState {
            pool,
            public_url: config.public_url.clone(),
            trust_forwarded: config.trust_forwarded,
            allow_local_push: config.allow_local_push,
        },
        guard,
    };
    serve_connections(listener, router(state), config.header_read_timeout, stop).await;
    Ok(())
}

/// Accepts connections and serves each with hyper's HTTP/1: headers must
/// arrive within `header_timeout`, at most `MAX_CONNECTIONS` are open at
/// once, small answers leave at once (TCP_NODELAY), and on `stop` the
/// requests under way finish (for up to 10 s) before it returns.
async fn serve_connections(
    listener: tokio::net::TcpListener,
    app: Router,
    header_timeout: std::time::Duration,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(header_timeout).keep_alive(true);
    tokio::pin!(stop);
    loop {
        // A free slot first (a full house waits here, still stoppable).
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(s) => s,
                Err(_) => break,
            },
            _ = &mut stop => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, most likely: wait, do not spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(remote));
            tower::ServiceExt::oneshot(app.clone(), req)
        });
        let conn = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = conn.await;
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(std::time::Duration::from_secs(10), graceful.shutdown()).await.is_err() {
        tracing::warn!("some connections were still open 10 s after the stop: closed");
    }
}

#[cfg(test)]
mod tests {
    /// Right to left is the same style mirrored by the browser: every side
    /// is written as a logical one (inline-start, inline-end), so no rule
    /// may name a physical left or right.
    #[test]
    fn the_style_names_no_physical_side() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css")).unwrap();
        let mut found = Vec::new();
        for (n, line) in css.lines().enumerate() {
            let code = line.split("/*").next().unwrap_or_default();
            for declaration in code.split(['{', ';', '}']) {
                let Some((property, value)) = declaration.split_once(':') else { continue };
                let (property, value) = (property.trim(), value.trim());
                let physical_property = property == "left" || property == "right" || property.ends_with("-left") || property.ends_with("-right") || property.contains("-left-") || property.contains("-right-");
                let physical_value = matches!(property, "float" | "clear" | "text-align" | "resize") && (value.contains("left") || value.contains("right"));
                if physical_property || physical_value {
                    found.push(format!("line {}: {property}: {value}", n + 1));
                }
            }
        }
        assert!(found.is_empty(), "{found:#?}");
        assert!(css.contains("inset-inline-start"), "the check reads the real style");
    }

    /// The router serves exactly the pages `app::routes` lists: an address
    /// built or allowed there is one the app answers, and a page added to
    /// the router without its entry fails here. (In this binary no server
    /// runs: listing the routes switches resource loading off process-wide.)
    #[tokio::test]
    async fn the_router_serves_exactly_the_listed_pages() {
        // axum writes a parameter `{id}`, the app `:id`.
        let mut served: Vec<String> = super::route_list().iter().map(|r| r.path().replace('{', ":").replace('}', "")).collect();
        served.sort();
        served.dedup();
        let mut listed: Vec<String> = app::routes::PAGES.iter().map(|p| p.pattern.to_string()).collect();
        listed.sort();
        assert_eq!(served, listed);
    }
}
