//! Benchmark: how fast is the member catalogue with a network's 5 000
//! products? Starts the real server in-process on a fresh database, logs a
//! member in, and times server-rendered catalogue pages over HTTP.
//!
//!   cargo run --release -p server --example bench_catalogue [-- PRODUCTS]
//!
//! SQLite always; PostgreSQL too when PG_TEST_URL names a server. Prints
//! latency percentiles and page weight (raw and gzip), never asserts: the
//! figures go in the notes.

use server::{config::Config, db, seed};
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let products: i64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5000);
    let mut engines = vec![("sqlite", None)];
    if let Ok(url) = std::env::var("PG_TEST_URL") {
        engines.push(("postgres", Some(url)));
    }
    for (engine, admin_url) in engines {
        run(engine, admin_url, products).await;
    }
}

async fn run(engine: &str, admin_url: Option<String>, products: i64) {
    sqlx::any::install_default_drivers();
    let tag = std::process::id();
    let (url, dir) = match admin_url {
        None => {
            let dir = std::env::temp_dir().join(format!("pc-bench-{tag}"));
            std::fs::create_dir_all(&dir).unwrap();
            (format!("sqlite://{}/bench.db", dir.display()), Some(dir))
        }
        Some(admin) => {
            let pool = sqlx::AnyPool::connect(&admin).await.unwrap();
            let name = format!("pc_bench_{tag}");
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
            (format!("{}/{name}", admin.rsplit_once('/').unwrap().0), None)
        }
    };
    db::migrate(&url).await.unwrap();
    let pool = db::connect(&url).await.unwrap();
    seed::seed_demo(&pool).await.unwrap();
    server::seed::grow_catalogue(&pool, products).await.unwrap();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = Config::local(url.clone(), addr);
    let served = pool.clone();
    tokio::spawn(async move { server::serve_on(listener, served, &config).await.unwrap() });

    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let base = format!("http://{addr}");
    let res = client
        .post(format!("{base}/api/login"))
        .form(&[("identifier", "nadia@exemple.fr"), ("password", seed::DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());

    println!("\n== {engine}: {products} products ==");
    println!("{:<34} {:>8} {:>8} {:>8} {:>8} {:>10} {:>9}", "page", "p50 ms", "p95 ms", "p99 ms", "max ms", "html B", "gzip B");
    for (label, path) in [
        ("first page (60 products)", "/catalogue"),
        ("page 40", "/catalogue?page=40"),
        ("search « miel »", "/catalogue?q=miel"),
        ("search « pates compl »", "/catalogue?q=pates+compl"),
        ("label bio", "/catalogue?label=bio"),
        ("category + label + search", "/catalogue?categorie=4&label=vrac&q=lentilles"),
        ("search with no match", "/catalogue?q=zzzz"),
    ] {
        let url = format!("{base}{path}");
        // Warm up the pool and caches.
        for _ in 0..5 {
            client.get(&url).header("accept", "text/html").send().await.unwrap().bytes().await.unwrap();
        }
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..100 {
            let t = Instant::now();
            let body = client.get(&url).header("accept", "text/html").send().await.unwrap().bytes().await.unwrap();
            times.push(t.elapsed());
            size = body.len();
        }
        let gz = client
            .get(&url)
            .header("accept", "text/html")
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .len();
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let pct = |p: f64| ms(times[((times.len() as f64 * p) as usize).min(times.len() - 1)]);
        println!(
            "{label:<34} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {size:>10} {gz:>9}",
            pct(0.50),
            pct(0.95),
            pct(0.99),
            ms(*times.last().unwrap())
        );
    }
    pool.close().await;
    if let Some(dir) = dir {
        let _ = std::fs::remove_dir_all(dir);
    }
}
