//! Web push end to end on this machine: a test push service (a local HTTP
//! server standing in for the browser vendor's) receives what the outbox
//! worker sends to a subscription whose keys the test made; the test
//! decrypts each payload (RFC 8291, aes128gcm) and checks the VAPID
//! signature (RFC 8292). Gone devices are forgotten, failures retried with
//! back-off, and two server instances deliver each message once.

use app::notifications::Raw;
use aes_gcm::aead::{Aead, KeyInit};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use crate::common::{text, TestApp};
use p256::ecdsa::signature::Verifier;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const CLAIRE: &str = "claire@potcommun.fr";
const CONTACT: &str = "mailto:contact@potcommun.fr";

#[derive(Clone, Debug)]
struct Received {
    path: String,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

/// The stand-in push service: records every POST and answers with the
/// statuses queued for its path (201 once the queue is empty).
#[derive(Clone, Default)]
struct PushService {
    base: String,
    received: Arc<Mutex<Vec<Received>>>,
    answers: Arc<Mutex<HashMap<String, VecDeque<u16>>>>,
}

impl PushService {
    async fn start() -> PushService {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut service = PushService { base: format!("http://{}", listener.local_addr().unwrap()), ..Default::default() };
        let s = service.clone();
        let router = axum::Router::new().fallback(move |uri: axum::http::Uri, headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let s = s.clone();
            async move {
                let path = uri.path().to_string();
                let headers = headers.iter().map(|(k, v)| (k.as_str().to_lowercase(), v.to_str().unwrap_or_default().to_string())).collect();
                s.received.lock().unwrap().push(Received { path: path.clone(), headers, body: body.to_vec() });
                let status = s.answers.lock().unwrap().get_mut(&path).and_then(VecDeque::pop_front).unwrap_or(201);
                // A redirect points elsewhere on this service: the worker must not follow.
                let mut h = axum::http::HeaderMap::new();
                if (300..400).contains(&status) {
                    h.insert("location", format!("{}/push/redirected", s.base).parse().unwrap());
                }
                (axum::http::StatusCode::from_u16(status).unwrap(), h)
            }
        });
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        service.base = service.base.clone();
        service
    }

    fn answer(&self, path: &str, statuses: &[u16]) {
        self.answers.lock().unwrap().insert(path.to_string(), statuses.iter().copied().collect());
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

/// A browser's side of a subscription: its own P-256 key pair and
/// authentication secret, made by the test.
struct Device {
    secret: p256::SecretKey,
    auth: [u8; 16],
    endpoint: String,
}

impl Device {
    fn new(service: &PushService, name: &str) -> Device {
        let mut auth = [0u8; 16];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut auth);
        Device { secret: p256::SecretKey::random(&mut rand_core::OsRng), auth, endpoint: format!("{}/push/{name}", service.base) }
    }

    fn public(&self) -> Vec<u8> {
        self.secret.public_key().to_sec1_bytes().to_vec()
    }

    async fn subscribe(&self, app: &TestApp, who: &reqwest::Client) -> (u16, String) {
        let (key, auth) = (B64.encode(self.public()), B64.encode(self.auth));
        app.call(who, "subscribe_push", &[("endpoint", &self.endpoint), ("p256dh", &key), ("auth", &auth), ("device", "Android · Chrome")]).await
    }

    /// RFC 8291: the record header gives the salt and the server's
    /// one-time public key; the shared secret and our auth secret give the
    /// content key and nonce.
    fn decrypt(&self, body: &[u8]) -> serde_json::Value {
        use hkdf::Hkdf;
        use sha2::Sha256;
        let salt = &body[..16];
        let record_size = u32::from_be_bytes(body[16..20].try_into().unwrap());
        assert!(record_size >= 18, "record size {record_size}");
        let id_len = body[20] as usize;
        assert_eq!(id_len, 65, "keyid is the server's uncompressed P-256 key");
        let server_public = &body[21..21 + id_len];
        let ciphertext = &body[21 + id_len..];
        let server_key = p256::PublicKey::from_sec1_bytes(server_public).unwrap();
        let shared = p256::ecdh::diffie_hellman(self.secret.to_nonzero_scalar(), server_key.as_affine());
        let mut key_info = b"WebPush: info\0".to_vec();
        key_info.extend_from_slice(&self.public());
        key_info.extend_from_slice(server_public);
        let mut ikm = [0u8; 32];
        Hkdf::<Sha256>::new(Some(&self.auth), shared.raw_secret_bytes()).expand(&key_info, &mut ikm).unwrap();
        let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
        let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
        prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek).unwrap();
        prk.expand(b"Content-Encoding: nonce\0", &mut nonce).unwrap();
        let plain = aes_gcm::Aes128Gcm::new_from_slice(&cek).unwrap().decrypt(aes_gcm::Nonce::from_slice(&nonce), ciphertext).expect("the payload decrypts");
        // One record: the text, then the last-record delimiter 2, then zeros.
        let end = plain.iter().rposition(|b| *b != 0).unwrap();
        assert_eq!(plain[end], 2, "last-record delimiter");
        serde_json::from_slice(&plain[..end]).unwrap()
    }
}

/// RFC 8292: `vapid t=<JWT>, k=<public key>`; the JWT is signed ES256 by
/// that key, for the push service's origin, not for long, with a contact.
fn check_vapid(r: &Received, server_key: &str, audience: &str, now: i64) {
    let header = r.headers.get("authorization").expect("VAPID authorization header");
    let rest = header.strip_prefix("vapid t=").unwrap_or_else(|| panic!("{header}"));
    let (jwt, k) = rest.split_once(", k=").unwrap();
    assert_eq!(k, server_key, "signed with the key the browsers were given");
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3);
    let head: serde_json::Value = serde_json::from_slice(&B64.decode(parts[0]).unwrap()).unwrap();
    assert_eq!(head["alg"], "ES256");
    let claims: serde_json::Value = serde_json::from_slice(&B64.decode(parts[1]).unwrap()).unwrap();
    assert_eq!(claims["aud"], audience);
    assert_eq!(claims["sub"], CONTACT);
    let exp = claims["exp"].as_i64().unwrap();
    let wall = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!(exp > wall && exp <= wall.max(now) + 24 * 3600, "exp {exp}");
    let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&B64.decode(k).unwrap()).unwrap();
    let sig = p256::ecdsa::Signature::from_slice(&B64.decode(parts[2]).unwrap()).unwrap();
    key.verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig).expect("the VAPID signature verifies");
}

async fn keys(app: &TestApp) -> server::push::VapidKeys {
    server::push::ensure_keys(&app.pool).await.unwrap()
}

async fn drain(app: &TestApp, worker: &str, now: i64) -> server::push::Report {
    server::push::drain(&app.pool, &keys(app).await, CONTACT, worker, &server::push::Sender::new(true), now).await.unwrap()
}

/// A real event that tells Awa something: her workshop is approved.
async fn approved_workshop(app: &TestApp, awa: &reqwest::Client, coord: &reqwest::Client, title: &str) {
    let day = app::cycles::time::to_input(app::state::now() + 3 * 86_400);
    let day = day.split('T').next().unwrap();
    let form = [("title", title), ("description", "On cuisine."), ("cohosts", ""), ("day", day), ("start", "10:00"), ("end", "12:00"), ("place", "Centre social"), ("places", "6"), ("price_note", ""), ("bring", ""), ("languages", ""), ("photo_url", "")];
    let (s, body) = app.call(awa, "propose_workshop", &form).await;
    assert_eq!(s, 200, "{body}");
    let id = app.count(&format!("SELECT id FROM workshops WHERE title = '{title}'")).await.to_string();
    let (s, body) = app.call(coord, "decide_workshop", &[("workshop_id", &id), ("decision", "approve"), ("reason", "")]).await;
    assert_eq!(s, 200, "{body}");
}

per_engine! {
    async fn a_notice_reaches_the_device_encrypted_and_signed_once(engine) {
        let app = TestApp::spawn_with(engine, |c| c.allow_local_push = true).await;
        let service = PushService::start().await;
        let (awa, nadia, coord) = (app.login(AWA).await, app.login(NADIA).await, app.login(CLAIRE).await);
        let phone = Device::new(&service, "awa-phone");

        // The browser is given the server's public key, made at first start.
        let (s, body) = app.call(&awa, "push_settings", &[]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let settings: serde_json::Value = serde_json::from_str(&body).unwrap();
        let public_key = settings["public_key"].as_str().unwrap().to_string();
        assert_eq!(B64.decode(&public_key).unwrap().len(), 65, "{engine}");
        assert_eq!(keys(&app).await.public, public_key, "{engine}: kept, not made again");

        // Bad subscriptions are refused and store nothing; members only.
        let good_key = B64.encode(phone.public());
        let good_auth = B64.encode(phone.auth);
        for (endpoint, key, auth) in [
            ("http://push.example.com/x", good_key.as_str(), good_auth.as_str()),
            (phone.endpoint.as_str(), "pas-une-cle", good_auth.as_str()),
            (phone.endpoint.as_str(), good_key.as_str(), "court"),
        ] {
            let (s, body) = app.call(&awa, "subscribe_push", &[("endpoint", endpoint), ("p256dh", key), ("auth", auth), ("device", "x")]).await;
            assert_eq!((s, body.contains("error-push_subscription")), (400, true), "{engine}: {body}");
        }
        assert_eq!(phone.subscribe(&app, &app.client()).await.0, 401);
        assert_eq!(app.count("SELECT COUNT(*) FROM push_subscriptions").await, 0, "{engine}");

        assert_eq!(phone.subscribe(&app, &awa).await.0, 200);
        let (_, html) = app.get(&awa, "/profil").await;
        assert!(text(&html).contains("Android · Chrome"), "{engine}: the device is listed");

        // An event tells Awa: the notice and its outbox row in one go.
        approved_workshop(&app, &awa, &coord, "Confitures d’automne").await;
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox").await, 1, "{engine}");
        let now = app::state::now();
        let report = drain(&app, "instance-a", now).await;
        assert_eq!((report.sent, report.retried, report.gone), (1, 0, 0), "{engine}");
        let got = service.received();
        assert_eq!(got.len(), 1, "{engine}");
        let r = &got[0];
        assert_eq!(r.path, "/push/awa-phone");
        assert_eq!(r.headers.get("content-encoding").map(String::as_str), Some("aes128gcm"));
        assert_eq!(r.headers.get("ttl").map(String::as_str), Some("86400"));
        let message = phone.decrypt(&r.body);
        assert_eq!(message["title"], "Pot Commun", "{engine}");
        let body = message["body"].as_str().unwrap();
        assert!(body.contains("Confitures d’automne") && body.contains("est publié"), "{engine}: {body}");
        assert!(body.chars().count() <= 180, "{engine}: short");
        assert_eq!(message["url"], "/ateliers#mes-propositions", "{engine}: opens the right page");
        check_vapid(r, &public_key, &service.base, now);

        // Sent once: later passes send nothing more.
        assert_eq!(drain(&app, "instance-a", now + 600).await, server::push::Report::default(), "{engine}");
        assert_eq!(service.received().len(), 1);

        // Awa turns this kind off: the notice is still in her messages,
        // nothing goes to the phone.
        let (s, body) = app.call(&awa, "set_push_choice", &[("choice", "push-kind_workshop_decided"), ("wanted", "no")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.call(&awa, "set_push_choice", &[("choice", "push.kind_everything"), ("wanted", "no")]).await.0, 400);
        assert_eq!(app.call(&awa, "set_push_choice", &[("choice", "push-kind_shift_short"), ("wanted", "no")]).await.0, 400, "{engine}: a coordinators' kind");
        approved_workshop(&app, &awa, &coord, "Pain au levain").await;
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox").await, 1, "{engine}");
        let awa_id = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE account_id = {awa_id} AND kind = 'workshop_approved'")).await, 2, "{engine}");

        // Only Awa removes her device.
        let device = app.count("SELECT id FROM push_subscriptions").await.to_string();
        assert_eq!(app.call(&nadia, "remove_push_device", &[("device_id", &device)]).await.0, 404, "{engine}");
        assert_eq!(app.call(&awa, "remove_push_device", &[("device_id", &device)]).await.0, 200);
        assert_eq!(app.count("SELECT COUNT(*) FROM push_subscriptions").await, 0, "{engine}");
    }
}

per_engine! {
    async fn gone_devices_are_forgotten_and_failures_are_retried_later(engine) {
        let app = TestApp::spawn_with(engine, |c| c.allow_local_push = true).await;
        let service = PushService::start().await;
        let (awa, coord) = (app.login(AWA).await, app.login(CLAIRE).await);
        let (old, flaky) = (Device::new(&service, "old-tablet"), Device::new(&service, "flaky-phone"));
        // A service that is not there at all.
        let unreachable = Device { endpoint: "http://127.0.0.1:9/push/nowhere".into(), ..Device::new(&service, "x") };
        for d in [&old, &flaky, &unreachable] {
            assert_eq!(d.subscribe(&app, &awa).await.0, 200);
        }
        service.answer("/push/old-tablet", &[410]);
        service.answer("/push/flaky-phone", &[503]);
        approved_workshop(&app, &awa, &coord, "Couture").await;
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox").await, 3, "{engine}");

        let now = app::state::now();
        let r = drain(&app, "a", now).await;
        assert_eq!((r.sent, r.gone, r.retried), (0, 1, 2), "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM push_subscriptions").await, 2, "{engine}: the gone device is forgotten");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM push_subscriptions WHERE endpoint = '{}'", old.endpoint)).await, 0);
        assert_eq!(app.count("SELECT MIN(next_at) FROM push_outbox WHERE sent_at IS NULL").await, now + 30, "{engine}: first retry in 30 s");
        // Not before its time.
        assert_eq!(drain(&app, "a", now + 10).await, server::push::Report::default(), "{engine}");
        let r = drain(&app, "a", now + 31).await;
        assert_eq!((r.sent, r.retried), (1, 1), "{engine}: the flaky phone gets it on the second try");
        let last = service.received().into_iter().rfind(|r| r.path == "/push/flaky-phone").unwrap();
        assert!(flaky.decrypt(&last.body)["body"].as_str().unwrap().contains("Couture"));
        assert_eq!(app.count("SELECT attempts FROM push_outbox WHERE sent_at IS NOT NULL").await, 2, "{engine}");
        // The unreachable one backs off, then is given up; the notice stays
        // in the member's messages.
        let mut at = now + 31;
        for wait in [120, 600, 3_600, 6 * 3_600] {
            at += wait;
            drain(&app, "a", at).await;
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox WHERE failed_at IS NOT NULL").await, 1, "{engine}: given up after 6 tries");
        assert_eq!(app.count("SELECT attempts FROM push_outbox WHERE failed_at IS NOT NULL").await, 6, "{engine}");
        assert_eq!(drain(&app, "a", at + 86_400).await, server::push::Report::default(), "{engine}");
    }
}

per_engine! {
    async fn two_server_instances_deliver_each_message_once(engine) {
        let app = TestApp::spawn_with(engine, |c| c.allow_local_push = true).await;
        let service = PushService::start().await;
        let awa = app.login(AWA).await;
        let phone = Device::new(&service, "awa-phone");
        assert_eq!(phone.subscribe(&app, &awa).await.0, 200);
        let awa_id = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        let now = app::state::now();
        for i in 0..40 {
            let mut tx = app.pool.begin().await.unwrap();
            let params = [("workshop", Raw::Text(format!("Atelier {i}"))), ("when", Raw::Moment(now + 86_400)), ("message", Raw::Text("Annulé.".into()))];
            app::notifications::repo::notify_account(&mut tx, awa_id, app::notifications::Kind::WorkshopCancelled, &params, "/ateliers", None, now).await.unwrap();
            tx.commit().await.unwrap();
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox").await, 40, "{engine}");
        // Two instances drain the same database at the same moment.
        let (pool_a, pool_b) = (app.pool.clone(), app.pool.clone());
        let keys = keys(&app).await;
        let (ka, kb) = (keys.clone(), keys.clone());
        let a = tokio::spawn(async move { server::push::drain(&pool_a, &ka, CONTACT, "instance-a", &server::push::Sender::new(true), now).await.unwrap() });
        let b = tokio::spawn(async move { server::push::drain(&pool_b, &kb, CONTACT, "instance-b", &server::push::Sender::new(true), now).await.unwrap() });
        let (ra, rb) = (a.await.unwrap(), b.await.unwrap());
        assert_eq!(ra.sent + rb.sent, 40, "{engine}: {ra:?} {rb:?}");
        let got = service.received();
        assert_eq!(got.len(), 40, "{engine}: each message posted once");
        let mut tags: Vec<String> = got.iter().map(|r| phone.decrypt(&r.body)["tag"].as_str().unwrap().to_string()).collect();
        tags.sort();
        tags.dedup();
        assert_eq!(tags.len(), 40, "{engine}: forty different messages");
        assert_eq!(app.count("SELECT COUNT(*) FROM push_outbox WHERE sent_at IS NOT NULL").await, 40);
    }
}

per_engine! {
    async fn the_server_calls_no_address_a_member_made_up(engine) {
        // As in production: no test push service allowed.
        let app = TestApp::spawn(engine).await;
        let awa = app.login(AWA).await;
        let key = B64.encode(p256::SecretKey::random(&mut rand_core::OsRng).public_key().to_sec1_bytes());
        let auth = B64.encode([7u8; 16]);
        for endpoint in [
            "http://localhost:@10.0.0.5:8080/x",
            "http://127.0.0.1:5432/x",
            "https://127.0.0.1/x",
            "https://10.0.0.5/push",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/x",
            "https://localhost/x",
            "https://ip6-localhost/x",
            "https://user@fcm.googleapis.com/x",
            "https://2130706433/x",
        ] {
            let (s, body) = app.call(&awa, "subscribe_push", &[("endpoint", endpoint), ("p256dh", &key), ("auth", &auth), ("device", "x")]).await;
            assert_eq!(s, 400, "{engine}: {endpoint} was accepted: {body}");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM push_subscriptions").await, 0, "{engine}");
    }
}

per_engine! {
    async fn devices_are_capped_never_moved_and_redirects_not_followed(engine) {
        let app = TestApp::spawn_with(engine, |c| c.allow_local_push = true).await;
        let service = PushService::start().await;
        let awa = app.login(AWA).await;
        let nadia = app.login(NADIA).await;
        // Fifteen devices at once: ten are kept, the others refused in words.
        let devices: Vec<Device> = (0..15).map(|i| Device::new(&service, &format!("d{i}"))).collect();
        let mut tasks = Vec::new();
        for d in &devices {
            let (client, url) = (awa.clone(), app.url("/api/subscribe_push"));
            let form = [("endpoint", d.endpoint.clone()), ("p256dh", B64.encode(d.public())), ("auth", B64.encode(d.auth)), ("device", "Android".to_string())];
            tasks.push(tokio::spawn(async move { client.post(url).form(&form).send().await.unwrap().status().as_u16() }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 10, "{engine}: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{engine}: {statuses:?}");
        let awa_id = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM push_subscriptions WHERE account_id = {awa_id}")).await, 10, "{engine}");
        // Another account cannot take one of Awa's devices.
        let kept = sqlx::query_scalar::<_, String>("SELECT endpoint FROM push_subscriptions ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
        let mine = devices.iter().find(|d| d.endpoint == kept).unwrap();
        let (s, _) = mine.subscribe(&app, &nadia).await;
        assert_eq!(s, 409, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM push_subscriptions WHERE account_id = {awa_id}")).await, 10, "{engine}: still hers");

        // The push service answers one device with a redirect: not followed.
        let path = kept.trim_start_matches(&service.base).to_string();
        service.answer(&path, &[307]);
        let mut tx = app.pool.begin().await.unwrap();
        let params = [("workshop", Raw::Text("Atelier".into())), ("when", Raw::Moment(app::state::now() + 86_400)), ("message", Raw::Text("Annulé.".into()))];
        app::notifications::repo::notify_account(&mut tx, awa_id, app::notifications::Kind::WorkshopCancelled, &params, "/ateliers", None, app::state::now()).await.unwrap();
        tx.commit().await.unwrap();
        drain(&app, "w", app::state::now()).await;
        let got = service.received();
        assert_eq!(got.len(), 10, "{engine}: one post per device");
        assert!(got.iter().all(|r| r.path != "/push/redirected"), "{engine}: a redirect was followed");

        // Rows stored before the rule, drained by a production worker:
        // nothing is posted to a local address.
        let mut tx = app.pool.begin().await.unwrap();
        app::notifications::repo::notify_account(&mut tx, awa_id, app::notifications::Kind::WorkshopCancelled, &params, "/ateliers", Some("again"), app::state::now()).await.unwrap();
        tx.commit().await.unwrap();
        let report = server::push::drain(&app.pool, &keys(&app).await, CONTACT, "prod", &server::push::Sender::new(false), app::state::now()).await.unwrap();
        assert_eq!(report.sent, 0, "{engine}: {report:?}");
        assert_eq!(service.received().len(), 10, "{engine}: nothing more reached the local address");
    }
}
