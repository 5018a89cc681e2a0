//! Load benchmark: 2 000 households each confirm a 12-line order in the
//! open cycle, against the release server running as its own process.
//!
//!   cargo leptos build --release
//!   cargo run --release -p server --example load_orders [-- HOUSEHOLDS [CONCURRENCY [SECONDS]]]
//!
//! With SECONDS (default 60) the orders arrive evenly over that time, as
//! households would over the last minute before closing; with 0 they come
//! as fast as CONCURRENCY connections can send them (a burst).
//!
//! SQLite always; PostgreSQL too when PG_TEST_URL names a server. Prints
//! throughput, latency percentiles, errors and the server's peak memory
//! (VmHWM). A benchmark: it asserts nothing.

use sqlx::Row;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SERVER: &str = "target/release/server";

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let households: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let concurrency: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(64);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    if !std::path::Path::new(SERVER).exists() {
        eprintln!("{SERVER} is missing: run `cargo leptos build --release` first");
        std::process::exit(1);
    }
    sqlx::any::install_default_drivers();
    let tag = std::process::id();
    let dir = std::env::temp_dir().join(format!("pc-load-{tag}"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut runs = vec![("sqlite", format!("sqlite://{}/load.db", dir.display()))];
    if let Ok(admin) = std::env::var("PG_TEST_URL") {
        let pool = sqlx::AnyPool::connect(&admin).await.unwrap();
        let name = format!("pc_load_{tag}");
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
        runs.push(("postgres", format!("{}/{name}", admin.rsplit_once('/').unwrap().0)));
    }
    for (engine, url) in runs {
        run(engine, &url, households, concurrency, seconds).await;
    }
    let _ = std::fs::remove_dir_all(dir);
}

fn server(url: &str, args: &[&str], port: u16) -> Command {
    let mut c = Command::new(SERVER);
    c.args(args)
        .env("DATABASE_URL", url)
        .env("LISTEN", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .env("SCHEDULER_EVERY_SECS", "1")
        .stdout(Stdio::null());
    c
}

fn peak_rss_kb(child: &Child) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

async fn run(engine: &str, url: &str, households: usize, concurrency: usize, seconds: u64) {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    assert!(server(url, &["seed-demo"], port).status().unwrap().success());
    let pool = sqlx::AnyPool::connect(url).await.unwrap();
    let (cookies, products, point) = prepare(&pool, households).await;
    let mut child = server(url, &["serve"], port).spawn().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().unwrap();
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The scheduler opens the demo cycle at start.
    let cycle = loop {
        if let Some(r) = sqlx::query("SELECT id FROM cycles WHERE state = 'open'").fetch_optional(&pool).await.unwrap() {
            break r.try_get::<i64, _>("id").unwrap();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };

    let mut queue: Vec<(usize, String)> = cookies.into_iter().enumerate().collect();
    queue.reverse(); // popped from the end: household 0 first
    let jobs = Arc::new(tokio::sync::Mutex::new(queue));
    let gap = Duration::from_secs(seconds) / households.max(1) as u32;
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let jobs = jobs.clone();
        let client = client.clone();
        let base = base.clone();
        let products = products.clone();
        workers.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let Some((i, cookie)) = jobs.lock().await.pop() else { break };
                // Paced: household i sends at i × gap from the start.
                tokio::time::sleep_until((started + gap * i as u32).into()).await;
                let mut form = vec![
                    ("cycle_id".to_string(), cycle.to_string()),
                    ("pickup_point_id".to_string(), point.to_string()),
                    ("key".to_string(), format!("charge-{i:06}-000000000000")),
                ];
                for k in 0..12 {
                    let (id, step) = products[(i * 7 + k * 11) % products.len()];
                    form.push((format!("lines[{k}][product]"), id.to_string()));
                    form.push((format!("lines[{k}][qty]"), app::domain::quantity::format_quantity(step)));
                }
                let t = Instant::now();
                let res = client.post(format!("{base}/api/place_order")).header("cookie", cookie).form(&form).send().await;
                let ok = match res {
                    Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                    Err(_) => false,
                };
                out.push((t.elapsed(), ok));
            }
            out
        }));
    }
    let mut results = Vec::new();
    for w in workers {
        results.extend(w.await.unwrap());
    }
    let elapsed = started.elapsed();
    let peak = peak_rss_kb(&child);
    let _ = child.kill();
    let _ = child.wait();

    let errors = results.iter().filter(|(_, ok)| !ok).count();
    let mut times: Vec<Duration> = results.iter().map(|(t, _)| *t).collect();
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)].as_secs_f64() * 1000.0;
    let stored = sqlx::query("SELECT COUNT(*) AS n FROM orders").fetch_one(&pool).await.unwrap();
    let mode = if seconds > 0 { format!("spread over {seconds} s") } else { format!("burst, {concurrency} at a time") };
    println!("\n== {engine}: {households} households × 12 lines, {mode} ==");
    println!("wall time        {:.2} s", elapsed.as_secs_f64());
    println!("throughput       {:.0} orders/s", results.len() as f64 / elapsed.as_secs_f64());
    println!("latency p50      {:.1} ms", pct(0.50));
    println!("latency p99      {:.1} ms", pct(0.99));
    println!("latency max      {:.1} ms", times.last().unwrap().as_secs_f64() * 1000.0);
    println!("errors           {errors}");
    println!("orders stored    {}", stored.try_get::<i64, _>("n").unwrap_or(-1));
    println!("server peak RSS  {} MB", peak.map(|k| (k / 1024).to_string()).unwrap_or_else(|| "?".into()));
}

/// Adds households with a session each (straight into the database: the
/// benchmark measures ordering, not password hashing) and lists the products
/// the orders pick from.
async fn prepare(pool: &sqlx::AnyPool, households: usize) -> (Vec<String>, Vec<(i64, i64)>, i64) {
    let now = app::state::now();
    let mut cookies = Vec::new();
    let mut tx = pool.begin().await.unwrap();
    for i in 0..households {
        let r = sqlx::query("INSERT INTO households (name, search_name, created_at) VALUES ($1, $1, $2) RETURNING id")
            .bind(format!("Foyer charge {i}"))
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        let h = r.try_get::<i64, _>("id").unwrap();
        let r = sqlx::query("INSERT INTO accounts (household_id, display_name, phone, role, created_at) VALUES ($1, $2, $3, 'member', $4) RETURNING id")
            .bind(h)
            .bind(format!("Membre {i}"))
            .bind(format!("09{i:08}"))
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        let account = r.try_get::<i64, _>("id").unwrap();
        let (token, hash) = app::accounts::session::new_token();
        sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(hash)
            .bind(account)
            .bind(now)
            .bind(now + 86_400)
            .execute(&mut *tx)
            .await
            .unwrap();
        cookies.push(format!("pc_session={token}"));
    }
    tx.commit().await.unwrap();
    // Uncapped products only, so that every order can succeed.
    let products = sqlx::query("SELECT id, min_milli FROM products WHERE cap_cycle_milli IS NULL AND cap_household_milli IS NULL ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.try_get::<i64, _>("id").unwrap(), r.try_get::<i64, _>("min_milli").unwrap()))
        .collect();
    let point = sqlx::query("SELECT MIN(id) AS id FROM pickup_points").fetch_one(pool).await.unwrap().try_get::<i64, _>("id").unwrap();
    (cookies, products, point)
}
