//! The scheduler's own notices, driven by an injected clock: a cycle
//! opened, closing tomorrow, an order to fetch tomorrow, a shift tomorrow.
//! Each goes out once, at the right time, not again on later passes nor
//! after a restart (a fresh connection pool on the same database), and
//! lands in the push outbox of the devices that want it.

mod common;
use common::{engines, text, TestApp};

const AWA: &str = "awa@exemple.fr";
const AICHA: &str = "aicha@exemple.fr";
const H: i64 = 3_600;

async fn told(app: &TestApp, kind: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM notifications WHERE kind = '{kind}'")).await
}

async fn told_to(app: &TestApp, email: &str, kind: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.email = '{email}' AND n.kind = '{kind}'")).await
}

/// A pass of a server started afresh on the same database.
async fn tick_after_restart(app: &TestApp, now: i64) {
    let pool = server::db::connect(&app.db_url).await.unwrap();
    server::scheduler::tick(&pool, now).await.unwrap();
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_reminder_goes_out_once_at_the_right_time() {
    for engine in engines() {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let members = app.count("SELECT COUNT(*) FROM accounts WHERE household_id IS NOT NULL").await;
        assert_eq!(told(&app, "cycle_opened").await, 0, "{engine}: the demo cycle was announced when loaded");

        // A new cycle opens tomorrow: nothing before, everyone once after.
        let claire = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        app::cycles::repo::create(&app.pool, "Commande de Noël", now + 24 * H, now + 10 * 24 * H, claire, now).await.unwrap();
        app.tick(now + 23 * H).await;
        assert_eq!(told(&app, "cycle_opened").await, 0, "{engine}: not before it opens");
        app.tick(now + 24 * H + 1).await;
        assert_eq!(told(&app, "cycle_opened").await, members, "{engine}: every member, once");
        app.tick(now + 24 * H + 60).await;
        tick_after_restart(&app, now + 24 * H + 120).await;
        assert_eq!(told(&app, "cycle_opened").await, members, "{engine}: not again, even after a restart");
        let (_, html) = app.get(&app.login(AWA).await, "/messages").await;
        assert!(text(&html).contains("Les commandes sont ouvertes : « Commande de Noël »"), "{engine}");

        // The demo cycle closes in six days: reminded the day before, once.
        let closes = app.count("SELECT closes_at FROM cycles WHERE name = 'Commande de la semaine'").await;
        app.tick(closes - 25 * H).await;
        assert_eq!(told(&app, "cycle_closing").await, 0, "{engine}: not two days before");
        app.tick(closes - 23 * H).await;
        // Only the demo cycle closes within the day: one reminder per member.
        assert_eq!(told(&app, "cycle_closing").await, members, "{engine}");
        tick_after_restart(&app, closes - 22 * H).await;
        assert_eq!(told(&app, "cycle_closing").await, members, "{engine}: once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_day_before_pickup_and_the_day_before_a_shift() {
    for engine in engines() {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let cycle = app.count("SELECT id FROM cycles WHERE name = 'Commande de la semaine'").await;
        let (awa, aicha) = (app.login(AWA).await, app.login(AICHA).await);
        // Awa orders honey; Aïcha orders nothing but signs up for the till.
        let honey = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await;
        let (s, body) = app.order(&awa, cycle, &[(honey, "1")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let till = app.count("SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = 'Caisse' ORDER BY s.starts_at LIMIT 1").await;
        assert_eq!(app.call(&aicha, "sign_up_for_shift", &[("shift_id", &till.to_string())]).await.0, 200);
        // Awa's phone receives notifications.
        let awa_id = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        sqlx::query(&format!("INSERT INTO push_subscriptions (account_id, endpoint, p256dh, auth, created_at) VALUES ({awa_id}, 'https://push.example/awa', 'k', 'a', {now})"))
            .execute(&app.pool)
            .await
            .unwrap();

        let point = app.count(&format!("SELECT pickup_point_id FROM orders WHERE cycle_id = {cycle}")).await;
        let pickup = app.count(&format!("SELECT starts_at FROM cycle_pickups WHERE cycle_id = {cycle} AND pickup_point_id = {point}")).await;
        let closes = app.count(&format!("SELECT closes_at FROM cycles WHERE id = {cycle}")).await;
        let starts = app.count(&format!("SELECT starts_at FROM shifts WHERE id = {till}")).await;
        app.tick(closes + 1).await; // closed
        app.tick(pickup.min(starts) - 25 * H).await;
        assert_eq!(told(&app, "order_ready").await, 0, "{engine}: not two days before");
        assert_eq!(told(&app, "shift_tomorrow").await, 0, "{engine}");
        app.tick(pickup - 23 * H).await;
        assert_eq!(told_to(&app, AWA, "order_ready").await, 1, "{engine}");
        assert_eq!(told_to(&app, AICHA, "order_ready").await, 0, "{engine}: no order, nothing to fetch");
        tick_after_restart(&app, pickup - 22 * H).await;
        assert_eq!(told_to(&app, AWA, "order_ready").await, 1, "{engine}: once");
        let (_, html) = app.get(&awa, "/messages").await;
        let page = text(&html);
        assert!(page.contains("vous attend") && page.contains("Centre social"), "{engine}: where and when: {page}");
        // The same notice waits in the push outbox for Awa's phone, in words.
        let row = sqlx::query(
            "SELECT n.id, n.kind, n.params, n.url FROM push_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.kind = 'order_ready'",
        )
        .fetch_one(&app.pool)
        .await
        .unwrap();
        use sqlx::Row;
        let payload = server::push::payload(&row.try_get::<String, _>("kind").unwrap(), &row.try_get::<String, _>("params").unwrap(), &row.try_get::<String, _>("url").unwrap(), 1);
        assert!(payload.contains("vous attend") && payload.contains("\"url\":\"/commande\""), "{engine}: {payload}");

        // The shift: the day before, once, to the volunteer only.
        app.tick(starts - 23 * H).await;
        assert_eq!(told_to(&app, AICHA, "shift_tomorrow").await, 1, "{engine}");
        assert_eq!(told(&app, "shift_tomorrow").await, 1, "{engine}");
        tick_after_restart(&app, starts - 1).await;
        assert_eq!(told(&app, "shift_tomorrow").await, 1, "{engine}: once");
        let (_, html) = app.get(&aicha, "/messages").await;
        assert!(text(&html).contains("Rappel : vous êtes bénévole demain, Caisse"), "{engine}");
    }
}
