//! The association's money over real HTTP, on SQLite and PostgreSQL: cost
//! prices frozen with each line, households' accounts (an append-only
//! ledger the database itself guards), what is owed carried to the next
//! table and credit paying the next order, many volunteers recording at
//! once, the till counted once, memberships with the charter, and the
//! accountant's journal.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // 100 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %
const AICHA: &str = "aicha@exemple.fr";
const CLAIRE: &str = "claire@potcommun.fr";
const ADMIN: &str = "admin@potcommun.fr";
const H: i64 = 3600;
const DAY: i64 = 86_400;

async fn open_demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE state = 'open'").await
}

async fn product(app: &TestApp, name: &str) -> i64 {
    app.count(&format!("SELECT id FROM products WHERE name = '{name}'")).await
}

async fn household_of(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("SELECT household_id FROM accounts WHERE email = '{email}'")).await
}

fn order_of(email: &str, cycle: i64) -> String {
    format!("SELECT o.id FROM orders o JOIN accounts a ON a.household_id = o.household_id WHERE a.email = '{email}' AND o.cycle_id = {cycle}")
}

fn balance_of(household: i64) -> String {
    format!("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM ledger_entries WHERE household_id = {household}")
}

async fn close(app: &TestApp, coord: &reqwest::Client, cycle: i64) {
    let (s, body) = app.call(coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "closed"), ("confirmed", "yes")]).await;
    assert_eq!(s, 200, "{body}");
}

per_engine! {
    async fn the_cost_price_is_the_producers_price_and_the_costs_frozen_with_each_line(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let lentils = product(&app, "Lentilles vertes").await;
        let (coord, awa, nadia) = (app.login(CLAIRE).await, app.login(AWA).await, app.login(NADIA).await);
        let costs = || app.count("SELECT COUNT(*) FROM price_costs");

        // Refused, each with its reason, and nothing stored.
        let long = "x".repeat(10_000);
        for (form, why) in [
            (vec![("name", "Stockage"), ("kind", "percent"), ("amount", "150"), ("scope", "all")], "over 100 %"),
            (vec![("name", "Stockage"), ("kind", "per_unit"), ("amount", "-1"), ("scope", "all")], "negative"),
            (vec![("name", "Stockage"), ("kind", "per_unit"), ("amount", "99999999"), ("scope", "all")], "absurd"),
            (vec![("name", "Stockage"), ("kind", "bogus"), ("amount", "1"), ("scope", "all")], "unknown kind"),
            (vec![("name", "Stockage"), ("kind", "per_unit"), ("amount", "1"), ("scope", "category"), ("category_id", "")], "no category"),
            (vec![("name", long.as_str()), ("kind", "per_unit"), ("amount", "1"), ("scope", "all")], "10 000 characters"),
            (vec![("name", "Stockage"), ("kind", "per_unit"), ("amount", "1"), ("scope", "product"), ("product_id", "999999")], "no such product"),
        ] {
            let (s, body) = app.call(&coord, "add_cost", &form).await;
            assert_eq!(s, 400, "{engine}: {why}: {body}");
        }
        let (s, _) = app.call(&awa, "add_cost", &[("name", "Stockage"), ("kind", "per_unit"), ("amount", "1"), ("scope", "all")]).await;
        assert_eq!(s, 403, "{engine}: a member sets no cost");
        assert_eq!(costs().await, 0, "{engine}");

        // 10 centimes of transport on everything, 5 % of storage on lentils:
        // 4,70 + 0,10 + 0,235 (→ 0,24) = 5,04 € the kilo at cost.
        let (s, body) = app.call(&coord, "add_cost", &[("name", "Transport"), ("kind", "per_unit"), ("amount", "0,10"), ("scope", "all")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (s, body) = app.call(&coord, "add_cost", &[("name", "Stockage"), ("kind", "percent"), ("amount", "5"), ("scope", "product"), ("product_id", &lentils.to_string())]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (_, html) = app.get(&awa, "/catalogue?q=lentilles").await;
        assert!(text(&html).contains("5,04 € / kg"), "{engine}: {}", text(&html));

        // "Why this price", in words, the tier's share to the household alone.
        let (s, html) = app.get(&nadia, &format!("/catalogue/{lentils}/prix")).await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        for part in ["Prix du producteur (Moulin de Chabeuil) 4,70 € / kg", "+ Transport 0,10 € / kg", "+ Stockage 0,24 € / kg", "Prix coûtant 5,04 € / kg", "Votre prix 0,50 € / kg", "vous payez 10 % du prix coûtant"] {
            assert!(page.contains(part), "{engine}: {part}: {page}");
        }
        let (_, html) = app.get(&awa, &format!("/catalogue/{lentils}/prix")).await;
        assert!(!text(&html).contains("10 %") && text(&html).contains("Votre prix 5,04 € / kg"), "{engine}: {}", text(&html));

        // Ordered now, the lines keep both prices.
        assert_eq!(app.order(&awa, cycle, &[(lentils, "2")]).await.0, 200);
        assert_eq!(app.order(&nadia, cycle, &[(lentils, "1")]).await.0, 200);
        let line = |email: &str| format!("SELECT l.producer_cents * 100000 + l.price_cents * 10000 + 0 FROM order_lines l WHERE l.order_id = ({})", order_of(email, cycle));
        assert_eq!(app.count(&line(AWA)).await, 470 * 100_000 + 504 * 10_000, "{engine}");
        assert_eq!(app.count(&format!("SELECT total_cents FROM orders WHERE id = ({})", order_of(AWA, cycle))).await, 1008);
        // 5,04 × 10 % = 0,504 → 0,50.
        assert_eq!(app.count(&format!("SELECT total_cents FROM orders WHERE id = ({})", order_of(NADIA, cycle))).await, 50);

        // Withdrawn: the catalogue goes back, the orders do not move.
        for id in [app.count("SELECT MIN(id) FROM price_costs").await, app.count("SELECT MAX(id) FROM price_costs").await] {
            assert_eq!(app.call(&coord, "withdraw_cost", &[("id", &id.to_string())]).await.0, 200);
        }
        assert_eq!(app.call(&coord, "withdraw_cost", &[("id", "999999")]).await.0, 404);
        let (_, html) = app.get(&awa, "/catalogue?q=lentilles").await;
        assert!(text(&html).contains("4,70 € / kg"), "{engine}");
        assert_eq!(app.count(&line(AWA)).await, 470 * 100_000 + 504 * 10_000, "{engine}: a past line is never rewritten");

        // The cycle's money: every figure from the frozen lines, and what
        // households owe plus the solidarity cost is the cost of the goods.
        close(&app, &coord, cycle).await;
        let (s, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/argent")).await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        // Producers 9,40 + 4,70; at cost 10,08 + 5,04; owed 10,08 + 0,50.
        for part in ["Prix producteurs 14,10 €", "Coûts de l’association 1,02 €", "Au prix coûtant 15,12 €", "Dû par les foyers 10,58 €", "Coût de la solidarité 4,54 €", "Payé par les foyers 0,00 €"] {
            assert!(page.contains(part), "{engine}: {part}: {page}");
        }
        let report = |f: &str| format!("SELECT CAST(SUM({f}) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.cycle_id = {cycle}");
        assert_eq!(app.count(&report("l.line_cents")).await, 1058, "{engine}");
        // The purchase order asks the producer's price, not the cost price.
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert!(text(&html).contains("Lentilles vertes 3 kg 4,70 € 14,10 €"), "{engine}: {}", text(&html));
    }
}

per_engine! {
    async fn what_is_owed_carries_over_and_credit_pays_the_next_order(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let honey = product(&app, "Miel de lavande").await;
        let (coord, awa, nadia) = (app.login(CLAIRE).await, app.login(AWA).await, app.login(NADIA).await);
        assert_eq!(app.order(&awa, cycle, &[(honey, "2")]).await.0, 200); // 19,00
        assert_eq!(app.order(&nadia, cycle, &[(honey, "2")]).await.0, 200); // 1,90
        close(&app, &coord, cycle).await;
        let (awa_h, nadia_h) = (household_of(&app, AWA).await, household_of(&app, NADIA).await);
        let entries = || app.count("SELECT COUNT(*) FROM ledger_entries");

        // Nadia's household tops up 20 € at the desk; the form posted twice
        // is recorded once.
        let top_up = [("household_id", nadia_h.to_string()), ("kind", "top_up".into()), ("amount", "20".into()), ("method", "cash".into()), ("key", "avance-nadia-0001".into())];
        let form: Vec<(&str, &str)> = top_up.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for _ in 0..2 {
            let (s, body) = app.call(&coord, "record_entry", &form).await;
            assert_eq!(s, 200, "{engine}: {body}");
        }
        assert_eq!(app.count(&balance_of(nadia_h)).await, -2000, "{engine}: one top-up");

        // Refusals change nothing.
        let before = entries().await;
        let long = "x".repeat(10_000);
        let nadia_id = nadia_h.to_string();
        for (form, status, why) in [
            (vec![("household_id", nadia_id.as_str()), ("kind", "payment"), ("amount", "-5"), ("method", "cash"), ("key", "k-1")], 400, "negative"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "payment"), ("amount", "99999999"), ("method", "cash"), ("key", "k-2")], 400, "absurd"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "payment"), ("amount", "0"), ("method", "cash"), ("key", "k-3")], 400, "nothing"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "order"), ("amount", "5"), ("key", "k-4")], 400, "an order is never typed"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "payment"), ("amount", "5"), ("method", "bitcoin"), ("key", "k-5")], 400, "unknown method"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "adjustment"), ("amount", "5"), ("key", "k-6")], 400, "a correction says why"),
            (vec![("household_id", nadia_id.as_str()), ("kind", "payment"), ("amount", "5"), ("method", "cash"), ("reference", long.as_str()), ("key", "k-7")], 400, "10 000 characters"),
            (vec![("household_id", "999999"), ("kind", "payment"), ("amount", "5"), ("method", "cash"), ("key", "k-8")], 404, "no such household"),
        ] {
            let (s, body) = app.call(&coord, "record_entry", &form).await;
            assert_eq!(s, status, "{engine}: {why}: {body}");
        }
        let (s, _) = app.call(&awa, "record_entry", &[("household_id", &awa_h.to_string()), ("kind", "payment"), ("amount", "500"), ("method", "cash"), ("key", "k-9")]).await;
        assert_eq!(s, 403, "{engine}: a member records no payment, not even their own");
        assert_eq!(entries().await, before, "{engine}: a refused entry is not stored");

        // At the table: Nadia's order is covered by her credit.
        let sheet = format!("/coordination/cycles/{cycle}/distribution");
        let (_, html) = app.get(&coord, &sheet).await;
        let page = text(&html);
        assert!(page.contains("Foyer Bouzid — déjà réglé"), "{engine}: {page}");
        assert!(page.contains("Foyer Diallo — à payer : 19,00 €"), "{engine}: {page}");
        assert!(!page.contains("solidaire") && !page.contains("10 %"), "{engine}: no tier at the table");
        let nadia_order = app.count(&order_of(NADIA, cycle)).await.to_string();
        assert_eq!(app.call(&coord, "record_pickup", &[("order_id", &nadia_order), ("paid", "0"), ("method", "cash")]).await.0, 200);
        assert_eq!(app.count(&balance_of(nadia_h)).await, -2000 + 190, "{engine}: credit paid the order");
        // Awa pays 15 € of 19: she owes 4 €.
        let awa_order = app.count(&order_of(AWA, cycle)).await.to_string();
        assert_eq!(app.call(&coord, "record_pickup", &[("order_id", &awa_order), ("paid", "15"), ("method", "cash")]).await.0, 200);
        assert_eq!(app.count(&balance_of(awa_h)).await, 400, "{engine}");

        // Her account, in plain words, and a receipt for the payment.
        let (s, html) = app.get(&awa, "/compte").await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        for part in ["Votre foyer doit 4,00 €", "Commande — Commande de la semaine 19,00 €", "Payé (espèces) − 15,00 €"] {
            assert!(page.contains(part), "{engine}: {part}: {page}");
        }
        let payment = app.count(&format!("SELECT id FROM ledger_entries WHERE household_id = {awa_h} AND kind = 'payment'")).await;
        let (s, html) = app.get(&awa, &format!("/compte/recu/{payment}")).await;
        assert_eq!(s, 200, "{engine}");
        assert!(text(&html).contains("L’association a reçu 15,00 € du foyer Foyer Diallo (espèces)"), "{engine}: {}", text(&html));
        let (s, _) = app.get(&nadia, &format!("/compte/recu/{payment}")).await;
        assert_eq!(s, 404, "{engine}: another household's receipt does not exist for her");
        let (_, html) = app.get(&nadia, "/compte").await;
        assert!(text(&html).contains("Vous avez 18,10 € d’avance"), "{engine}: {}", text(&html));

        // The till of the first point: counted once, the gap kept.
        let point = app.count(&format!("SELECT pickup_point_id FROM orders WHERE id = {awa_order}")).await.to_string();
        let c = cycle.to_string();
        let (s, body) = app.call(&coord, "count_till", &[("cycle_id", &c), ("point_id", &point), ("counted", "14,50")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.call(&coord, "count_till", &[("cycle_id", &c), ("point_id", &point), ("counted", "15")]).await.0, 409, "{engine}: counted once");
        assert_eq!(app.call(&coord, "count_till", &[("cycle_id", &c), ("point_id", &point), ("counted", "-3")]).await.0, 400);
        assert_eq!(app.count(&format!("SELECT expected_cents * 100000 + counted_cents FROM till_counts WHERE cycle_id = {cycle}")).await, 1500 * 100_000 + 1450);
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/argent")).await;
        assert!(text(&html).contains("Caisse comptée : 14,50 € en espèces pour 15,00 € attendus (écart -0,50 €)"), "{engine}: {}", text(&html));

        // A mistake is reversed, once; a reversal is never reversed.
        let (s, _) = app.call(&awa, "reverse_entry", &[("household_id", &awa_h.to_string()), ("entry_id", &payment.to_string()), ("note", "Erreur")]).await;
        assert_eq!(s, 403, "{engine}");
        let reverse = |id: i64| {
            let (h, id) = (awa_h.to_string(), id.to_string());
            let coord = coord.clone();
            let app = &app;
            async move { app.call(&coord, "reverse_entry", &[("household_id", &h), ("entry_id", &id), ("note", "Billet mal compté")]).await.0 }
        };
        assert_eq!(reverse(payment).await, 200, "{engine}");
        assert_eq!(reverse(payment).await, 409, "{engine}: reversed twice");
        let reversal = app.count(&format!("SELECT id FROM ledger_entries WHERE reverses_id = {payment}")).await;
        assert_eq!(reverse(reversal).await, 409, "{engine}: a reversal of a reversal");
        assert_eq!(app.call(&coord, "reverse_entry", &[("household_id", &nadia_h.to_string()), ("entry_id", &payment.to_string()), ("note", "x")]).await.0, 404, "{engine}: not her entry");
        assert_eq!(app.count(&balance_of(awa_h)).await, 1900, "{engine}");
        let (_, html) = app.get(&awa, "/compte").await;
        assert!(text(&html).contains("Votre foyer doit 19,00 €"), "{engine}: the page is the sum of the entries");

        // The database itself refuses to change or delete an entry.
        for sql in [format!("UPDATE ledger_entries SET amount_cents = 0 WHERE id = {payment}"), format!("DELETE FROM ledger_entries WHERE id = {payment}"), "DELETE FROM ledger_entries".to_string()] {
            let res = sqlx::query(&sql).execute(&app.pool).await;
            assert!(res.is_err(), "{engine}: {sql} went through");
        }
        assert_eq!(app.count(&format!("SELECT amount_cents FROM ledger_entries WHERE id = {payment}")).await, -1500);

        // The next cycle: what Awa owes is asked with her next order.
        let now = app::state::now();
        let claire_id = app.count(&format!("SELECT id FROM accounts WHERE email = '{CLAIRE}'")).await;
        let next = app::cycles::repo::create(&app.pool, "Cycle suivant", now - 60, now + 5 * DAY, claire_id, now).await.unwrap();
        let p = point.parse::<i64>().unwrap();
        assert!(app::cycles::repo::set_pickup(&app.pool, next, p, now + 6 * DAY, now + 6 * DAY + 2 * H).await.unwrap());
        app.tick(now).await;
        // Her next order's page says what is still owed from last time;
        // Nadia's, the credit that will pay hers.
        let (_, html) = app.get(&awa, "/commande").await;
        assert!(text(&html).contains("Il reste 19,00 € à payer de la dernière fois"), "{engine}: {}", text(&html));
        let (_, html) = app.get(&nadia, "/commande").await;
        assert!(text(&html).contains("Vous avez 18,10 € d’avance : elle servira à payer cette commande."), "{engine}: {}", text(&html));
        // If the association asks for it, what is owed is paid before the
        // next order (off by default: it waits for the table).
        let admin = app.login(ADMIN).await;
        let codes = [("members", "411"), ("sales", "707"), ("memberships", "756"), ("cash", "530"), ("bank", "512"), ("producers", "401"), ("purchases", "607")];
        let mut on = codes.to_vec();
        on.push(("debt_blocks_ordering", "on"));
        assert_eq!(app.call(&admin, "save_treasury_settings", &on).await.0, 200);
        let (s, body) = app.order(&awa, next, &[(honey, "1")]).await;
        assert_eq!(s, 409, "{engine}: {body}");
        assert!(body.contains("error-account_owes"), "{engine}: {body}");
        assert_eq!(app.order(&nadia, next, &[(honey, "1")]).await.0, 200, "{engine}: credit is no debt");
        assert_eq!(app.call(&admin, "save_treasury_settings", &codes).await.0, 200);
        assert_eq!(app.order(&awa, next, &[(honey, "1")]).await.0, 200);
        close(&app, &coord, next).await;
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{next}/distribution")).await;
        let page = text(&html);
        assert!(page.contains("Foyer Diallo — à payer : 28,50 €"), "{engine}: {page}");
        assert!(page.contains("Commande 9,50 € + 19,00 € restant à payer de la dernière fois"), "{engine}: {page}");
        // Nadia's credit still covers her next order by itself.
        assert!(page.contains("Foyer Bouzid — déjà réglé"), "{engine}: {page}");
    }
}

per_engine! {
    async fn twenty_volunteers_record_at_once_and_each_payment_is_one_entry(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let coord = app.login(CLAIRE).await;
        close(&app, &coord, cycle).await;
        let point = app.count(&format!("SELECT MIN(pickup_point_id) FROM cycle_pickups WHERE cycle_id = {cycle}")).await;
        let now = app::state::now();
        let mut orders = Vec::new();
        for i in 0..20 {
            let h: i64 = sqlx::query_scalar("INSERT INTO households (name, search_name, created_at) VALUES ($1, $1, $2) RETURNING id")
                .bind(format!("Foyer {i:02}"))
                .bind(now)
                .fetch_one(&app.pool)
                .await
                .unwrap();
            let o: i64 = sqlx::query_scalar(
                "INSERT INTO orders (cycle_id, household_id, pickup_point_id, share_percent, total_cents, created_at, updated_at) VALUES ($1, $2, $3, 100, $4, $5, $5) RETURNING id",
            )
            .bind(cycle)
            .bind(h)
            .bind(point)
            .bind(1000 + i)
            .bind(now)
            .fetch_one(&app.pool)
            .await
            .unwrap();
            orders.push(o);
        }
        let claire_id = app.count(&format!("SELECT id FROM accounts WHERE email = '{CLAIRE}'")).await;
        let mut cookies = Vec::new();
        for _ in 0..20 {
            cookies.push(app.session_cookie(claire_id).await);
        }
        // Each household twice, by two volunteers, with different amounts.
        let client = reqwest::Client::new();
        let mut tasks = Vec::new();
        for (i, o) in orders.iter().enumerate() {
            for (who, paid) in [(i, "10"), ((i + 1) % 20, "7")] {
                let req = client
                    .post(app.url("/api/record_pickup"))
                    .header("cookie", cookies[who].clone())
                    .form(&[("order_id", o.to_string()), ("paid", paid.to_string()), ("method", "cash".to_string())]);
                tasks.push(tokio::spawn(async move { req.send().await.unwrap().status().as_u16() }));
            }
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 20, "{engine}: {statuses:?}");
        assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 20, "{engine}: {statuses:?}");
        for o in &orders {
            assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ledger_entries WHERE order_id = {o} AND kind = 'order'")).await, 1, "{engine}");
            assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ledger_entries WHERE order_id = {o} AND kind = 'payment'")).await, 1, "{engine}");
        }
        // The till holds what the entries say, per point.
        let received = app.count(&format!("SELECT CAST(-SUM(amount_cents) AS BIGINT) FROM ledger_entries WHERE cycle_id = {cycle} AND kind = 'payment'")).await;
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/distribution")).await;
        assert!(text(&html).contains(&format!("Caisse : espèces {},{:02} €", received / 100, received % 100)), "{engine}: {}", text(&html));

        // Ten taps on one desk form: one entry.
        let h = app.count("SELECT MIN(id) FROM households").await.to_string();
        let mut taps = Vec::new();
        for cookie in cookies.iter().take(10) {
            let req = client.post(app.url("/api/record_entry")).header("cookie", cookie.clone()).form(&[
                ("household_id", h.clone()),
                ("kind", "top_up".into()),
                ("amount", "5".into()),
                ("method", "card".into()),
                ("key", "un-seul-formulaire-00001".into()),
            ]);
            taps.push(tokio::spawn(async move { req.send().await.unwrap().status().as_u16() }));
        }
        let mut statuses = Vec::new();
        for t in taps {
            statuses.push(t.await.unwrap());
        }
        assert!(statuses.iter().all(|s| *s == 200), "{engine}: {statuses:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM ledger_entries WHERE idem_key = 'un-seul-formulaire-00001'").await, 1, "{engine}");
    }
}

per_engine! {
    async fn a_membership_with_the_charter_renewed_and_reminded(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let (awa, nadia, coord, admin) = (app.login(AWA).await, app.login(NADIA).await, app.login(CLAIRE).await, app.login(ADMIN).await);
        let awa_h = household_of(&app, AWA).await;
        let (_, html) = app.get(&awa, "/compte").await;
        assert!(text(&html).contains("Votre foyer n’a pas encore adhéré"), "{engine}: {}", text(&html));
        let charter = app.count("SELECT MAX(id) FROM charters").await.to_string();

        // The charter must be accepted, and the version read must be the
        // one in force.
        assert_eq!(app.call(&awa, "join_membership", &[("charter_id", &charter)]).await.0, 400, "{engine}");
        let (s, body) = app.call(&admin, "publish_charter", &[("body", "Nouvelle charte : on se parle avec respect.")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.call(&coord, "publish_charter", &[("body", "x")]).await.0, 403, "{engine}: the admin's");
        assert_eq!(app.call(&awa, "join_membership", &[("charter_id", &charter), ("accept", "on")]).await.0, 409, "{engine}: an old version");
        let charter = app.count("SELECT MAX(id) FROM charters").await.to_string();
        // The fee is the association's: 1 €, no other amount.
        assert_eq!(app.call(&awa, "join_membership", &[("charter_id", &charter), ("accept", "on"), ("fee", "5")]).await.0, 400, "{engine}");
        let (s, body) = app.call(&awa, "join_membership", &[("charter_id", &charter), ("accept", "on")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.call(&awa, "join_membership", &[("charter_id", &charter), ("accept", "on")]).await.0, 409, "{engine}: once a period");
        assert_eq!(app.count(&format!("SELECT c.version FROM memberships m JOIN charters c ON c.id = m.charter_id WHERE m.household_id = {awa_h}")).await, 2);
        assert_eq!(app.count(&balance_of(awa_h)).await, 100, "{engine}: the fee is owed");
        let (_, html) = app.get(&awa, "/compte").await;
        let page = text(&html);
        assert!(page.contains("Votre foyer est adhérent jusqu’au") && page.contains("Adhésion du"), "{engine}: {page}");
        let fee = app.count(&format!("SELECT id FROM ledger_entries WHERE household_id = {awa_h} AND kind = 'membership'")).await;
        let (s, html) = app.get(&awa, &format!("/compte/recu/{fee}")).await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("Attestation d’adhésion"), "{engine}");

        // The association may require a current membership to order: Nadia
        // has none, and is told why; joined at the desk, she orders.
        let honey = product(&app, "Miel de lavande").await;
        let (s, _) = app.call(&admin, "save_membership_settings", &[("fee", "1"), ("renewal", "09-01"), ("blocks_ordering", "on")]).await;
        assert_eq!(s, 200, "{engine}");
        let (s, body) = app.order(&nadia, cycle, &[(honey, "1")]).await;
        assert_eq!(s, 409, "{engine}: {body}");
        assert!(body.contains("error-membership_lapsed"), "{engine}: {body}");
        let nadia_h = household_of(&app, NADIA).await.to_string();
        let (s, html) = app.get(&coord, &format!("/coordination/foyers/{nadia_h}/compte")).await;
        assert_eq!(s, 200, "{engine}");
        assert!(text(&html).contains("Le foyer a lu la charte et l’accepte") && text(&html).contains("Enregistrer l’adhésion"), "{engine}: {}", text(&html));
        let (s, body) = app.call(&coord, "desk_membership", &[("household_id", &nadia_h), ("charter_id", &charter), ("paid", "1"), ("method", "cash"), ("accept", "on")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT at_desk FROM memberships WHERE household_id = {nadia_h}")).await, 1);
        assert_eq!(app.count(&balance_of(nadia_h.parse().unwrap())).await, 0, "{engine}: paid at once");
        assert_eq!(app.order(&nadia, cycle, &[(honey, "1")]).await.0, 200, "{engine}");
        for (fee, renewal) in [("-1", "09-01"), ("1", "02-30"), ("1", "13-01"), ("99999", "09-01")] {
            assert_eq!(app.call(&admin, "save_membership_settings", &[("fee", fee), ("renewal", renewal)]).await.0, 400, "{engine}: {fee} {renewal}");
        }

        // A month before the end, told once.
        let ends = app.count(&format!("SELECT ends_at FROM memberships WHERE household_id = {awa_h}")).await;
        app.tick(ends - 40 * DAY).await;
        let told = format!("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.household_id = {awa_h} AND n.kind = 'membership_renewal'");
        assert_eq!(app.count(&told).await, 0, "{engine}: not yet");
        app.tick(ends - 20 * DAY).await;
        let once = app.count(&told).await;
        assert!(once >= 1, "{engine}");
        app.tick(ends - 19 * DAY).await;
        assert_eq!(app.count(&told).await, once, "{engine}: once");

        // Renewal in bulk: the page shows what it will book; booking it
        // renews from the end of the current period.
        sqlx::query("UPDATE memberships SET ends_at = $1 WHERE household_id = $2").bind(app::state::now() + 10 * DAY).bind(awa_h).execute(&app.pool).await.unwrap();
        let (_, html) = app.get(&coord, "/coordination/adhesions").await;
        let page = text(&html);
        assert!(page.contains("Renouveler une adhésion du") && page.contains("1,00 €, soit 1,00 € dus par le foyer"), "{engine}: {page}");
        assert!(page.contains("Foyer Diallo") && page.contains("Renouveler cette adhésion"), "{engine}: {page}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM memberships WHERE household_id = {awa_h}")).await, 1, "{engine}: shown, not booked");
        let (s, body) = app.call(&coord, "bulk_renew", &[("charter_id", &charter), ("households[0]", &awa_h.to_string())]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM memberships WHERE household_id = {awa_h}")).await, 2);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM memberships m WHERE household_id = {awa_h} AND starts_at = (SELECT MIN(ends_at) FROM memberships WHERE household_id = {awa_h})")).await, 1, "{engine}: from the end of the last one");
        assert_eq!(app.call(&awa, "bulk_renew", &[("charter_id", &charter), ("households[0]", &awa_h.to_string())]).await.0, 403);
    }
}

per_engine! {
    async fn the_journal_balances_and_names_no_household(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let honey = product(&app, "Miel de lavande").await;
        let (coord, awa, aicha) = (app.login(CLAIRE).await, app.login(AWA).await, app.login(AICHA).await);
        assert_eq!(app.order(&awa, cycle, &[(honey, "2")]).await.0, 200);
        close(&app, &coord, cycle).await;
        let order = app.count(&order_of(AWA, cycle)).await.to_string();
        assert_eq!(app.call(&coord, "record_pickup", &[("order_id", &order), ("paid", "12"), ("method", "card")]).await.0, 200);
        // The producer's invoice, a cent above the purchase order, then paid.
        let producer = app.count(&format!("SELECT producer_id FROM products WHERE id = {honey}")).await.to_string();
        let c = cycle.to_string();
        assert_eq!(app.call(&coord, "pay_invoice", &[("cycle_id", &c), ("producer_id", &producer)]).await.0, 409, "{engine}: nothing to pay yet");
        assert_eq!(app.call(&coord, "save_invoice", &[("cycle_id", &c), ("producer_id", &producer), ("amount", "-2"), ("reference", "")]).await.0, 400);
        let (s, body) = app.call(&coord, "save_invoice", &[("cycle_id", &c), ("producer_id", &producer), ("amount", "19,01"), ("reference", "F-2026-118")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/argent")).await;
        assert!(text(&html).contains("Facturé : 19,01 € (écart 0,01 €)"), "{engine}: {}", text(&html));
        assert_eq!(app.call(&coord, "pay_invoice", &[("cycle_id", &c), ("producer_id", &producer)]).await.0, 200);
        assert_eq!(app.call(&coord, "save_invoice", &[("cycle_id", &c), ("producer_id", &producer), ("amount", "1"), ("reference", "")]).await.0, 409, "{engine}: paid, it stays");

        let today = app::cycles::time::to_day_input(app::state::now());
        let url = format!("/coordination/journal.csv?du={today}&au={today}");
        let res = coord.get(app.url(&url)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = res.text().await.unwrap();
        assert!(!csv.contains("Diallo") && !csv.contains("Awa"), "{engine}: no names leave: {csv}");
        assert!(csv.contains("\"411\";\"Commande foyer"), "{engine}: {csv}");
        assert!(csv.contains("\"512\";\"Paiement foyer"), "{engine}: a card goes to the bank: {csv}");
        assert!(csv.contains("\"607\";\"Facture") && csv.contains("\"401\";\"Facture"), "{engine}: {csv}");
        let cents = |cell: &str| -> i64 { cell.replace(',', "").parse().unwrap() };
        let (debit, credit) = csv.lines().skip(1).fold((0, 0), |(d, c), l| {
            let cells: Vec<&str> = l.split(';').collect();
            (d + cents(cells[3]), c + cents(cells[4]))
        });
        assert_eq!(debit, credit, "{engine}: {csv}");
        assert!(debit >= 1900 + 1200 + 2 * 1901, "{engine}: {csv}");
        let ledger = coord.get(app.url(&format!("/coordination/grand-livre.csv?du={today}&au={today}"))).send().await.unwrap().text().await.unwrap();
        assert!(ledger.lines().count() >= 3 && !ledger.contains("Diallo"), "{engine}: {ledger}");

        for bad in ["du=hier&au=demain", "du=2026-13-01&au=2026-12-01", "du=2027-01-01&au=2026-01-01", "du=2000-01-01&au=2026-01-01", ""] {
            let res = coord.get(app.url(&format!("/coordination/journal.csv?{bad}"))).send().await.unwrap();
            assert_eq!(res.status(), 400, "{engine}: {bad}");
        }
        assert_eq!(aicha.get(app.url(&url)).send().await.unwrap().status(), 403, "{engine}");
        assert_eq!(app.client().get(app.url(&url)).send().await.unwrap().status(), 401, "{engine}");
        // The treasury lists who owes what; a member sees none of it.
        let (s, html) = app.get(&coord, "/coordination/tresorerie").await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("Foyer Diallo Le foyer doit 7,00 €"), "{engine}: {}", text(&html));
        assert_eq!(app.call(&awa, "treasury", &[]).await.0, 403);
    }
}

per_engine! {
    async fn two_phones_at_once_reverse_once_and_count_a_till_once(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let honey = product(&app, "Miel de lavande").await;
        let (coord, awa) = (app.login(CLAIRE).await, app.login(AWA).await);
        assert_eq!(app.order(&awa, cycle, &[(honey, "1")]).await.0, 200);
        close(&app, &coord, cycle).await;
        let order = app.count(&order_of(AWA, cycle)).await;
        assert_eq!(app.call(&coord, "record_pickup", &[("order_id", &order.to_string()), ("paid", "9,50"), ("method", "cash")]).await.0, 200);
        let (awa_h, point) = (household_of(&app, AWA).await, app.count(&format!("SELECT pickup_point_id FROM orders WHERE id = {order}")).await);
        let payment = app.count(&format!("SELECT id FROM ledger_entries WHERE order_id = {order} AND kind = 'payment'")).await;
        let claire_id = app.count(&format!("SELECT id FROM accounts WHERE email = '{CLAIRE}'")).await;
        let client = reqwest::Client::new();
        let mut tasks = Vec::new();
        for i in 0..10 {
            let cookie = app.session_cookie(claire_id).await;
            let (endpoint, form): (&str, Vec<(&str, String)>) = if i % 2 == 0 {
                ("reverse_entry", vec![("household_id", awa_h.to_string()), ("entry_id", payment.to_string()), ("note", "Billet faux".into())])
            } else {
                ("count_till", vec![("cycle_id", cycle.to_string()), ("point_id", point.to_string()), ("counted", format!("9,{i}0"))])
            };
            let req = client.post(app.url(&format!("/api/{endpoint}"))).header("cookie", cookie).form(&form);
            tasks.push(tokio::spawn(async move { (endpoint, req.send().await.unwrap().status().as_u16()) }));
        }
        let mut done = Vec::new();
        for t in tasks {
            done.push(t.await.unwrap());
        }
        for endpoint in ["reverse_entry", "count_till"] {
            let statuses: Vec<u16> = done.iter().filter(|d| d.0 == endpoint).map(|d| d.1).collect();
            assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{engine}: {endpoint}: {statuses:?}");
            assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 4, "{engine}: {endpoint}: {statuses:?}");
        }
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ledger_entries WHERE reverses_id = {payment}")).await, 1, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM till_counts WHERE cycle_id = {cycle}")).await, 1, "{engine}");
        assert_eq!(app.count(&balance_of(awa_h)).await, 950, "{engine}: reversed once");
    }
}
