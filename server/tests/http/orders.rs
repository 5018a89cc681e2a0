//! Cycles and orders over real HTTP: the scheduler on an injected clock,
//! a household's order at its tier, every refusal, and the last units of a
//! capped product sold exactly once under fifty phones at once.

use sqlx::Row;
use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // 100 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %
const CLAIRE: &str = "claire@potcommun.fr";

async fn open_demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE state = 'open'").await
}

fn product(_app: &TestApp, name: &str) -> String {
    format!("SELECT id FROM products WHERE name = '{name}'")
}

per_engine! {
    async fn the_scheduler_opens_and_closes_on_time_and_catches_up(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let now = app::state::now();
        // Paris time for the form: the server parses it back to UTC.
        let local = |ts: i64| app::cycles::time::to_input(ts);
        let opens = (now / 60 + 60) * 60;
        let closes = opens + 3600;
        let (s, body) = app.call(&coord, "create_cycle", &[("name", "Cycle test"), ("opens", &local(opens)), ("closes", &local(closes)), ("overlap_ok", "on")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let id = app.count("SELECT id FROM cycles WHERE name = 'Cycle test'").await;
        let q = format!("SELECT CASE state WHEN 'planned' THEN 0 WHEN 'open' THEN 1 WHEN 'closed' THEN 2 ELSE 9 END FROM cycles WHERE id = {id}");
        // The demo cycle opens on the first pass; ours only at its time.
        app.tick(opens - 1).await;
        assert_eq!(app.count(&q).await, 0, "{engine}");
        assert_eq!(app.tick(opens).await, 1, "{engine}");
        assert_eq!(app.count(&q).await, 1, "{engine}");
        assert_eq!(app.tick(opens + 10).await, 0, "{engine}: a second pass changes nothing");
        assert_eq!(app.tick(closes).await, 1, "{engine}");
        assert_eq!(app.count(&q).await, 2, "{engine}");
        // All its products were offered, with their caps.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE cycle_id = {id}")).await, 150);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE cycle_id = {id} AND cap_milli = 40000")).await, 2);

        // Downtime: a cycle whose closing passed while the server was off
        // is closed at the first pass, never opened.
        let (s, _) = app.call(&coord, "create_cycle", &[("name", "Cycle oublié"), ("opens", &local(opens)), ("closes", &local(closes)), ("overlap_ok", "on")]).await;
        assert_eq!(s, 200);
        let late = app.count("SELECT id FROM cycles WHERE name = 'Cycle oublié'").await;
        app.tick(closes + 86_400).await;
        assert_eq!(app.count(&format!("SELECT CASE WHEN state = 'closed' THEN 1 ELSE 0 END FROM cycles WHERE id = {late}")).await, 1, "{engine}");

        // Bad dates are refused with the field named.
        let (s, body) = app.call(&coord, "create_cycle", &[("name", "X"), ("opens", &local(closes)), ("closes", &local(opens))]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let (s, _) = app.call(&coord, "create_cycle", &[("name", "X"), ("opens", "hier"), ("closes", &local(closes))]).await;
        assert_eq!(s, 400);
        // A member cannot plan a cycle.
        let member = app.login(AWA).await;
        let (s, _) = app.call(&member, "create_cycle", &[("name", "X"), ("opens", &local(opens)), ("closes", &local(closes))]).await;
        assert_eq!(s, 403);
        let (s, _) = app.get(&member, &format!("/coordination/cycles/{id}")).await;
        assert_eq!(s, 403);
    }
}

per_engine! {
    async fn a_household_orders_changes_and_cancels_at_its_tier(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await.to_string();
        let lentils = app.count(&product(&app, "Lentilles vertes")).await.to_string();
        let honey = app.count(&product(&app, "Miel de lavande")).await.to_string();
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await.to_string();
        sqlx::query("UPDATE products SET cap_household_milli = 2000 WHERE name = 'Miel de lavande'").execute(&app.pool).await.unwrap();
        let c = app.login(NADIA).await; // 10 %
        let order = |key: &'static str, lentil_qty: &'static str, honey_qty: &'static str| {
            vec![
                ("cycle_id", cycle.clone()),
                ("pickup_point_id", point.clone()),
                ("key", key.to_string()),
                ("lines[0][product]", lentils.clone()),
                ("lines[0][qty]", lentil_qty.to_string()),
                ("lines[1][product]", honey.clone()),
                ("lines[1][qty]", honey_qty.to_string()),
            ]
        };
        let post = |form: Vec<(&'static str, String)>| {
            let c = c.clone();
            let url = app.url("/api/place_order");
            async move {
                let res = c.post(url).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }
        };
        let (s, body) = post(order("premiere-commande-0001", "1,5", "1")).await;
        assert_eq!(s, 200, "{engine}: {body}");
        // 4,70 € × 1,5 × 10 % = 0,705 → 0,71 ; 9,50 € × 10 % = 0,95.
        let (_, html) = app.get(&c, "/commande").await;
        let page = text(&html);
        assert!(page.contains("Total à payer : 1,66 €"), "{engine}: {page}");
        let held = &html[html.find(&format!("id=\"qty-{lentils}\"")).expect("the basket's line")..];
        assert!(held[..80].contains("value=\"1,5\""), "{engine}: the basket holds the order: {}", &held[..80]);
        assert!(page.contains("À retirer à"), "{engine}");

        // Changed until closing.
        let (s, _) = post(order("deuxieme-commande-0002", "0,5", "2")).await;
        assert_eq!(s, 200);
        let (_, html) = app.get(&c, "/commande").await;
        assert!(text(&html).contains("Total à payer : 2,14 €"), "{engine}"); // 0,235→0,24 + 1,90

        // Refusals change nothing.
        for (form, status, words) in [
            (order("refus-pas-0000003", "0,7", "1"), 400, "Lentilles vertes : la quantité doit être un multiple de 0,5 kg"),
            (order("refus-negatif-0004", "-1", "1"), 400, "négative"),
            (order("refus-plafond-0005", "1", "3"), 400, "Miel de lavande : c’est au plus 2 bocaux par foyer"),
            (order("refus-texte-00006", "beaucoup", "1"), 400, "écrivez une quantité"),
        ] {
            let (s, body) = post(form).await;
            assert_eq!(s, status, "{engine}: {body}");
            let e: app::error::AppError = serde_json::from_str(&body).unwrap();
            assert!(e.message().contains(words), "{engine}: «{}»", e.message());
        }
        let mut not_offered = order("refus-inconnu-0007", "1", "1");
        not_offered[3].1 = "999999".into();
        assert_eq!(post(not_offered).await.0, 400);
        let mut no_pickup = order("refus-retrait-0008", "1", "1");
        no_pickup.remove(1);
        assert_eq!(post(no_pickup).await.0, 400);
        let (_, html) = app.get(&c, "/commande").await;
        assert!(text(&html).contains("Total à payer : 2,14 €"), "{engine}: refusals changed the order");

        // Another household sees only its own (empty) order.
        let other = app.login(AWA).await;
        let (_, html) = app.get(&other, "/commande").await;
        assert!(!text(&html).contains("Total à payer"), "{engine}");
        // A coordinator without a household has no basket.
        let coord = app.login(CLAIRE).await;
        let (s, _) = app.call(&coord, "order_page", &[]).await;
        assert_eq!(s, 409);

        // A form that lost its lines is refused, not read as a cancellation.
        let (s, _) = post(vec![("cycle_id", cycle.clone()), ("key", "formulaire-perdu-11".into())]).await;
        assert_eq!(s, 400, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM orders").await, 1, "{engine}");
        // Cancelled in so many words.
        let (s, _) = post(vec![("cycle_id", cycle.clone()), ("key", "annulation-000009".into()), ("cancel", "1".into())]).await;
        assert_eq!(s, 200);
        assert_eq!(app.count("SELECT COUNT(*) FROM orders").await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT sold_milli FROM cycle_products WHERE product_id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM order_changes").await, 3);

        // Closed: no more orders.
        app.tick(app::state::now() + 7 * 86_400).await;
        let (s, body) = post(order("apres-fermeture-010", "1", "1")).await;
        assert_eq!(s, 409, "{engine}: {body}");
        assert!(body.contains("error-cycle_not_open"));
    }
}

per_engine! {
    async fn the_last_ten_chickens_go_to_exactly_ten_households(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let chicken = app.count(&product(&app, "Poulet fermier entier")).await;
        sqlx::query(&format!("UPDATE cycle_products SET cap_milli = 10000 WHERE cycle_id = {cycle} AND product_id = {chicken}"))
            .execute(&app.pool)
            .await
            .unwrap();
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await;
        // Twenty more households, fifty in all.
        for i in 0..20 {
            let h: i64 = {
                let r = sqlx::query("INSERT INTO households (name, search_name, tier_id, created_at) VALUES ($1, $1, (SELECT MIN(id) FROM price_tiers), 0) RETURNING id")
                    .bind(format!("Foyer test {i}"))
                    .fetch_one(&app.pool)
                    .await
                    .unwrap();
                r.try_get::<i64, _>("id").unwrap()
            };
            sqlx::query("INSERT INTO accounts (household_id, display_name, phone, role, created_at) VALUES ($1, $2, $3, 'member', 0)")
                .bind(h)
                .bind(format!("Membre {i}"))
                .bind(format!("07999900{i:02}"))
                .execute(&app.pool)
                .await
                .unwrap();
        }
        let members: Vec<i64> = {
            sqlx::query("SELECT id FROM accounts WHERE role = 'member' ORDER BY id")
                .fetch_all(&app.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.try_get::<i64, _>("id").unwrap())
                .collect()
        };
        assert_eq!(members.len(), 50);
        let mut tasks = Vec::new();
        for (i, account) in members.iter().enumerate() {
            let cookie = app.session_cookie(*account).await;
            let url = app.url("/api/place_order");
            let form = vec![
                ("cycle_id", cycle.to_string()),
                ("pickup_point_id", point.to_string()),
                ("key", format!("poulet-{i:04}-0000000000")),
                ("lines[0][product]", chicken.to_string()),
                ("lines[0][qty]", "1".to_string()),
            ];
            tasks.push(tokio::spawn(async move {
                let res = reqwest::Client::new().post(url).header("cookie", cookie).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }));
        }
        let mut ok = 0;
        for t in tasks {
            let (s, body) = t.await.unwrap();
            match s {
                200 => ok += 1,
                409 => assert!(body.contains("SoldOut") && body.contains("Poulet fermier entier"), "{engine}: {body}"),
                other => panic!("{engine}: unexpected {other}: {body}"),
            }
        }
        assert_eq!(ok, 10, "{engine}");
        assert_eq!(app.count(&format!("SELECT sold_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {chicken}")).await, 10_000);
        assert_eq!(app.count(&format!("SELECT CAST(COALESCE(SUM(qty_milli), 0) AS BIGINT) FROM order_lines WHERE product_id = {chicken}")).await, 10_000, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM orders").await, 10, "{engine}");
    }
}

per_engine! {
    async fn twenty_taps_of_one_confirmation_make_one_order(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let honey = app.count(&product(&app, "Miel de lavande")).await;
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await;
        let account = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        let cookie = app.session_cookie(account).await;
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let url = app.url("/api/place_order");
            let cookie = cookie.clone();
            let form = vec![
                ("cycle_id", cycle.to_string()),
                ("pickup_point_id", point.to_string()),
                ("key", "une-seule-confirmation-42".to_string()),
                ("lines[0][product]", honey.to_string()),
                ("lines[0][qty]", "2".to_string()),
            ];
            tasks.push(tokio::spawn(async move {
                reqwest::Client::new().post(url).header("cookie", cookie).form(&form).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200, "{engine}: a repeated confirmation is not an error");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM orders").await, 1, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM order_changes").await, 1, "{engine}");
        assert_eq!(app.count(&format!("SELECT sold_milli FROM cycle_products WHERE product_id = {honey}")).await, 2000, "{engine}");
    }
}

per_engine! {
    async fn after_closing_purchase_orders_packing_lists_and_solidarity_cost(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let lentils = app.count(&product(&app, "Lentilles vertes")).await.to_string();
        let honey = app.count(&product(&app, "Miel de lavande")).await.to_string();
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await.to_string();
        for (who, key, l, h) in [(AWA, "bilan-awa-00000001", "1,5", "1"), (NADIA, "bilan-nadia-0000002", "0,5", "2")] {
            let c = app.login(who).await;
            let form = [
                ("cycle_id", cycle.to_string()),
                ("pickup_point_id", point.clone()),
                ("key", key.to_string()),
                ("lines[0][product]", lentils.clone()),
                ("lines[0][qty]", l.to_string()),
                ("lines[1][product]", honey.clone()),
                ("lines[1][qty]", h.to_string()),
            ];
            let res = c.post(app.url("/api/place_order")).form(&form).send().await.unwrap();
            assert_eq!(res.status(), 200, "{engine}");
        }
        let coord = app.login(CLAIRE).await;
        // Not before closing.
        let (s, _) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bilan")).await;
        assert_eq!(s, 409, "{engine}");
        app.tick(app::state::now() + 7 * 86_400).await;

        // After closing, the member's order is read-only and says where and when.
        let awa = app.login(AWA).await;
        let (_, html) = app.get(&awa, "/commande").await;
        let page = text(&html);
        assert!(page.contains("Pas de commande en cours"), "{engine}");
        // Waiting to be collected: the member's order on its own card, not
        // history.
        assert!(page.contains("À retirer : votre commande « Commande de la semaine »") && page.contains("16,55 €"), "{engine}: {page}");
        assert!(!page.contains("Mes commandes passées"), "{engine}: {page}");
        assert!(page.contains("À retirer à Centre social des Buers"), "{engine}: {page}");
        assert!(page.contains("Lentilles vertes — 1,5 kg"), "{engine}");

        let (s, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bilan")).await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        // The purchase orders, on their own pages to print: producers'
        // prices, lentils 2 kg × 4,70 = 9,40; honey 3 × 9,50 = 28,50.
        let (s, orders_html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert_eq!(s, 200, "{engine}");
        let orders_page = text(&orders_html);
        assert!(orders_page.contains("Lentilles vertes 2 kg 4,70 € 9,40 €"), "{engine}: {orders_page}");
        assert!(orders_page.contains("Miel de lavande 3 bocaux 9,50 € 28,50 €"), "{engine}");
        // Awa owes 7,05 + 9,50 = 16,55; Nadia 0,24 + 1,90 = 2,14 against
        // 2,35 + 19,00 (no costs on top of the producers' prices here).
        // Nobody has paid anything yet, and the summary says so: "paid" is
        // what the ledger received, not what is due.
        assert!(page.contains("Prix coûtant (100 %) 1 16,55 € 0,00 € 16,55 € 16,55 € 0,00 € 0,00 €"), "{engine}: {page}");
        assert!(page.contains("Très solidaire (10 %) 1 21,35 € 0,00 € 21,35 € 2,14 € 19,21 € 0,00 €"), "{engine}: {page}");
        assert!(page.contains("Total 2 37,90 € 0,00 € 37,90 € 18,69 € 19,21 € 0,00 €"), "{engine}: {page}");
        // Packing lists name households, by pickup point.
        assert!(page.contains("Foyer Diallo") && page.contains("Foyer Bouzid"), "{engine}");

        let res = coord.get(app.url(&format!("/coordination/cycles/{cycle}/bons.csv"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = res.text().await.unwrap();
        assert!(csv.contains("\"Moulin de Chabeuil\";\"Lentilles vertes\";2;kg;4,70;9,40"), "{engine}: {csv}");
        let res = coord.get(app.url(&format!("/coordination/cycles/{cycle}/preparation.csv"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let csv = res.text().await.unwrap();
        assert!(csv.contains("\"Foyer Bouzid\";\"Sucré\";\"Miel de lavande\";2;jar"), "{engine}: {csv}");
        // Names that a spreadsheet would run as formulas (a product can
        // come from a member's proposal) are made plain text.
        sqlx::query("UPDATE producers SET name = '=HYPERLINK(\"http://evil.example\";\"x\")' WHERE name = 'Moulin de Chabeuil'").execute(&app.pool).await.unwrap();
        sqlx::query("UPDATE households SET name = '+33 Bouzid' WHERE name = 'Foyer Bouzid'").execute(&app.pool).await.unwrap();
        let (_, csv) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons.csv")).await;
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";\"Lentilles vertes\""), "{engine}: {csv}");
        let (_, csv) = app.get(&coord, &format!("/coordination/cycles/{cycle}/preparation.csv")).await;
        assert!(csv.contains("\"'+33 Bouzid\""), "{engine}: {csv}");
        assert!(!csv.lines().any(|l| l.split(';').any(|c| c.trim_start_matches('"').starts_with(['=', '+', '-', '@']))), "{engine}: {csv}");
        sqlx::query("UPDATE producers SET name = 'Moulin de Chabeuil' WHERE name LIKE '=HYPERLINK%'").execute(&app.pool).await.unwrap();
        sqlx::query("UPDATE households SET name = 'Foyer Bouzid' WHERE name = '+33 Bouzid'").execute(&app.pool).await.unwrap();
        // Members and strangers get no purchase order.
        let member = app.login(AWA).await;
        assert_eq!(member.get(app.url(&format!("/coordination/cycles/{cycle}/bons.csv"))).send().await.unwrap().status(), 403);
        assert_eq!(member.get(app.url(&format!("/coordination/cycles/{cycle}/preparation.csv"))).send().await.unwrap().status(), 403);
        assert_eq!(app.client().get(app.url(&format!("/coordination/cycles/{cycle}/bons.csv"))).send().await.unwrap().status(), 401);
        let (s, _) = app.call(&member, "cycle_report", &[("cycle_id", &cycle.to_string())]).await;
        assert_eq!(s, 403, "{engine}");

        // The distribution sheet: amounts due, never a tier.
        let (s, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/distribution")).await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        assert!(page.contains("Foyer Diallo — à payer : 16,55 €") && page.contains("Foyer Bouzid — à payer : 2,14 €"), "{engine}: {page}");
        assert!(!page.contains("solidaire") && !page.contains("%"), "{engine}: a tier shows on the sheet");
        let order = app.count("SELECT o.id FROM orders o JOIN households h ON h.id = o.household_id WHERE h.name = 'Foyer Diallo'").await.to_string();
        for (paid, method) in [("-1", "cash"), ("16,55", "bitcoin"), ("beaucoup", "cash")] {
            let (s, _) = app.call(&coord, "record_pickup", &[("order_id", &order), ("paid", paid), ("method", method)]).await;
            assert_eq!(s, 400, "{engine}: {paid} {method}");
        }
        let (s, _) = app.call(&member, "record_pickup", &[("order_id", &order), ("paid", "0"), ("method", "cash")]).await;
        assert_eq!(s, 403, "{engine}: a member cannot mark their own order paid");
        let (s, body) = app.call(&coord, "record_pickup", &[("order_id", &order), ("paid", "16,55"), ("method", "cash")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/distribution")).await;
        assert!(text(&html).contains("Remis — payé 16,55 € (espèces)"), "{engine}");
        let paid = format!("SELECT CAST(-SUM(amount_cents) AS BIGINT) FROM ledger_entries WHERE order_id = {order} AND kind <> 'order'");
        assert_eq!(app.count(&paid).await, 1655);
        // The household's account took the order and the payment.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ledger_entries WHERE order_id = {order} AND kind = 'order' AND amount_cents = 1655")).await, 1);
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bilan")).await;
        assert!(text(&html).contains("Prix coûtant (100 %) 1 16,55 € 0,00 € 16,55 € 16,55 € 0,00 € 16,55 €"), "{engine}: {}", text(&html));
        // Recorded once: posting again (a second volunteer's stale form)
        // rewrites nothing.
        let (s, body) = app.call(&coord, "record_pickup", &[("order_id", &order), ("paid", "0"), ("method", "card")]).await;
        assert_eq!(s, 409, "{engine}: {body}");
        assert_eq!(app.count(&paid).await, 1655);
        // A correction is the coordination's, said, with a reason, and kept.
        let correction = [("order_id", order.as_str()), ("paid", "6,55"), ("method", "cheque"), ("reason", "Le chèque était de 6,55 €.")];
        let (s, _) = app.call(&member, "correct_pickup", &correction).await;
        assert_eq!(s, 403, "{engine}");
        let (s, _) = app.call(&coord, "correct_pickup", &[("order_id", order.as_str()), ("paid", "6,55"), ("method", "cheque"), ("reason", " ")]).await;
        assert_eq!(s, 400, "{engine}: a correction says why");
        let (s, body) = app.call(&coord, "correct_pickup", &correction).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count(&paid).await, 655);
        // Corrected by a reversal and a new payment: nothing rewritten.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ledger_entries WHERE order_id = {order} AND kind = 'reversal' AND amount_cents = 1655")).await, 1);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM pickup_corrections WHERE order_id = {order} AND before_paid_cents = 1655 AND paid_cents = 655")).await, 1);
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/distribution")).await;
        let page = text(&html);
        // Less than due: it says so, and what is still owed.
        assert!(page.contains("Remis — payé 6,55 € sur 16,55 € (chèque)"), "{engine}: {page}");
        assert!(page.contains("Reste à payer : 10,00 €"), "{engine}: {page}");
        assert!(page.contains("16,55 € (espèces) devient 6,55 € (chèque). Raison : Le chèque était de 6,55 €."), "{engine}: {page}");

        // Distributed, then archived; the sheet is closed after that.
        for to in ["distributed", "archived"] {
            let (s, body) = app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", to), ("confirmed", "yes")]).await;
            assert_eq!(s, 200, "{engine}: {to}: {body}");
        }
        let (s, _) = app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "cancelled"), ("confirmed", "yes")]).await;
        assert_eq!(s, 409, "{engine}: an archived cycle cannot be cancelled");
        let (s, _) = app.call(&coord, "record_pickup", &[("order_id", &order), ("paid", "1"), ("method", "card")]).await;
        assert_eq!(s, 409, "{engine}");
    }
}

per_engine! {
    async fn a_coordinator_takes_an_order_by_phone_within_the_grace_period(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await.to_string();
        let honey = app.count(&product(&app, "Miel de lavande")).await.to_string();
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await.to_string();
        let household = app.count("SELECT household_id FROM accounts WHERE email = 'nadia@exemple.fr'").await.to_string();
        let admin = app.login("admin@potcommun.fr").await;
        let (s, _) = app.call(&admin, "save_settings", &[("order_grace_minutes", "60")]).await;
        assert_eq!(s, 200, "{engine}");
        let coord = app.login(CLAIRE).await;
        let order = |key: &str, qty: &str| {
            vec![
                ("cycle_id".to_string(), cycle.clone()),
                ("pickup_point_id".to_string(), point.clone()),
                ("key".to_string(), key.to_string()),
                ("household_id".to_string(), household.clone()),
                ("lines[0][product]".to_string(), honey.clone()),
                ("lines[0][qty]".to_string(), qty.to_string()),
            ]
        };
        let res = coord.post(app.url("/api/place_order")).form(&order("au-telephone-000001", "1")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        // The household sees it at its own price, and who entered it is kept.
        let nadia = app.login(NADIA).await;
        let (_, html) = app.get(&nadia, "/commande").await;
        assert!(text(&html).contains("Total à payer : 0,95 €"), "{engine}");
        let claire = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM order_changes WHERE account_id = {claire}")).await, 1);
        // A member cannot order for another household.
        let awa = app.login(AWA).await;
        let res = awa.post(app.url("/api/place_order")).form(&order("pas-pour-moi-00002", "2")).send().await.unwrap();
        assert_eq!(res.status(), 403, "{engine}");

        // Closed for members at once; a coordinator still has the hour.
        let closes = app.count(&format!("SELECT closes_at FROM cycles WHERE id = {cycle}")).await;
        app.tick(closes).await;
        let res = nadia
            .post(app.url("/api/place_order"))
            .form(&[("cycle_id", cycle.as_str()), ("pickup_point_id", &point), ("key", "trop-tard-00000003"), ("lines[0][product]", &honey), ("lines[0][qty]", "2")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 409, "{engine}");
        // (The server's clock is real: the grace is measured against it, so
        // move the closing back into the past by less than the hour.)
        sqlx::query(&format!("UPDATE cycles SET closes_at = {} WHERE id = {cycle}", app::state::now() - 600)).execute(&app.pool).await.unwrap();
        let late = |email: &'static str| format!("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.email = '{email}' AND n.kind = 'order_changed_late'");
        assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'order_changed_late'").await, 0, "{engine}: before closing, no news");
        let res = coord.post(app.url("/api/place_order")).form(&order("apres-coup-0000004", "2")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        // Changed after closing: the other coordinators are told (the lists
        // they printed are out of date), not the one who changed it.
        let told = (app.count(&late("admin@potcommun.fr")).await, app.count(&late("samir@potcommun.fr")).await, app.count(&late(CLAIRE)).await);
        assert_eq!(told, (1, 1, 0), "{engine}");
        let (_, html) = app.get(&app.login("samir@potcommun.fr").await, "/messages").await;
        assert!(text(&html).contains("changée après la clôture de « Commande de la semaine » par Claire Dumas"), "{engine}");
        sqlx::query(&format!("UPDATE cycles SET closes_at = {} WHERE id = {cycle}", app::state::now() - 7200)).execute(&app.pool).await.unwrap();
        let res = coord.post(app.url("/api/place_order")).form(&order("bien-trop-tard-0005", "1")).send().await.unwrap();
        assert_eq!(res.status(), 409, "{engine}");
        assert_eq!(app.count(&format!("SELECT sold_milli FROM cycle_products WHERE product_id = {honey}")).await, 2000, "{engine}");
    }
}

per_engine! {
    async fn coordinators_manage_pickup_points(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let form = [("name", "Local des Minguettes"), ("address", "3 place Lénine, Vénissieux"), ("access_notes", "Rez-de-chaussée, rampe à gauche.")];
        let (s, body) = app.call(&coord, "save_pickup_point", &form).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (s, _) = app.call(&coord, "save_pickup_point", &form).await;
        assert_eq!(s, 409, "{engine}: same name twice");
        let (s, _) = app.call(&coord, "save_pickup_point", &[("name", "  "), ("address", "x"), ("access_notes", "")]).await;
        assert_eq!(s, 400, "{engine}");
        let id = app.count("SELECT id FROM pickup_points WHERE name = 'Local des Minguettes'").await.to_string();
        let (s, _) = app.call(&coord, "save_pickup_point", &[("id", id.as_str()), ("name", "Local des Minguettes"), ("address", "5 place Lénine, Vénissieux"), ("access_notes", "")]).await;
        assert_eq!(s, 200, "{engine}");
        let (s, html) = app.get(&coord, "/coordination/lieux").await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("5 place Lénine"), "{engine}");
        let member = app.login(AWA).await;
        let (s, _) = app.call(&member, "save_pickup_point", &form).await;
        assert_eq!(s, 403, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM pickup_points").await, 3);
    }
}

per_engine! {
    async fn coordinators_choose_what_a_cycle_offers_and_its_caps(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await.to_string();
        let honey = app.count(&product(&app, "Miel de lavande")).await.to_string();
        let lentils = app.count(&product(&app, "Lentilles vertes")).await.to_string();
        let point = app.count("SELECT MIN(pickup_point_id) FROM cycle_pickups").await.to_string();
        let member = app.login(AWA).await;
        let res = member
            .post(app.url("/api/place_order"))
            .form(&[("cycle_id", cycle.as_str()), ("pickup_point_id", &point), ("key", "offre-miel-000000001"), ("lines[0][product]", &honey), ("lines[0][qty]", "2")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        let coord = app.login(CLAIRE).await;
        let save = |lines: Vec<(&'static str, &'static str, &'static str)>| {
            let mut form = vec![("cycle_id".to_string(), cycle.clone())];
            for (i, (p, offered, cap)) in lines.into_iter().enumerate() {
                let id = if p == "honey" { honey.clone() } else { lentils.clone() };
                form.push((format!("lines[{i}][product]"), id));
                if !offered.is_empty() {
                    form.push((format!("lines[{i}][offered]"), offered.to_string()));
                }
                form.push((format!("lines[{i}][cap]"), cap.to_string()));
            }
            let c = coord.clone();
            let url = app.url("/api/save_cycle_offer");
            async move {
                let res = c.post(url).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }
        };
        // Honey was ordered: it cannot leave the cycle, nor be capped below 2.
        let (s, body) = save(vec![("honey", "", "")]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        assert!(body.contains("Miel de lavande"), "{engine}");
        let (s, _) = save(vec![("honey", "on", "1")]).await;
        assert_eq!(s, 400, "{engine}");
        let (s, _) = save(vec![("honey", "on", "3"), ("lentils", "", "")]).await;
        assert_eq!(s, 200, "{engine}");
        assert_eq!(app.count(&format!("SELECT cap_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {honey}")).await, 3000);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {lentils}")).await, 0);
        // Members no longer see the lentils in this cycle, and cannot order them.
        let (_, html) = app.get(&member, "/commande").await;
        assert!(!text(&html).contains("Lentilles vertes"), "{engine}");
        // Back in, with a cap.
        let (s, _) = save(vec![("lentils", "on", "5")]).await;
        assert_eq!(s, 200, "{engine}");
        assert_eq!(app.count(&format!("SELECT cap_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {lentils}")).await, 5000);
        let (s, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/produits")).await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("déjà commandé : 2"), "{engine}");
        // Members may not; nor after closing.
        let (s, _) = app.call(&member, "save_cycle_offer", &[("cycle_id", cycle.as_str())]).await;
        assert_eq!(s, 403, "{engine}");
        app.tick(app::state::now() + 7 * 86_400).await;
        let (s, _) = save(vec![("lentils", "on", "6")]).await;
        assert_eq!(s, 409, "{engine}");
    }
}
