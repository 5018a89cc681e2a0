//! Benchmark: how fast is the funders' report for a year of a large
//! group? Starts the real server in-process on a fresh database, loads a
//! year (50 cycles × 2 000 households × 12 lines by default: 1.2 million
//! order lines), logs the treasurer in, and times the report page,
//! rendered on the server, and its files, over HTTP.
//!
//!   cargo run --release -p server --example bench_report [-- CYCLES HOUSEHOLDS LINES]
//!
//! SQLite always; PostgreSQL too when PG_TEST_URL names a server. Prints
//! latency percentiles and sizes, never asserts: the figures go in the
//! issue's notes.

use server::{config::Config, db, seed};
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let arg = |i: usize, default: i64| std::env::args().nth(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (cycles, households, lines) = (arg(1, 50), arg(2, 2000), arg(3, 12));
    let mut engines = vec![("sqlite", None)];
    if let Ok(url) = std::env::var("PG_TEST_URL") {
        engines.push(("postgres", Some(url)));
    }
    for (engine, admin_url) in engines {
        run(engine, admin_url, cycles, households, lines).await;
    }
}

async fn run(engine: &str, admin_url: Option<String>, cycles: i64, households: i64, lines: i64) {
    sqlx::any::install_default_drivers();
    let tag = std::process::id();
    let (url, dir) = match admin_url {
        None => {
            let dir = std::env::temp_dir().join(format!("pc-bench-report-{tag}"));
            std::fs::create_dir_all(&dir).unwrap();
            (format!("sqlite://{}/bench.db", dir.display()), Some(dir))
        }
        Some(admin) => {
            let pool = sqlx::AnyPool::connect(&admin).await.unwrap();
            let name = format!("pc_bench_report_{tag}");
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
            (format!("{}/{name}", admin.rsplit_once('/').unwrap().0), None)
        }
    };
    db::migrate(&url).await.unwrap();
    let pool = db::connect(&url).await.unwrap();
    seed::seed_demo(&pool).await.unwrap();
    let now = app::state::now();
    let t = Instant::now();
    seed::seed_year(&pool, cycles, households, lines, 7, now).await.unwrap();
    let loaded = t.elapsed();
    let order_lines: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM order_lines").fetch_one(&pool).await.unwrap();
    if engine == "postgres" {
        sqlx::query("ANALYZE").execute(&pool).await.unwrap();
    }

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = Config::local(url.clone(), addr);
    let served = pool.clone();
    tokio::spawn(async move { server::serve_on(listener, served, &config).await.unwrap() });

    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let base = format!("http://{addr}");
    let res = client
        .post(format!("{base}/api/login"))
        .form(&[("identifier", "tresorerie@potcommun.fr"), ("password", seed::DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());

    let from = app::cycles::time::to_day_input(now - 365 * 86_400);
    let to = app::cycles::time::to_day_input(now);
    let grant: i64 = sqlx::query_scalar("SELECT MAX(id) FROM grants").fetch_one(&pool).await.unwrap();
    println!("\n== {engine}: {cycles} cycles × {households} households × {lines} lines: {order_lines} order lines, loaded in {:.1} s ==", loaded.as_secs_f64());
    println!("{:<40} {:>8} {:>8} {:>8} {:>10}", "request", "p50 ms", "p90 ms", "max ms", "bytes");
    for (label, path) in [
        ("report page, the whole year", format!("/coordination/rapport?du={from}&au={to}")),
        ("report page, one grant", format!("/coordination/rapport?du={from}&au={to}&subvention={grant}")),
        ("report as .ods", format!("/coordination/rapport.ods?du={from}&au={to}")),
        ("report as .csv", format!("/coordination/rapport.csv?du={from}&au={to}")),
        ("funders' page", "/coordination/financeurs".to_string()),
        ("a grant's page", format!("/coordination/financeurs/{grant}")),
    ] {
        let url = format!("{base}{path}");
        let first = Instant::now();
        let body = client.get(&url).header("accept", "text/html").send().await.unwrap();
        assert!(body.status().is_success(), "{path}: {}", body.status());
        body.bytes().await.unwrap();
        let cold = first.elapsed();
        let mut times = vec![cold];
        let mut size = 0;
        for _ in 0..9 {
            let t = Instant::now();
            let body = client.get(&url).header("accept", "text/html").send().await.unwrap().bytes().await.unwrap();
            times.push(t.elapsed());
            size = body.len();
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!("{label:<40} {:>8.0} {:>8.0} {:>8.0} {size:>10}", ms(times[times.len() / 2]), ms(times[times.len() * 9 / 10]), ms(*times.last().unwrap()));
    }
    // The scheduler's passes: the first finds grants with news to tell
    // and works the allocation out; once told, a pass reads one count.
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let pass = app::jobs::pass(&pool, now).await;
        assert!(pass.failed.is_empty(), "{:?}", pass.failed);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!("{:<40} {:>8.0}", "scheduler pass, grants to check", times[0]);
    println!("{:<40} {:>8.0}", "scheduler pass, nothing to tell", times[4]);
    pool.close().await;
    if let Some(dir) = dir {
        let _ = std::fs::remove_dir_all(dir);
    }
}
