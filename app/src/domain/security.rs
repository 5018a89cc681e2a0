//! Rules that keep an app on the open internet safe: where a login may send
//! the browser next, which requests come from our own pages, which push
//! addresses the server may call, how fast a password may be guessed, how
//! long an unused session lives, and what a spreadsheet cell may start
//! with. Plain functions, no HTTP or SQL, so each rule is tested at its
//! edges.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

// ---- where to go after login ------------------------------------------------

/// Where the browser goes after a login: one of the app's own pages, with
/// at most a plain query, else the catalogue. Everything else — another
/// host (`//evil.example`, `/\t/evil.example` which browsers read as
/// `//evil.example`), a control character that would break the header —
/// falls back.
pub fn safe_next(next: Option<&str>) -> String {
    own_page(next, |p| p.after_login)
}

/// Where the browser goes back after choosing a language: the page it
/// came from, the login page included, with its query and a plain
/// `#fragment`; by the same rules, else the catalogue.
pub fn safe_back(next: Option<&str>) -> String {
    own_page(next, |_| true)
}

fn own_page(next: Option<&str>, allowed: impl Fn(&crate::routes::Page) -> bool) -> String {
    const HOME: &str = crate::routes::CATALOGUE;
    // Nothing that could break the Location header or read as another host.
    let Some(next) = next.filter(|n| n.len() <= 300 && n.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')) else {
        return HOME.into();
    };
    let (before, fragment) = match next.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (next, None),
    };
    let (path, query) = match before.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (before, None),
    };
    let query_ok = query.is_none_or(|q| q.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.=&%+".contains(&b)));
    let fragment_ok = fragment.is_none_or(|f| !f.is_empty() && f.len() <= 40 && f.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b)));
    if query_ok && fragment_ok && crate::routes::PAGES.iter().any(|p| allowed(p) && crate::routes::matches(p.pattern, path)) {
        next.to_string()
    } else {
        HOME.into()
    }
}

/// The path and query of an address (`http://host/catalogue?q=miel` →
/// `/catalogue?q=miel`); a path is itself. Whether it may be followed is
/// `safe_next`'s to say.
/// Percent-encodes a query value (RFC 3986 unreserved bytes stay), so a
/// `next` page with its own query survives inside another address.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn path_of(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => url,
    }
}

// ---- requests from our own pages ----------------------------------------------

/// `scheme://host[:port]` of a URL, lower-cased, without a default port;
/// `None` when it is not an http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    if authority.is_empty() || authority.contains('@') || authority.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
        return None;
    }
    let authority = match (scheme.as_str(), authority.rsplit_once(':')) {
        ("http", Some((host, "80"))) | ("https", Some((host, "443"))) => host.to_string(),
        _ => authority,
    };
    Some(format!("{scheme}://{authority}"))
}

/// What a state-changing request says of where it comes from.
#[derive(Debug, Default, Clone)]
pub struct RequestSource<'a> {
    pub origin: Option<&'a str>,
    pub sec_fetch_site: Option<&'a str>,
    pub referer: Option<&'a str>,
    /// The `Host` the browser addressed (or `X-Forwarded-Host` behind a
    /// trusted proxy).
    pub host: Option<&'a str>,
}

/// Whether a request that changes something comes from the app's own
/// pages. `Origin` decides when a browser sent it (every browser does on a
/// POST); else `Sec-Fetch-Site`; else `Referer`. A request with none of
/// them comes from a program, not a browser page, and carries no cookie a
/// browser attached on its own: it is let through.
pub fn same_origin(src: &RequestSource, public_origin: &str) -> bool {
    let ours = |origin: &str| -> bool {
        if origin == public_origin {
            return true;
        }
        // The address the browser used: another port of the same host or a
        // sibling subdomain has another authority.
        let authority = origin.split_once("://").map(|(_, a)| a).unwrap_or_default();
        src.host.is_some_and(|h| {
            let h = h.trim().to_ascii_lowercase();
            let h = h.strip_suffix(":80").or_else(|| h.strip_suffix(":443")).unwrap_or(&h);
            h == authority
        })
    };
    if let Some(origin) = src.origin {
        return origin_of(origin).is_some_and(|o| ours(&o));
    }
    if let Some(site) = src.sec_fetch_site {
        return matches!(site.trim(), "same-origin" | "none");
    }
    if let Some(referer) = src.referer {
        return origin_of(referer).is_some_and(|o| ours(&o));
    }
    true
}

// ---- addresses the server may call (web push) ----------------------------------

/// Whether an address is on the public internet: not loopback, private,
/// link-local, shared (CGNAT), multicast, documentation, benchmarking or
/// reserved space, in IPv4 or IPv6 (with IPv4 inside IPv6 checked as IPv4).
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    // NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return is_public_v4(Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // unique local
        || (s[0] & 0xffc0) == 0xfe80 // link-local
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] == 0x2001 && s[1] == 0) // Teredo
        || s[0] == 0x2002 // 6to4: an IPv4 address of any kind inside
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0]) // discard-only
        || s[0..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible (deprecated)
}

/// A push endpoint the server may post to, once its host resolves to
/// public addresses only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushTarget {
    pub host: String,
    pub port: u16,
}

/// Checks the shape of a push service's address: `https`, a DNS name (no
/// IP literal, no user name before an `@`), a port, no whitespace.
/// `allow_local` admits `http://127.0.0.1:PORT` and `http://localhost:PORT`
/// for the test push service only — a setting production never has.
pub fn push_target(endpoint: &str, allow_local: bool) -> Result<PushTarget, &'static str> {
    const BAD: &str = "error-push_subscription";
    if endpoint.len() > 1_000 || endpoint.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control() || b == b'\\') {
        return Err(BAD);
    }
    let (scheme, rest) = endpoint.split_once("://").ok_or(BAD)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains('@') {
        return Err(BAD);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (h, Some(p.parse::<u16>().map_err(|_| BAD)?)),
        _ => (authority, None),
    };
    let host = host.to_ascii_lowercase();
    let local = host == "127.0.0.1" || host == "localhost";
    match scheme {
        "https" => {}
        "http" if allow_local && local => {}
        _ => return Err(BAD),
    }
    let literal = host.starts_with('[') || host.parse::<IpAddr>().is_ok() || host.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if literal && !(allow_local && local) {
        return Err(BAD);
    }
    let name_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|l| !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    if !name_ok {
        return Err(BAD);
    }
    if !allow_local && (host == "localhost" || host.ends_with(".localhost") || host.ends_with(".local") || host.ends_with(".internal")) {
        return Err(BAD);
    }
    Ok(PushTarget { host, port: port.unwrap_or(if scheme == "https" { 443 } else { 80 }) })
}

/// Devices one account may have receiving its notices.
pub const MAX_PUSH_DEVICES: i64 = 10;

// ---- password guessing -----------------------------------------------------------

/// Wrong passwords allowed in a row, for one account from one address,
/// before each further try has to wait.
pub const FREE_TRIES: i64 = 5;
/// The longest wait between two tries.
pub const MAX_WAIT_SECS: i64 = 15 * 60;
/// Failures older than this are forgotten.
pub const FORGET_AFTER_SECS: i64 = 24 * 3_600;

/// Seconds to wait before the next try, after `failures` wrong ones in a
/// row: nothing for the first few (a typo, a forgotten capital), then
/// 30 s, 1 min, 2 min… up to a quarter of an hour. It slows a guesser to
/// about a hundred tries a day and never locks anyone out for good.
pub fn wait_after(failures: i64) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(20);
    (30_i64 << doublings).min(MAX_WAIT_SECS)
}

/// Failures still counted at `now` for a counter last touched at `updated_at`.
pub fn live_failures(failures: i64, updated_at: i64, now: i64) -> i64 {
    if now - updated_at > FORGET_AFTER_SECS { 0 } else { failures.max(0) }
}

// ---- sessions ---------------------------------------------------------------------

/// Every `name=value` pair of a request's `Cookie` headers, in order: each
/// reader (the session, the ballot receipt, the language) picks its own.
pub fn cookie_pairs<'a>(headers: impl IntoIterator<Item = &'a str>) -> impl Iterator<Item = (&'a str, &'a str)> {
    headers.into_iter().flat_map(|h| h.split(';')).filter_map(|pair| pair.trim().split_once('='))
}

/// A session unused this long ends. Members order once a month, so theirs
/// outlives a cycle; the coordination's (households, tiers, money) ends
/// after half a day on a laptop left open.
pub fn idle_limit_secs(staff: bool) -> i64 {
    if staff { 12 * 3_600 } else { 35 * 86_400 }
}

/// Whether a session last used at `last_seen` is still alive at `now`.
pub fn session_alive(staff: bool, last_seen: i64, now: i64) -> bool {
    now - last_seen <= idle_limit_secs(staff)
}

/// How often a session's "last used" is written: not on every request.
pub const TOUCH_EVERY_SECS: i64 = 300;

// ---- spreadsheet cells ---------------------------------------------------------------

/// A cell as a spreadsheet will read it as text: a value starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
/// (product names can come from members through a proposal), so it gets a
/// leading apostrophe, which spreadsheets hide.
pub fn neutral_cell(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '|' | '%') => std::borrow::Cow::Owned(format!("'{value}")),
        _ => std::borrow::Cow::Borrowed(value),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_after_choosing_a_language_to_any_own_page() {
        assert_eq!(super::safe_back(Some("/connexion?next=%2Fcreneaux")), "/connexion?next=%2Fcreneaux");
        assert_eq!(super::safe_back(Some("/profil#langue")), "/profil#langue");
        assert_eq!(super::safe_next(Some("/connexion")), "/catalogue", "never back to login after login");
        assert_eq!(super::safe_back(Some("/invitation/abc123")), "/invitation/abc123");
        for bad in ["https://evil.example/", "//evil.example", "/profil#<x>", "/profil#", "/nulle-part", "/invitation/a\r\nSet-Cookie:x", "/invitation/a b", "/invitation/\\evil"] {
            assert_eq!(super::safe_back(Some(bad)), "/catalogue", "{bad}");
        }
    }


    #[test]
    fn a_next_page_keeps_its_query_inside_another_address() {
        assert_eq!(encode_component("/commande?repris=2&x=é"), "%2Fcommande%3Frepris%3D2%26x%3D%C3%A9");
        assert_eq!(encode_component("/creneaux"), "%2Fcreneaux");
        // What the login page's language buttons post comes back whole.
        let back = format!("/connexion?next={}", encode_component("/commande?repris=2"));
        assert_eq!(super::safe_back(Some(&back)), back);
    }

    use super::*;

    #[test]
    fn the_path_of_an_address() {
        assert_eq!(path_of("http://127.0.0.1:3000/catalogue?q=miel&page=2"), "/catalogue?q=miel&page=2");
        assert_eq!(path_of("https://pot.example"), "/");
        assert_eq!(path_of("/commande"), "/commande");
        // Whatever the host, only the path is kept, and safe_next judges it.
        assert_eq!(safe_next(Some(path_of("https://evil.example/catalogue"))), "/catalogue");
        assert_eq!(safe_next(Some(path_of("https://evil.example//evil.example"))), "/catalogue");
    }

    #[test]
    fn login_leads_only_to_our_own_pages() {
        for ok in ["/catalogue", "/commande", "/propositions/12", "/coordination/cycles/3/bilan", "/profil?ok=1", "/"] {
            assert_eq!(safe_next(Some(ok)), ok, "{ok}");
        }
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "https://evil.example/catalogue",
            "/catalogue\r\nSet-Cookie: x=1",
            "/catalogue?x=<script>",
            "/propositions/abc",
            "/connexion",
            "/invitation/abc",
            "/api/logout",
            "/catalogue/../admin",
            "",
            "catalogue",
        ] {
            assert_eq!(safe_next(Some(bad)), "/catalogue", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/catalogue");
        assert_eq!(safe_next(Some(&format!("/catalogue?q={}", "a".repeat(400)))), "/catalogue");
    }

    #[test]
    fn origins_are_compared_whole() {
        assert_eq!(origin_of("https://Pot.Example:443/x?y").as_deref(), Some("https://pot.example"));
        assert_eq!(origin_of("http://127.0.0.1:3000").as_deref(), Some("http://127.0.0.1:3000"));
        assert_eq!(origin_of("null"), None);
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("http://a@b.example/"), None);
    }

    #[test]
    fn only_our_own_pages_change_things() {
        let public = "https://pot.example";
        let host = Some("pot.example");
        let src = |origin, site, referer| RequestSource { origin, sec_fetch_site: site, referer, host };
        assert!(same_origin(&src(Some("https://pot.example"), None, None), public));
        assert!(same_origin(&src(None, Some("same-origin"), None), public));
        assert!(same_origin(&src(None, None, Some("https://pot.example/commande")), public));
        assert!(same_origin(&src(None, None, None), public), "a program, not a browser page");
        assert!(!same_origin(&src(Some("https://evil.example"), None, None), public));
        assert!(!same_origin(&src(Some("https://sub.pot.example"), None, None), public), "a sibling subdomain");
        assert!(!same_origin(&src(Some("https://pot.example:8443"), None, None), public), "another port");
        assert!(!same_origin(&src(Some("null"), None, None), public), "a sandboxed frame or a data: page");
        assert!(!same_origin(&src(None, Some("same-site"), None), public));
        assert!(!same_origin(&src(None, Some("cross-site"), None), public));
        assert!(!same_origin(&src(None, None, Some("https://evil.example/")), public));
        // Origin wins over a friendly Referer.
        assert!(!same_origin(&src(Some("https://evil.example"), Some("same-origin"), Some("https://pot.example/")), public));
        // Served on a local address while PUBLIC_URL says otherwise: the Host decides.
        let local = RequestSource { origin: Some("http://127.0.0.1:3000"), host: Some("127.0.0.1:3000"), ..Default::default() };
        assert!(same_origin(&local, public));
        let other_port = RequestSource { origin: Some("http://127.0.0.1:4000"), host: Some("127.0.0.1:3000"), ..Default::default() };
        assert!(!same_origin(&other_port, public));
    }

    #[test]
    fn only_public_addresses_are_called() {
        for private in [
            "127.0.0.1", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "255.255.255.255",
            "224.0.0.1", "198.18.0.1", "240.0.0.1", "192.0.0.8", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "64:ff9b::a00:1", "2001:db8::1", "2002:a00:1::", "ff02::1",
        ] {
            assert!(!is_public_ip(private.parse().unwrap()), "{private}");
        }
        for public in ["142.250.74.46", "8.8.8.8", "2a00:1450:4007:80e::200a", "::ffff:8.8.8.8", "64:ff9b::808:808"] {
            assert!(is_public_ip(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn push_addresses_are_https_names() {
        let t = push_target("https://fcm.googleapis.com/fcm/send/abc", false).unwrap();
        assert_eq!((t.host.as_str(), t.port), ("fcm.googleapis.com", 443));
        assert_eq!(push_target("https://updates.push.services.mozilla.com:8443/wpush/v2/x", false).unwrap().port, 8443);
        for bad in [
            "http://localhost:@10.0.0.5:8080/x",
            "http://127.0.0.1:4000/push",
            "http://localhost:4000/push",
            "https://10.0.0.5/x",
            "https://[::1]/x",
            "https://169.254.169.254/latest",
            "https://2130706433/x",
            "https://user@fcm.googleapis.com/x",
            "https://localhost/x",
            "https://db.internal/x",
            "http://push.example.com/x",
            "javascript:alert(1)",
            "https://a b/x",
            "https://evil.example\\@fcm.googleapis.com/",
            "https://fcm.googleapis.com:99999/x",
            "",
        ] {
            assert!(push_target(bad, false).is_err(), "{bad}");
        }
        // The test push service, only when the setting allows it.
        assert!(push_target("http://127.0.0.1:4000/push/1", true).is_ok());
        assert!(push_target("http://localhost:@10.0.0.5:8080/x", true).is_err());
        assert!(push_target("http://10.0.0.5:8080/x", true).is_err());
    }

    #[test]
    fn guessing_slows_down_but_never_locks_out() {
        assert_eq!((0..FREE_TRIES).map(wait_after).sum::<i64>(), 0, "a few typos cost nothing");
        assert_eq!(wait_after(FREE_TRIES), 30);
        assert_eq!(wait_after(FREE_TRIES + 1), 60);
        let waits: Vec<i64> = (FREE_TRIES..FREE_TRIES + 15).map(wait_after).collect();
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(wait_after(1_000), MAX_WAIT_SECS, "a quarter of an hour at most, never more");
        assert_eq!(live_failures(7, 0, FORGET_AFTER_SECS + 1), 0);
        assert_eq!(live_failures(7, 0, FORGET_AFTER_SECS), 7);
    }

    #[test]
    fn idle_sessions_end() {
        assert!(session_alive(false, 0, 30 * 86_400), "a member back for next month's cycle");
        assert!(!session_alive(false, 0, 36 * 86_400));
        assert!(session_alive(true, 0, 12 * 3_600));
        assert!(!session_alive(true, 0, 12 * 3_600 + 1), "a coordinator's laptop left open overnight");
    }

    #[test]
    fn cells_never_run_as_formulas() {
        for f in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutral_cell(f).starts_with('\''), "{f:?}");
        }
        assert_eq!(neutral_cell("Miel de châtaignier"), "Miel de châtaignier");
        assert_eq!(neutral_cell(""), "");
    }
}
