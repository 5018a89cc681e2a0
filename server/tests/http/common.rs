//! Starts the real server on a random port with a fresh database, seeded with
//! the demo association, on SQLite or on the PostgreSQL server that
//! `PG_TEST_URL` names (the test command sets it).

/// Declares a test that runs on each engine, as two tests named after it:
/// `name_sqlite` and `name_postgres`. The body is an `async fn` taking the
/// engine's name.
macro_rules! per_engine {
    ($(#[$meta:meta])* async fn $name:ident($engine:ident) $body:block) => {
        $(#[$meta])*
        async fn $name($engine: &'static str) $body

        paste::paste! {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn [<$name _sqlite>]() {
                $name("sqlite").await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn [<$name _postgres>]() {
                $name("postgres").await
            }
        }
    };
}

/// The name the server's threads carry, so that a panic in the server is
/// told from a failing assertion in a test (see the matrix's counter).
pub const SERVER_THREAD: &str = "test-server";

use server::{config::Config, db, seed};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TestApp {
    pub addr: SocketAddr,
    /// The test's own pool to the server's database, for setting up and
    /// checking what was stored.
    pub pool: sqlx::AnyPool,
    pub engine: &'static str,
    /// The database's address, for running the server binary's commands.
    pub db_url: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: Option<tempdir::Dir>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

mod tempdir {
    pub struct Dir(pub std::path::PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique() -> String {
    format!(
        "{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
    )
}

async fn fresh_database(engine: &str) -> (String, Option<tempdir::Dir>) {
    match engine {
        "sqlite" => {
            let dir = std::env::temp_dir().join(format!("pot-commun-test-{}", unique()));
            std::fs::create_dir_all(&dir).unwrap();
            let url = format!("sqlite://{}/test.db", dir.display());
            (url, Some(tempdir::Dir(dir)))
        }
        _ => {
            let admin_url = std::env::var("PG_TEST_URL").ok().filter(|u| !u.is_empty()).expect(
                "PG_TEST_URL names the PostgreSQL server of the `_postgres` tests (scripts/test.sh sets it); `cargo test sqlite` runs the SQLite ones alone",
            );
            sqlx::any::install_default_drivers();
            let name = format!("pc_test_{}", unique());
            let admin = sqlx::AnyPool::connect(&admin_url).await.expect("PostgreSQL named by PG_TEST_URL is reachable");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
            admin.close().await;
            let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap();
            (format!("{base}/{name}"), None)
        }
    }
}

/// An empty database of the engine, dropped (SQLite) with the value: for
/// tests that migrate it step by step themselves.
pub struct Scratch {
    pub url: String,
    _dir: Option<tempdir::Dir>,
}

pub async fn scratch_database(engine: &str) -> Scratch {
    let (url, dir) = fresh_database(engine).await;
    Scratch { url, _dir: dir }
}

impl TestApp {
    /// The server runs on a runtime and thread of its own, as it would in
    /// its own process: the test's runtime only drives the client.
    pub async fn spawn(engine: &'static str) -> TestApp {
        Self::spawn_with(engine, |_| {}).await
    }

    /// The same, with the configuration changed first (the test push
    /// service allowed, a short header timeout…).
    pub async fn spawn_with(engine: &'static str, configure: impl FnOnce(&mut Config) + Send + 'static) -> TestApp {
        let (url, dir) = fresh_database(engine).await;
        db::migrate(&url).await.unwrap();
        let pool = db::connect(&url).await.unwrap();
        assert!(seed::seed_demo(&pool).await.unwrap());
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server_url = url.clone();
        let thread = std::thread::Builder::new().name(SERVER_THREAD.into());
        thread.spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).thread_name(SERVER_THREAD).enable_all().build().unwrap();
            rt.block_on(async move {
                let pool = db::connect(&server_url).await.unwrap();
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let addr = listener.local_addr().unwrap();
                let mut config = Config::local(server_url, addr);
                configure(&mut config);
                let _ = ready_tx.send(addr);
                server::serve_until(listener, pool, &config, async {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap();
            });
        })
        .expect("a thread for the server");
        let addr = ready_rx.await.unwrap();
        TestApp { addr, pool, engine, db_url: url, stop: Some(stop_tx), _dir: dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// A browser-like client with its own cookie jar, not following redirects.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            // A hung request fails the test instead of hanging the run.
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// A client whose requests leave from another loopback address (Linux
    /// answers on all of 127.0.0.0/8): another phone, another network.
    pub fn client_from(&self, ip: &str) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .local_address(ip.parse::<std::net::IpAddr>().unwrap())
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// Calls a server function the way the hydrated app does (JSON answer).
    pub async fn call(&self, client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> (u16, String) {
        let res = client.post(self.url(&format!("/api/{endpoint}"))).form(form).send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    pub async fn get(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let res = client.get(self.url(path)).header("accept", "text/html").send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    pub async fn login(&self, identifier: &str) -> reqwest::Client {
        let c = self.client();
        let (status, body) = self.call(&c, "login", &[("identifier", identifier), ("password", seed::DEMO_PASSWORD)]).await;
        assert_eq!(status, 200, "login of {identifier} failed: {body}");
        c
    }

    /// A session for an account, written straight into the database: for
    /// tests that need many logged-in households at once without paying
    /// for many password hashes. Returns the `Cookie` header value.
    pub async fn session_cookie(&self, account_id: i64) -> String {
        let (token, hash) = app::accounts::session::new_token();
        let now = app::state::now();
        app::accounts::repo::insert_session(&self.pool, &hash, account_id, now, now + 3600).await.unwrap();
        format!("{}={token}", app::accounts::session::COOKIE_NAME)
    }

    /// One pass of the timed jobs at `now` (none may fail); returns how many
    /// cycles it opened or closed.
    pub async fn tick(&self, now: i64) -> usize {
        let pass = app::jobs::pass(&self.pool, now).await;
        assert!(pass.failed.is_empty(), "timed jobs failed: {:?}", pass.failed);
        pass.did("cycles")
    }

    /// Places (or replaces) the client's household order in `cycle` with a
    /// fresh idempotency key, the way the order form posts it.
    pub async fn order(&self, client: &reqwest::Client, cycle: i64, lines: &[(i64, &str)]) -> (u16, String) {
        let point = self.count(&format!("SELECT MIN(pickup_point_id) FROM cycle_pickups WHERE cycle_id = {cycle}")).await;
        let mut form = vec![
            ("cycle_id".to_string(), cycle.to_string()),
            ("pickup_point_id".to_string(), point.to_string()),
            ("key".to_string(), format!("test-order-{}", unique().replace('_', "-"))),
        ];
        for (i, (product, qty)) in lines.iter().enumerate() {
            form.push((format!("lines[{i}][product]"), product.to_string()));
            form.push((format!("lines[{i}][qty]"), qty.to_string()));
        }
        let res = client.post(self.url("/api/place_order")).form(&form).send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    pub async fn count(&self, sql: &str) -> i64 {
        use sqlx::Row;
        let row = sqlx::query(sql).fetch_one(&self.pool).await.unwrap();
        row.try_get::<i64, _>(0).unwrap()
    }
}

/// The visible text of a page, without markup and hydration markers.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let mut in_script = false;
    let mut i = 0;
    let bytes: Vec<char> = html.chars().collect();
    while i < bytes.len() {
        let c = bytes[i];
        if !in_tag && c == '<' {
            let rest: String = bytes[i..bytes.len().min(i + 8)].iter().collect();
            if rest.starts_with("<script") {
                in_script = true;
            } else if rest.starts_with("</script") {
                in_script = false;
            }
            in_tag = true;
        } else if in_tag && c == '>' {
            in_tag = false;
            out.push(' ');
        } else if !in_tag && !in_script {
            out.push(c);
        }
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ").replace('\u{a0}', " ")
}
