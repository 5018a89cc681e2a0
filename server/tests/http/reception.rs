//! After closing: a coordinator closes early, records what a producer
//! really delivered, orders shrink fairly and households are told; a
//! cancelled cycle tells the households that had ordered.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // 100 %
const AICHA: &str = "aicha@exemple.fr"; // 50 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %
const CLAIRE: &str = "claire@potcommun.fr";

async fn open_demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE state = 'open'").await
}

async fn household_of(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("SELECT household_id FROM accounts WHERE email = '{email}'")).await
}

async fn qty(app: &TestApp, email: &str, product: i64) -> i64 {
    let h = household_of(app, email).await;
    app.count(&format!(
        "SELECT COALESCE(MAX(l.qty_milli), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.household_id = {h} AND l.product_id = {product}"
    ))
    .await
}

per_engine! {
    async fn a_shortage_shrinks_orders_in_turn_and_tells_households(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let honey = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await;
        let lentils = app.count("SELECT id FROM products WHERE name = 'Lentilles vertes'").await;
        sqlx::query("UPDATE products SET cap_household_milli = NULL").execute(&app.pool).await.unwrap();
        let (awa, aicha, nadia, coord) = (app.login(AWA).await, app.login(AICHA).await, app.login(NADIA).await, app.login(CLAIRE).await);
        // In this order: Awa 1 jar, Aïcha 6 jars, Nadia 2 jars.
        for (who, jars) in [(&awa, "1"), (&aicha, "6"), (&nadia, "2")] {
            let (s, body) = app.order(who, cycle, &[(honey, jars), (lentils, "1")]).await;
            assert_eq!(s, 200, "{engine}: {body}");
        }
        let c = cycle.to_string();
        let h = honey.to_string();

        // Not before closing, and never by a member.
        let (s, body) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "4")]).await;
        assert_eq!(s, 409, "{engine}: {body}");
        let (s, _) = app.call(&nadia, "move_cycle", &[("cycle_id", &c), ("to", "closed"), ("confirmed", "yes")]).await;
        assert_eq!(s, 403);

        // The coordinator closes early: closing time becomes now, orders stop.
        let (s, body) = app.call(&coord, "move_cycle", &[("cycle_id", &c), ("to", "closed"), ("confirmed", "yes")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT CASE WHEN state = 'closed' AND closes_at <= {} THEN 1 ELSE 0 END FROM cycles WHERE id = {cycle}", app::state::now())).await, 1);
        let (s, _) = app.order(&awa, cycle, &[(honey, "2")]).await;
        assert_eq!(s, 409, "{engine}: closed means closed");

        for (who, received, status) in [(&nadia, "4", 403), (&coord, "-1", 400), (&coord, "beaucoup", 400), (&coord, "9999999", 400)] {
            let (s, body) = app.call(who, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", received)]).await;
            assert_eq!(s, status, "{engine} {received}: {body}");
        }
        let carrots = app.count("SELECT id FROM products WHERE name = 'Carottes'").await.to_string();
        let (s, body) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &carrots), ("lines[0][received]", "1")]).await;
        assert_eq!(s, 400, "{engine}: nobody ordered it: {body}");
        assert!(body.contains("error-product_not_ordered"), "{body}");
        assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, 0, "{engine}: refusals change nothing");

        // 4 jars arrived: one each in turn, then Aïcha's second.
        let (s, body) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "4")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!((qty(&app, AWA, honey).await, qty(&app, AICHA, honey).await, qty(&app, NADIA, honey).await), (1000, 2000, 1000), "{engine}");
        assert_eq!(app.count(&format!("SELECT sold_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {honey}")).await, 4000);
        // Totals follow, at each household's tier: Nadia (10 %) now pays
        // 1 jar at 0,95 € + lentils 0,47 €.
        let nadia_h = household_of(&app, NADIA).await;
        assert_eq!(app.count(&format!("SELECT total_cents FROM orders WHERE household_id = {nadia_h} AND cycle_id = {cycle}")).await, 95 + 47);
        // Aïcha and Nadia were told, Awa was not (her jar is whole).
        let notices = |email: &'static str| format!("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.email = '{email}'");
        assert_eq!((app.count(&notices(AWA)).await, app.count(&notices(AICHA)).await, app.count(&notices(NADIA)).await), (0, 1, 1), "{engine}");
        let (_, html) = app.get(&nadia, "/messages").await;
        let page = text(&html);
        assert!(page.contains("vous recevrez 1 bocal de Miel de lavande au lieu de 2 bocaux"), "{engine}: {page}");
        assert!(page.contains("Nouveau total : 1,42 €"), "{engine}: {page}");
        // Opening the list marked it read; the menu count is gone.
        assert_eq!(app.call(&nadia, "unread_notices", &[]).await.1, "0");
        assert_eq!(app.call(&aicha, "unread_notices", &[]).await.1, "1");
        // The change is in the order's log, with who made it.
        // The desk page only shows open cycles; the log is read through its function.
        let (s, log) = app.call(&coord, "order_changes", &[("cycle_id", &c), ("household_id", &nadia_h.to_string())]).await;
        assert_eq!(s, 200);
        assert!(log.contains("shortage") && log.contains("Claire"), "{engine}: {log}");
        let (s, _) = app.call(&nadia, "order_changes", &[("cycle_id", &c), ("household_id", &nadia_h.to_string())]).await;
        assert_eq!(s, 403, "a member never reads the log");

        // A typo corrected: 8 arrived after all. Shared anew from what was
        // ordered, so Aïcha gets 5 and the others their whole order.
        let (s, _) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "8")]).await;
        assert_eq!(s, 200);
        assert_eq!((qty(&app, AWA, honey).await, qty(&app, AICHA, honey).await, qty(&app, NADIA, honey).await), (1000, 5000, 2000), "{engine}");
        // Nothing arrived: the line leaves every order, totals follow.
        let (s, _) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "0")]).await;
        assert_eq!(s, 200);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM order_lines WHERE product_id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT total_cents FROM orders WHERE household_id = {nadia_h}")).await, 47);
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("n’a pas pu livrer Miel de lavande"), "{engine}");

        // The purchase order follows what arrived; the reception page shows both.
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/reception")).await;
        let page = text(&html);
        assert!(page.contains("Commandé : 9 bocaux"), "{engine}: {page}");
        assert!(page.contains("Arrivé : 0 bocal"), "{engine}: {page}");
        let (_, csv) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons.csv")).await;
        assert!(!csv.contains("Miel de lavande"), "{engine}: {csv}");

        // Once distributed, reception is read-only.
        let (s, _) = app.call(&coord, "move_cycle", &[("cycle_id", &c), ("to", "distributed"), ("confirmed", "yes")]).await;
        assert_eq!(s, 200);
        let (s, _) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "4")]).await;
        assert_eq!(s, 409, "{engine}");
    }
}

per_engine! {
    async fn cancelling_a_cycle_tells_the_households_that_ordered(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let lentils = app.count("SELECT id FROM products WHERE name = 'Lentilles vertes'").await;
        let (awa, nadia, coord) = (app.login(AWA).await, app.login(NADIA).await, app.login(CLAIRE).await);
        let (s, _) = app.order(&awa, cycle, &[(lentils, "1")]).await;
        assert_eq!(s, 200);
        let (s, _) = app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "cancelled"), ("confirmed", "yes")]).await;
        assert_eq!(s, 200);
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("La commande « Commande de la semaine » est annulée"), "{engine}");
        // Nadia had not ordered: nothing to tell her.
        let (_, html) = app.get(&nadia, "/messages").await;
        assert!(text(&html).contains("Aucun message"), "{engine}");
        // A second cancel is refused and tells nobody twice.
        let (s, _) = app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "cancelled"), ("confirmed", "yes")]).await;
        assert_eq!(s, 409);
        assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, 1, "{engine}");
        // The messages page needs a login.
        let anon = app.client();
        let res = anon.get(app.url("/messages")).header("accept", "text/html").send().await.unwrap();
        assert_eq!(res.status(), 302, "{engine}");
        assert!(res.headers()["location"].to_str().unwrap().starts_with("/connexion?next=/messages"));
        assert_eq!(app.call(&anon, "notices", &[]).await.0, 401);
    }
}
