//! Web push delivery: the server's VAPID keys, and the worker that drains
//! the outbox. Rows are written by `app::notifications::repo::notify_account`
//! in the same transaction as the event; here each row is leased (a
//! conditional update, so two server instances on one database never send
//! the same row), encrypted for the device (RFC 8291, aes128gcm), signed
//! (VAPID, RFC 8292), posted, and marked sent, retried later, or dropped
//! with its subscription when the push service says the device is gone.

use app::domain::push::{outcome, retry_after, short, Outcome};
use app::i18n::Lang;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sqlx::AnyPool;
use web_push::{ContentEncoding, SubscriptionInfo, VapidSignatureBuilder, WebPushMessageBuilder};

/// How long a worker holds a row it is sending before another may take it.
const LEASE_SECS: i64 = 60;
/// Rows one pass handles; the next pass takes the rest.
const BATCH: i64 = 100;
/// A lock-screen line: short.
const BODY_CHARS: usize = 180;

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

#[derive(Clone)]
pub struct VapidKeys {
    /// The raw P-256 private key, base64url.
    pub private: String,
    /// The uncompressed public point, base64url: what browsers are given.
    pub public: String,
}

/// The server's VAPID key pair, made at first start and kept in the
/// settings table. Two instances starting at once keep the first written.
pub async fn ensure_keys(pool: &AnyPool) -> Result<VapidKeys, PushError> {
    use app::accounts::repo::{keep_setting, setting};
    use app::accounts::Setting::{VapidPrivateKey, VapidPublicKey};
    if let (Some(private), Some(public)) = (setting(pool, VapidPrivateKey).await?, setting(pool, VapidPublicKey).await?) {
        return Ok(VapidKeys { private, public });
    }
    let secret = p256::SecretKey::random(&mut rand_core::OsRng);
    let private = URL_SAFE_NO_PAD.encode(secret.to_bytes());
    let public = URL_SAFE_NO_PAD.encode(secret.public_key().to_sec1_bytes());
    let mut tx = pool.begin().await?;
    for (k, v) in [(VapidPrivateKey, &private), (VapidPublicKey, &public)] {
        keep_setting(&mut tx, k, v).await?;
    }
    tx.commit().await?;
    tracing::info!("VAPID keys made for web push");
    Ok(VapidKeys {
        private: setting(pool, VapidPrivateKey).await?.unwrap_or(private),
        public: setting(pool, VapidPublicKey).await?.unwrap_or(public),
    })
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub gone: usize,
    pub retried: usize,
    pub failed: usize,
}

/// Resolves a push service's name to its public addresses only, at the
/// moment of connecting: a name that answered with a public address when
/// the device subscribed and with 10.0.0.5 now (DNS rebinding) is refused.
struct PublicOnly {
    allow_local: bool,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allow_local = self.allow_local;
        let host = name.as_str().to_string();
        Box::pin(async move {
            match app::notifications::outbound::resolve_public(&host, 0, allow_local).await {
                Ok(addrs) => Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs),
                Err(_) => Err(format!("{host} does not resolve to public addresses only").into()),
            }
        })
    }
}

/// What posts to push services: never follows a redirect (a push service
/// does not send one; anyone else could point it inside), resolves names
/// to public addresses only, and gives up after 20 s.
pub struct Sender {
    client: reqwest::Client,
    allow_local: bool,
}

impl Sender {
    /// `allow_local` admits the test push service on 127.0.0.1; production
    /// never sets it.
    pub fn new(allow_local: bool) -> Sender {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(std::sync::Arc::new(PublicOnly { allow_local }))
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .unwrap_or_default();
        Sender { client, allow_local }
    }
}

/// One leased row: the device to post to and the notice it tells. The kind
/// stays the stored text: `payload` sends an empty line for a kind this
/// build does not know.
#[derive(sqlx::FromRow)]
struct Message {
    attempts: i64,
    subscription_id: i64,
    endpoint: String,
    p256dh: String,
    auth: String,
    notification_id: i64,
    kind: String,
    params: String,
    url: String,
    /// The language of the device's owner: the message is worded in it now.
    lang: Option<String>,
}

/// One pass over the due rows. `worker` names this instance in the lease.
pub async fn drain(pool: &AnyPool, keys: &VapidKeys, contact: &str, worker: &str, sender: &Sender, now: i64) -> Result<Report, PushError> {
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM push_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_at <= $1 AND lease_until < $1 ORDER BY id LIMIT $2",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    let mut report = Report::default();
    for id in due {
        let leased = sqlx::query(
            "UPDATE push_outbox SET lease_until = $1, leased_by = $2 WHERE id = $3 AND sent_at IS NULL AND failed_at IS NULL AND lease_until < $4",
        )
        .bind(now + LEASE_SECS)
        .bind(worker)
        .bind(id)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
        if leased != 1 {
            continue; // another instance has it
        }
        let Some(m) = sqlx::query_as::<_, Message>(
            "SELECT o.attempts, s.id AS subscription_id, s.endpoint, s.p256dh, s.auth, n.id AS notification_id, n.kind, n.params, n.url, a.lang \
             FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id JOIN notifications n ON n.id = o.notification_id \
             JOIN accounts a ON a.id = s.account_id WHERE o.id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
        else {
            continue;
        };
        let (status, error) = match build(keys, contact, &m, sender.allow_local) {
            Ok(req) => send(&sender.client, req).await,
            Err(e) => (Some(400), e),
        };
        let attempts = m.attempts + 1;
        let mine = "AND leased_by = $2";
        match outcome(status) {
            Outcome::Delivered => {
                sqlx::query(&format!("UPDATE push_outbox SET sent_at = $1, attempts = $3 WHERE id = $4 {mine}"))
                    .bind(now)
                    .bind(worker)
                    .bind(attempts)
                    .bind(id)
                    .execute(pool)
                    .await?;
                report.sent += 1;
            }
            Outcome::Gone => {
                let sub = m.subscription_id;
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM push_outbox WHERE subscription_id = $1").bind(sub).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM push_subscriptions WHERE id = $1").bind(sub).execute(&mut *tx).await?;
                tx.commit().await?;
                tracing::info!(subscription = sub, "push subscription gone (404/410): device forgotten");
                report.gone += 1;
            }
            o => {
                let next = if o == Outcome::Retry { retry_after(attempts) } else { None };
                let (sql, at) = match next {
                    Some(wait) => ("UPDATE push_outbox SET attempts = $3, next_at = $1, lease_until = 0, last_error = $5 WHERE id = $4 ", now + wait),
                    None => ("UPDATE push_outbox SET attempts = $3, failed_at = $1, last_error = $5 WHERE id = $4 ", now),
                };
                sqlx::query(&format!("{sql}{mine}")).bind(at).bind(worker).bind(attempts).bind(id).bind(error).execute(pool).await?;
                if next.is_some() {
                    report.retried += 1;
                } else {
                    tracing::warn!(row = id, ?status, "push message given up");
                    report.failed += 1;
                }
            }
        }
    }
    Ok(report)
}

/// The message a device shows: the notice in its owner's words (their
/// language as it is when sent), and the page it opens.
pub fn payload(kind: &str, params: &str, url: &str, notification_id: i64, lang: Lang) -> String {
    app::i18n::in_lang(lang, || {
        let body = app::notifications::Kind::from_code(kind).map(|k| app::notifications::words(k, params)).unwrap_or_default();
        serde_json::json!({
            "title": app::i18n::t("push-title"),
            "body": short(&body, BODY_CHARS),
            "url": url,
            "tag": format!("n{notification_id}"),
            "lang": lang.code(),
            "dir": lang.dir(),
        })
        .to_string()
    })
}

fn build(keys: &VapidKeys, contact: &str, m: &Message, allow_local: bool) -> Result<http::Request<Vec<u8>>, String> {
    let (endpoint, p256dh, auth) = (m.endpoint.clone(), m.p256dh.clone(), m.auth.clone());
    // Checked again at each send: a row stored before this rule, or an
    // address literal the resolver would never see.
    app::domain::security::push_target(&endpoint, allow_local).map_err(|_| "endpoint refused: not a public https push service".to_string())?;
    let lang = m.lang.as_deref().and_then(Lang::from_code).unwrap_or_default();
    let body = payload(&m.kind, &m.params, &m.url, m.notification_id, lang);
    // The audience is the push service's origin. The crate leaves out a
    // non-default port, which a service on such a port would refuse.
    let uri: http::Uri = endpoint.parse().map_err(|e: http::uri::InvalidUri| e.to_string())?;
    let origin = match (uri.scheme_str(), uri.authority()) {
        (Some(scheme), Some(authority)) => format!("{scheme}://{authority}"),
        _ => return Err("endpoint without an origin".into()),
    };
    let info = SubscriptionInfo::new(endpoint, p256dh, auth);
    let mut sig = VapidSignatureBuilder::from_base64(&keys.private, &info).map_err(|e| e.to_string())?;
    sig.add_claim("sub", contact);
    sig.add_claim("aud", origin.as_str());
    let mut msg = WebPushMessageBuilder::new(&info);
    msg.set_payload(ContentEncoding::Aes128Gcm, body.as_bytes());
    // A day: "closes tomorrow" is worthless the day after.
    msg.set_ttl(86_400);
    msg.set_vapid_signature(sig.build().map_err(|e| e.to_string())?);
    Ok(web_push::request_builder::build_request::<Vec<u8>>(msg.build().map_err(|e| e.to_string())?))
}

async fn send(client: &reqwest::Client, req: http::Request<Vec<u8>>) -> (Option<u16>, String) {
    let (parts, body) = req.into_parts();
    let mut r = client.post(parts.uri.to_string()).body(body);
    for (k, v) in parts.headers.iter() {
        if let Ok(v) = v.to_str() {
            r = r.header(k.as_str(), v);
        }
    }
    match r.send().await {
        Ok(res) => {
            let status = res.status().as_u16();
            let text = res.text().await.unwrap_or_default();
            (Some(status), text.chars().take(300).collect())
        }
        Err(e) => (None, e.to_string()),
    }
}

/// Drains the outbox every `every`, for the life of the server.
pub fn spawn(pool: AnyPool, keys: VapidKeys, contact: String, every: std::time::Duration, allow_local: bool) -> tokio::task::JoinHandle<()> {
    // Names this instance in its leases: the process id and a random part,
    // so two instances on two machines never share a name.
    let random = URL_SAFE_NO_PAD.encode(p256::SecretKey::random(&mut rand_core::OsRng).to_bytes());
    let worker = format!("{}-{}", std::process::id(), &random[..8]);
    tokio::spawn(async move {
        let sender = Sender::new(allow_local);
        loop {
            match drain(&pool, &keys, &contact, &worker, &sender, app::state::now()).await {
                Ok(r) if r != Report::default() => tracing::info!(?r, "push outbox drained"),
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "push pass failed; trying again at the next one"),
            }
            tokio::time::sleep(every).await;
        }
    })
}
