//! What stands between the open internet and the app's routes: only our
//! own pages may change anything, every answer carries the security
//! headers, the no-JavaScript error channel carries only what the server
//! wrote, a bounded number of requests run at once, and a panic becomes an
//! error page instead of a dropped connection.

use app::domain::security::{origin_of, same_origin, RequestSource};
use app::i18n::{t_in, Lang};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::Arc;

/// What the guards need, made once at start.
#[derive(Clone)]
pub struct Guard {
    inner: Arc<GuardInner>,
}

struct GuardInner {
    public_origin: String,
    public_https: bool,
    trust_forwarded: bool,
    /// Signs the error messages the server puts in an address, so that a
    /// link written by someone else shows no message of theirs.
    mac_key: Vec<u8>,
    requests: tokio::sync::Semaphore,
}

impl Guard {
    pub fn new(public_url: &str, trust_forwarded: bool, mac_key: Vec<u8>, max_requests: usize) -> Guard {
        Guard {
            inner: Arc::new(GuardInner {
                public_origin: origin_of(public_url).unwrap_or_default(),
                public_https: public_url.starts_with("https://"),
                trust_forwarded,
                mac_key,
                requests: tokio::sync::Semaphore::new(max_requests.max(1)),
            }),
        }
    }

    fn forwarded<'a>(&self, headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
        if !self.inner.trust_forwarded {
            return None;
        }
        headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.rsplit(',').next()).map(str::trim)
    }

    fn https(&self, headers: &HeaderMap) -> bool {
        self.inner.public_https || self.forwarded(headers, "x-forwarded-proto") == Some("https")
    }

    fn mac(&self, path: &str, err: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.inner.mac_key).expect("HMAC takes any key length");
        mac.update(path.as_bytes());
        mac.update(b"\n");
        mac.update(err.as_bytes());
        hex(&mac.finalize().into_bytes())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key that signs the error channel, made at first start and kept in
/// the settings (two instances on one database sign alike).
pub async fn ensure_mac_key(pool: &sqlx::AnyPool) -> Result<Vec<u8>, sqlx::Error> {
    use rand_core::RngCore;
    use app::accounts::{repo, Setting::ErrorChannelKey};
    if let Some(k) = repo::setting(pool, ErrorChannelKey).await? {
        return Ok(k.into_bytes());
    }
    let mut bytes = [0u8; 32];
    rand_core::OsRng.fill_bytes(&mut bytes);
    repo::keep_setting(&mut *pool.acquire().await?, ErrorChannelKey, &hex(&bytes)).await?;
    Ok(repo::setting(pool, ErrorChannelKey).await?.unwrap_or_else(|| hex(&bytes)).into_bytes())
}

/// A page in words for a refused request, in the app's look and the
/// reader's language.
fn page(lang: Lang, status: StatusCode, title_key: &str, text_key: &str) -> Response {
    let (title, text) = (t_in(lang, title_key), t_in(lang, text_key));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/pot-commun.css\"></head>\
         <body><main id=\"contenu\"><h1>{title}</h1><p class=\"error\" role=\"alert\">{text}</p><p><a class=\"button\" href=\"/\">{back}</a></p></main></body></html>",
        back = t_in(lang, "error-back_home"),
        code = lang.code(),
        dir = lang.dir(),
    );
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], html).into_response()
}

/// Refuses every request that would change something and does not come
/// from the app's own pages: a page on another site, another port of this
/// host or a sibling subdomain could otherwise post any form with the
/// member's cookie (SameSite=Lax lets same-site requests through).
pub async fn same_origin_only(State(guard): State<Guard>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let h = req.headers();
    let get = |name: &str| h.get(name).and_then(|v| v.to_str().ok());
    let src = RequestSource {
        origin: get("origin"),
        sec_fetch_site: get("sec-fetch-site"),
        referer: get("referer"),
        host: guard.forwarded(h, "x-forwarded-host").or_else(|| get("host")),
    };
    if same_origin(&src, &guard.inner.public_origin) {
        return next.run(req).await;
    }
    tracing::warn!(path = %req.uri().path(), origin = ?src.origin, site = ?src.sec_fetch_site, "cross-site request refused");
    page(app::i18n::from_headers(req.headers()).0, StatusCode::FORBIDDEN, "error-cross_site_title", "error-cross_site")
}

/// The nonce of one answer's inline scripts (Leptos writes a few, each
/// with it). Made here, before the page renders, and handed to Leptos
/// (`router`'s context): the header naming it is written here too, so it
/// never depends on the page's render reaching its response options.
#[derive(Clone)]
pub struct CspNonce(pub String);

fn new_nonce() -> String {
    use base64::Engine as _;
    use rand_core::RngCore as _;
    let mut bytes = [0u8; 16];
    rand_core::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Scripts and WebAssembly from this server only, inline scripts only with
/// this answer's nonce, no framing. Pictures may come from https addresses
/// (workshop and candidate photos).
fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data: https:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The headers every answer carries. An HTML page gets the
/// Content-Security-Policy naming its nonce; everything else a strict
/// default.
pub async fn headers(State(guard): State<Guard>, mut req: Request, next: Next) -> Response {
    let https = guard.https(req.headers());
    let private = private_page(req.uri().path());
    let nonce = new_nonce();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    // The reader's language, read once: pages and server functions find it
    // in the request (app::i18n::current).
    let (lang, _) = app::i18n::from_headers(req.headers());
    req.extensions_mut().insert(lang);
    let mut res = next.run(req).await;
    let res_is_redirect = res.status().is_redirection();
    let html = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    let h = res.headers_mut();
    if html && !res_is_redirect {
        if let Ok(v) = HeaderValue::from_str(&page_policy(&nonce)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
        h.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    }
    // The same address reads in the language of the cookie or the browser.
    h.append(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    if private {
        // Never in a cache, the browser's or the service worker's: a
        // shared phone's next user must not find them.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let set = |h: &mut HeaderMap, name: &'static str, value: &'static str| {
        if !h.contains_key(name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    };
    // Not on a redirect: a form posted through the service worker may end
    // in a page built with the redirect's headers, and the strict default
    // would then block the next page's own (nonced) scripts.
    if !res_is_redirect {
        set(h, "content-security-policy", "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    }
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    // Invitation tokens travel in addresses: never to another site.
    set(h, "referrer-policy", "same-origin");
    set(h, "permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()");
    set(h, "cross-origin-opener-policy", "same-origin");
    if https {
        set(h, "strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    res
}

/// Pages with what a household or the coordination keeps private: the
/// profile (tier), the coordination's and admin's pages, the distribution
/// sheet, invitation links, the login page.
fn private_page(path: &str) -> bool {
    path == "/profil"
        || path == "/compte"
        || path.starts_with("/compte/")
        || path.ends_with("/prix")
        || path == "/connexion"
        || path.starts_with("/coordination")
        || path.starts_with("/admin")
        || path.starts_with("/invitation/")
        || path.starts_with("/distribution/")
        || path.ends_with("/hote")
}

/// Caps the requests served at once. A burst waits its turn a few seconds;
/// beyond that the caller gets "busy" rather than the machine running out
/// of memory.
pub async fn limit_concurrency(State(guard): State<Guard>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(std::time::Duration::from_secs(5), guard.inner.requests.acquire()).await {
        Ok(Ok(_permit)) => next.run(req).await,
        _ => {
            tracing::warn!(path = %req.uri().path(), "too many requests at once: turned away");
            page(app::i18n::from_headers(req.headers()).0, StatusCode::SERVICE_UNAVAILABLE, "error-busy_title", "error-busy")
        }
    }
}

fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect()
}

fn with_query(path: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return path.to_string();
    }
    let q = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    format!("{path}?{q}")
}

/// The no-JavaScript error channel: Leptos sends a refused form back to
/// its page with the error in the address (`__path`, `__err`), and the page
/// shows it. The server signs what it writes there (`__mac`); a page asked
/// for with an error it did not sign — a link someone made up to show
/// their own words in the app's voice — is sent to the same page without it.
pub async fn error_channel(State(guard): State<Guard>, req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    if !is_api {
        if req.method() == Method::GET {
            let pairs = query_pairs(req.uri().query());
            let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            if let Some(err) = get("__err") {
                let ok = get("__mac").is_some_and(|m| m == guard.mac(get("__path").unwrap_or_default(), err));
                if !ok {
                    let kept: Vec<(String, String)> = pairs.iter().filter(|(k, _)| !k.starts_with("__")).cloned().collect();
                    let to = with_query(req.uri().path(), &kept);
                    return (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
                }
            }
        }
        return next.run(req).await;
    }
    let mut res = next.run(req).await;
    let Some(location) = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()) else {
        return res;
    };
    let Ok(mut url) = url::Url::parse(location).or_else(|_| url::Url::parse(&format!("http://local{location}"))) else {
        return res;
    };
    let absolute = url::Url::parse(location).is_ok();
    let mut pairs: Vec<(String, String)> = url.query_pairs().into_owned().filter(|(k, _)| k != "__mac").collect();
    let err = pairs.iter().find(|(k, _)| k == "__err").map(|(_, v)| v.clone());
    if let Some(err) = err {
        let path = pairs.iter().find(|(k, _)| k == "__path").map(|(_, v)| v.clone()).unwrap_or_default();
        pairs.push(("__mac".into(), guard.mac(&path, &err)));
        // The page scrolls to its error box (`FormError` takes that id)
        // rather than showing its top while the message is far below.
        url.set_fragment(Some("erreur"));
    }
    if pairs.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(&pairs);
    }
    let new = if absolute { url.to_string() } else { url[url::Position::BeforePath..].to_string() };
    if let Ok(v) = HeaderValue::from_str(&new) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// A panic in a handler: logged, and the person gets a page in words.
pub fn panic_page(err: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let what = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = what, "a request panicked");
    // No request here to read a language from: the association's own.
    page(Lang::default(), StatusCode::INTERNAL_SERVER_ERROR, "error-internal_title", "error-internal")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_channel_is_signed() {
        let g = Guard::new("http://127.0.0.1:3000", false, b"key".to_vec(), 4);
        let a = g.mac("/api/login", "eyJ4IjoxfQ==");
        assert_eq!(a.len(), 64);
        assert_eq!(a, g.mac("/api/login", "eyJ4IjoxfQ=="));
        assert_ne!(a, g.mac("/api/login", "eyJ4IjoyfQ=="));
        assert_ne!(a, g.mac("/api/logout", "eyJ4IjoxfQ=="));
        let other = Guard::new("http://127.0.0.1:3000", false, b"other".to_vec(), 4);
        assert_ne!(a, other.mac("/api/login", "eyJ4IjoxfQ=="));
    }

    #[test]
    fn a_panic_is_a_page_in_words() {
        let res = panic_page(Box::new("index out of bounds"));
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(res.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    }

    #[test]
    fn private_pages_are_never_stored() {
        for p in ["/profil", "/connexion", "/coordination/cycles/3", "/admin", "/invitation/abc", "/distribution/4", "/ateliers/2/hote", "/compte", "/compte/recu/3", "/catalogue/4/prix"] {
            assert!(private_page(p), "{p}");
        }
        for p in ["/catalogue", "/commande", "/creneaux", "/ateliers", "/messages", "/pkg/pot-commun.wasm"] {
            assert!(!private_page(p), "{p}");
        }
    }

    #[test]
    fn forwarded_headers_only_behind_a_proxy() {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert!(!Guard::new("http://x:3000", false, vec![1], 1).https(&h));
        assert!(Guard::new("http://x:3000", true, vec![1], 1).https(&h));
        assert!(Guard::new("https://x", false, vec![1], 1).https(&HeaderMap::new()));
    }
}
