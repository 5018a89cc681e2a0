//! The basket over real HTTP: a member fills it from the catalogue one tap
//! at a time (with and without JavaScript), confirms it on the basket page,
//! changes it again; bad steps change nothing; many taps at once leave one
//! consistent basket; "same as last time" after the next cycle opens.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // 100 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %

async fn open_demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE state = 'open'").await
}

async fn product(app: &TestApp, name: &str) -> i64 {
    app.count(&format!("SELECT id FROM products WHERE name = '{name}'")).await
}

/// A stepper's post, as the page's script sends it (JSON answer).
async fn step(app: &TestApp, c: &reqwest::Client, cycle: i64, product: i64, qty: &str, step: &str) -> (u16, String) {
    let (cycle, product) = (cycle.to_string(), product.to_string());
    let mut form = vec![("cycle_id", cycle.as_str()), ("product_id", product.as_str()), ("qty", qty)];
    if !step.is_empty() {
        form.push(("step", step));
    }
    app.call(c, "basket_line", &form).await
}

async fn basket(app: &TestApp, household_of: &str) -> Vec<(i64, i64)> {
    let sql = format!(
        "SELECT l.product_id, l.qty_milli FROM basket_lines l JOIN accounts a ON a.household_id = l.household_id \
         WHERE a.email = '{household_of}' ORDER BY l.product_id"
    );
    sqlx::query_as(&sql).fetch_all(&app.pool).await.unwrap()
}

per_engine! {
    async fn a_member_fills_the_basket_from_the_catalogue_and_confirms_it(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let (lentils, honey) = (product(&app, "Lentilles vertes").await, product(&app, "Miel de lavande").await);
        let awa = app.login(AWA).await;

        // The catalogue found by search has the product's stepper, at the
        // product's own place in the list.
        let (s, html) = app.get(&awa, "/catalogue?q=lentilles").await;
        assert_eq!(s, 200);
        assert!(html.contains(&format!("id=\"p-{lentils}\"")), "{engine}");
        assert!(html.contains("action=\"/api/basket_line\""), "{engine}");
        assert!(html.contains("aria-label=\"Ajouter 0,5 kg : Lentilles vertes\""), "{engine}");
        assert!(text(&html).contains("0 produit · 0,00 €"), "{engine}: the basket bar");

        // Without JavaScript: + posts and comes back to the same place.
        let no_script = |from: String| {
            awa.post(app.url("/api/basket_line"))
                .header("accept", "text/html")
                .header("referer", from)
                .form(&[("cycle_id", cycle.to_string()), ("product_id", lentils.to_string()), ("qty", String::new()), ("step", "1".into())])
                .send()
        };
        let res = no_script(app.url("/catalogue?q=lentilles&page=1")).await.unwrap();
        assert_eq!(res.status().as_u16(), 302, "{engine}");
        assert_eq!(res.headers()["location"], format!("/catalogue?q=lentilles&page=1#p-{lentils}").as_str(), "{engine}");
        // A post from another site's page changes nothing; back only to a
        // page a login may lead to.
        let res = no_script("https://ailleurs.example/catalogue?q=x".into()).await.unwrap();
        assert_eq!(res.status().as_u16(), 403, "{engine}");
        assert_eq!(basket(&app, AWA).await, vec![(lentils, 500)], "{engine}");
        let res = no_script(app.url("/deconnexion")).await.unwrap();
        assert_eq!(res.headers()["location"], format!("/catalogue#p-{lentils}").as_str(), "{engine}");
        assert_eq!(step(&app, &awa, cycle, lentils, "", "-1").await.0, 200);
        assert_eq!(step(&app, &awa, cycle, lentils, "0,5", "-1").await.0, 200);
        assert!(basket(&app, AWA).await.is_empty(), "{engine}");
        let res = no_script(app.url("/catalogue?q=lentilles&page=1")).await.unwrap();
        assert_eq!(res.status().as_u16(), 302, "{engine}");
        assert_eq!(basket(&app, AWA).await, vec![(lentils, 500)], "{engine}: up from nothing is the minimum");

        // With it: the answer is in words for the page.
        let (s, body) = step(&app, &awa, cycle, lentils, "0,5", "1").await;
        assert_eq!(s, 200, "{engine}: {body}");
        let answer: app::orders::BasketAnswer = serde_json::from_str(&body).unwrap();
        assert_eq!((answer.qty.as_str(), answer.line.as_str(), answer.bar.as_str()), ("1", "4,70\u{a0}€", "1 produit · 4,70\u{a0}€"), "{engine}");
        // Typed, then honey from another category.
        assert_eq!(step(&app, &awa, cycle, lentils, "1,5", "").await.0, 200);
        let (_, body) = step(&app, &awa, cycle, honey, "", "1").await;
        let answer: app::orders::BasketAnswer = serde_json::from_str(&body).unwrap();
        assert_eq!(answer.bar, "2 produits · 16,55\u{a0}€", "{engine}"); // 7,05 + 9,50
        assert_eq!(answer.total, "16,55\u{a0}€", "{engine}");

        // The basket page shows only the basket, and confirms it.
        let (_, html) = app.get(&awa, "/commande").await;
        let page = text(&html);
        assert!(page.contains("Lentilles vertes") && page.contains("Miel de lavande"), "{engine}");
        assert!(!page.contains("Pois chiches"), "{engine}: nothing but the basket");
        assert!(page.contains("Total à payer : 16,55 €"), "{engine}: {page}");
        assert!(html.contains(&format!("id=\"qty-{lentils}\"")) && html.contains("value=\"1,5\""), "{engine}");
        assert!(html.len() < 60_000, "{engine}: {} bytes", html.len());
        assert_eq!(app.count("SELECT COUNT(*) FROM orders").await, 0, "{engine}: a basket is not an order");
        let (s, body) = app.order(&awa, cycle, &[(lentils, "1,5"), (honey, "1")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count("SELECT total_cents FROM orders").await, 1655, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM baskets").await, 0, "{engine}: the confirmed order is the basket now");
        let (_, html) = app.get(&awa, "/commande").await;
        assert!(text(&html).contains("Votre commande est confirmée"), "{engine}");
        assert!(html.contains("value=\"1,5\""), "{engine}: the basket reads as the order");

        // A change after confirming starts from the order and waits for a
        // confirmation: the order itself does not move.
        let (s, _) = step(&app, &awa, cycle, honey, "1", "1").await;
        assert_eq!(s, 200);
        let mut wanted = vec![(lentils, 1500), (honey, 2000)];
        wanted.sort_unstable();
        assert_eq!(basket(&app, AWA).await, wanted, "{engine}");
        assert_eq!(app.count("SELECT total_cents FROM orders").await, 1655, "{engine}");
        let (_, html) = app.get(&awa, "/commande").await;
        assert!(text(&html).contains("Votre panier a changé depuis votre commande"), "{engine}");
        // Taking the honey out down to nothing.
        for _ in 0..2 {
            let (s, body) = step(&app, &awa, cycle, honey, &app::domain::quantity::format_quantity(basket(&app, AWA).await.iter().find(|l| l.0 == honey).map_or(0, |l| l.1)), "-1").await;
            assert_eq!(s, 200, "{body}");
        }
        assert_eq!(basket(&app, AWA).await, vec![(lentils, 1500)], "{engine}");
    }
}

per_engine! {
    async fn a_bad_step_is_refused_in_words_and_changes_nothing(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let (lentils, honey) = (product(&app, "Lentilles vertes").await, product(&app, "Miel de lavande").await);
        sqlx::query("UPDATE products SET cap_household_milli = 2000 WHERE name = 'Miel de lavande'").execute(&app.pool).await.unwrap();
        let nadia = app.login(NADIA).await;
        assert_eq!(step(&app, &nadia, cycle, lentils, "1", "").await.0, 200);
        let before = basket(&app, NADIA).await;
        let long = "9".repeat(10_000);
        for (cycle_id, product_id, qty, st, status, words) in [
            (cycle, lentils, "0,7", "", 400, "Lentilles vertes : la quantité doit être un multiple de 0,5 kg"),
            (cycle, lentils, "-1", "", 400, "négative"),
            (cycle, lentils, "beaucoup", "1", 400, "écrivez une quantité"),
            (cycle, lentils, long.as_str(), "", 400, "Lentilles vertes"),
            (cycle, honey, "3", "", 400, "Miel de lavande : c’est au plus 2 bocaux par foyer"),
            (cycle, 999_999, "1", "", 400, "pas proposé"),
            (cycle + 1000, lentils, "1", "", 409, "sont fermées"),
        ] {
            let (s, body) = step(&app, &nadia, cycle_id, product_id, qty, st).await;
            assert_eq!(s, status, "{engine}: {qty}: {body}");
            let e: app::error::AppError = serde_json::from_str(&body).unwrap();
            assert!(e.message().contains(words), "{engine}: {qty}: {}", e.message());
            assert_eq!(basket(&app, NADIA).await, before, "{engine}: {qty} changed the basket");
        }
        // Stepping never passes the cap: + at the cap stays at the cap.
        assert_eq!(step(&app, &nadia, cycle, honey, "2", "1").await.0, 200);
        assert!(basket(&app, NADIA).await.contains(&(honey, 2000)), "{engine}");
        // What is left in the cycle bounds it too.
        sqlx::query(&format!("UPDATE cycle_products SET cap_milli = 1000, sold_milli = 0 WHERE cycle_id = {cycle} AND product_id = {lentils}")).execute(&app.pool).await.unwrap();
        let (s, body) = step(&app, &nadia, cycle, lentils, "1,5", "").await;
        assert_eq!(s, 409, "{engine}: {body}");
        // Logged out: nothing, and the form goes to the login page.
        let (s, _) = step(&app, &app.client(), cycle, lentils, "1", "").await;
        assert_eq!(s, 401, "{engine}");
        // The cycle closed: the basket is kept as it was.
        sqlx::query(&format!("UPDATE cycles SET state = 'closed' WHERE id = {cycle}")).execute(&app.pool).await.unwrap();
        let (s, _) = step(&app, &nadia, cycle, lentils, "0,5", "").await;
        assert_eq!(s, 409, "{engine}");
        assert!(basket(&app, NADIA).await.contains(&(lentils, 1000)), "{engine}");
    }
}

per_engine! {
    async fn many_taps_at_once_leave_one_consistent_basket(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let awa = app.login(AWA).await;
        let lentils = product(&app, "Lentilles vertes").await;
        assert_eq!(app.order(&awa, cycle, &[(lentils, "2")]).await.0, 200);
        // Twenty products stepped at once, from a confirmed order: the
        // first change copies the order once, none is lost, none fails.
        let ids: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT p.id FROM cycle_products cp JOIN products p ON p.id = cp.product_id WHERE cp.cycle_id = {cycle} AND p.id <> {lentils} \
             AND cp.cap_milli IS NULL AND p.cap_household_milli IS NULL ORDER BY p.id LIMIT 20"
        ))
        .fetch_all(&app.pool)
        .await
        .unwrap();
        assert_eq!(ids.len(), 20);
        let taps: Vec<_> = ids
            .iter()
            .map(|id| {
                let (awa, url) = (awa.clone(), app.url("/api/basket_line"));
                let form = [("cycle_id", cycle.to_string()), ("product_id", id.to_string()), ("qty", String::new()), ("step", "1".to_string())];
                tokio::spawn(async move {
                    let res = awa.post(url).form(&form).send().await.unwrap();
                    (res.status().as_u16(), res.text().await.unwrap())
                })
            })
            .collect();
        for tap in taps {
            let (s, body) = tap.await.unwrap();
            assert_eq!(s, 200, "{engine}: {body}");
        }
        let lines = basket(&app, AWA).await;
        assert_eq!(lines.len(), 21, "{engine}: {lines:?}");
        assert!(lines.contains(&(lentils, 2000)), "{engine}: the order copied once");
        assert_eq!(app.count("SELECT COUNT(*) FROM baskets").await, 1, "{engine}");
    }
}

per_engine! {
    async fn same_as_last_time_fills_the_basket_with_what_is_still_offered(engine) {
        let app = TestApp::spawn(engine).await;
        let first = open_demo_cycle(&app).await;
        let (lentils, honey) = (product(&app, "Lentilles vertes").await, product(&app, "Miel de lavande").await);
        let awa = app.login(AWA).await;
        let (s, body) = app.call(&awa, "repeat_last_order", &[("cycle_id", &first.to_string())]).await;
        assert_eq!(s, 409, "{engine}: nothing to repeat yet: {body}");
        assert_eq!(app.order(&awa, first, &[(lentils, "1,5"), (honey, "1")]).await.0, 200);

        // The cycle closes; the next opens, without the honey.
        let now = app::state::now();
        sqlx::query(&format!("UPDATE cycles SET state = 'closed', closes_at = {} WHERE id = {first}", now - 10)).execute(&app.pool).await.unwrap();
        let coord = app.login("claire@potcommun.fr").await;
        let local = |ts: i64| app::cycles::time::to_input(ts);
        let (s, body) = app.call(&coord, "create_cycle", &[("name", "La suivante"), ("opens", &local(now + 600)), ("closes", &local(now + 86_400)), ("overlap_ok", "on")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let next = app.count("SELECT id FROM cycles WHERE name = 'La suivante'").await;
        sqlx::query(&format!("UPDATE cycles SET opens_at = {} WHERE id = {next}", now - 1)).execute(&app.pool).await.unwrap();
        app.tick(now).await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycles WHERE id = {next} AND state = 'open'")).await, 1, "{engine}");
        sqlx::query(&format!("DELETE FROM cycle_products WHERE cycle_id = {next} AND product_id = {honey}")).execute(&app.pool).await.unwrap();

        // Without JavaScript: to the basket, which says what came back.
        let res = awa
            .post(app.url("/api/repeat_last_order"))
            .header("accept", "text/html")
            .form(&[("cycle_id", next.to_string())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 302, "{engine}");
        let to = res.headers()["location"].to_str().unwrap().to_string();
        assert_eq!(to, "/commande?repris=1&manque=1", "{engine}");
        assert_eq!(basket(&app, AWA).await, vec![(lentils, 1500)], "{engine}");
        let (_, html) = app.get(&awa, &to).await;
        let page = text(&html);
        assert!(page.contains("Votre dernière commande est dans le panier (1 produit)"), "{engine}: {page}");
        assert!(page.contains("1 produit de la dernière fois n’est pas proposé cette fois-ci"), "{engine}");
        // Nothing is ordered until confirmed.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM orders WHERE cycle_id = {next}")).await, 0, "{engine}");
        // Another member's "last time" is their own.
        let nadia = app.login(NADIA).await;
        assert_eq!(app.call(&nadia, "repeat_last_order", &[("cycle_id", &next.to_string())]).await.0, 409, "{engine}");
    }
}
