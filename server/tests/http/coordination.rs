//! A coordinator's week without traps, over real HTTP on SQLite and
//! PostgreSQL: a delivery saved whole or not at all, irreversible actions
//! that ask first (also without JavaScript), overlapping cycles warned,
//! the table's sheet with what is still owed, purchase orders fit to hand a
//! producer.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // 100 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %
const CLAIRE: &str = "claire@potcommun.fr";

async fn open_demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE state = 'open'").await
}

async fn product(app: &TestApp, name: &str) -> i64 {
    app.count(&format!("SELECT id FROM products WHERE name = '{name}'")).await
}

/// Posts a form the way a browser without JavaScript does: the answer is a
/// redirect, to the page itself with the error when refused.
async fn post_plain(app: &TestApp, client: &reqwest::Client, endpoint: &str, from: &str, form: &[(&str, &str)]) -> (u16, String) {
    let res = client
        .post(app.url(&format!("/api/{endpoint}")))
        .header("accept", "text/html")
        .header("referer", app.url(from))
        .form(form)
        .send()
        .await
        .unwrap();
    let location = res.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    // The page's own address, without the origin, for `TestApp::get`.
    let location = location.strip_prefix(&app.url("")).map(str::to_string).unwrap_or(location);
    (res.status().as_u16(), location)
}

async fn state_of(app: &TestApp, cycle: i64) -> i64 {
    app.count(&format!(
        "SELECT CASE state WHEN 'planned' THEN 0 WHEN 'open' THEN 1 WHEN 'closed' THEN 2 WHEN 'distributed' THEN 3 WHEN 'archived' THEN 4 ELSE 9 END FROM cycles WHERE id = {cycle}"
    ))
    .await
}

/// Awa and Nadia order honey, lentils and bread; the coordinator closes.
async fn closed_cycle_with_orders(app: &TestApp) -> (i64, reqwest::Client, [i64; 3]) {
    let cycle = open_demo_cycle(app).await;
    sqlx::query("UPDATE products SET cap_household_milli = NULL").execute(&app.pool).await.unwrap();
    let (honey, lentils, bread) = (product(app, "Miel de lavande").await, product(app, "Lentilles vertes").await, product(app, "Pain complet").await);
    let (awa, nadia, coord) = (app.login(AWA).await, app.login(NADIA).await, app.login(CLAIRE).await);
    assert_eq!(app.order(&awa, cycle, &[(honey, "3"), (lentils, "2"), (bread, "1")]).await.0, 200);
    assert_eq!(app.order(&nadia, cycle, &[(honey, "2"), (lentils, "1,5")]).await.0, 200);
    let (s, body) = app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "closed"), ("confirmed", "yes")]).await;
    assert_eq!(s, 200, "{body}");
    (cycle, coord, [honey, lentils, bread])
}

per_engine! {
    async fn a_delivery_is_saved_whole_or_not_at_all(engine) {
        let app = TestApp::spawn(engine).await;
        let (cycle, coord, [honey, lentils, bread]) = closed_cycle_with_orders(&app).await;
        let (c, h, l, b) = (cycle.to_string(), honey.to_string(), lentils.to_string(), bread.to_string());
        let received = |p: i64| format!("SELECT COALESCE(received_milli, -1) FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {p}");
        let untouched = || async {
            (app.count(&received(honey)).await, app.count(&received(lentils)).await, app.count(&received(bread)).await, app.count("SELECT COUNT(*) FROM notifications").await)
        };
        assert_eq!(untouched().await, (-1, -1, -1, 0), "{engine}");

        // Honey typed right, lentils mistyped, bread more than ordered with
        // no choice: every problem is said at once, and nothing is saved —
        // not even the honey.
        let form = [
            ("cycle_id", c.as_str()),
            ("lines[0][product]", h.as_str()),
            ("lines[0][received]", "3"),
            ("lines[1][product]", l.as_str()),
            ("lines[1][received]", "beaucoup"),
            ("lines[2][product]", b.as_str()),
            ("lines[2][received]", "4"),
        ];
        let (s, body) = app.call(&coord, "record_delivery", &form).await;
        assert_eq!(s, 400, "{engine}: {body}");
        assert!(body.contains("Many") && body.contains("error-qty_invalid") && body.contains("reception-surplus_choose"), "{engine}: {body}");
        assert!(body.contains("Lentilles vertes") && body.contains("Pain complet"), "{engine}: the lines are named: {body}");
        assert_eq!(untouched().await, (-1, -1, -1, 0), "{engine}: a refused delivery changes nothing");
        // Without JavaScript: sent back to the form, at its error, unchanged.
        let from = format!("/coordination/cycles/{cycle}/reception");
        let (s, location) = post_plain(&app, &coord, "record_delivery", &from, &form).await;
        assert!((300..400).contains(&s) && location.contains("__err=") && location.ends_with("#erreur"), "{engine}: {s} {location}");
        assert_eq!(untouched().await, (-1, -1, -1, 0), "{engine}");
        let (_, html) = app.get(&coord, &location).await;
        let page = text(&html);
        assert!(page.contains("Rien n’a été enregistré") && page.contains("Lentilles vertes : écrivez une quantité"), "{engine}: {page}");
        assert!(!page.contains("C’est enregistré"), "{engine}: nothing is said to be saved: {page}");
        assert!(html.contains(r#"id="erreur""#), "{engine}");

        // Other refusals: nothing typed; a product nobody ordered (a stale
        // form); a member; a cycle not closed.
        let (s, body) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "")]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let carrots = product(&app, "Carottes").await.to_string();
        let (s, _) = app.call(&coord, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &carrots), ("lines[0][received]", "2")]).await;
        assert_eq!(s, 400, "{engine}");
        let awa = app.login(AWA).await;
        assert_eq!(app.call(&awa, "record_delivery", &[("cycle_id", &c), ("lines[0][product]", &h), ("lines[0][received]", "1")]).await.0, 403);
        assert_eq!(untouched().await, (-1, -1, -1, 0), "{engine}");

        // The whole producer's delivery in one save: 3 jars of 5 (short),
        // the bread's surplus goes back, the lentils not here yet (empty).
        let form = [
            ("cycle_id", c.as_str()),
            ("lines[0][product]", h.as_str()),
            ("lines[0][received]", "3"),
            ("lines[1][product]", l.as_str()),
            ("lines[1][received]", ""),
            ("lines[2][product]", b.as_str()),
            ("lines[2][received]", "4"),
            ("lines[2][surplus]", "give_back"),
        ];
        let (s, body) = app.call(&coord, "record_delivery", &form).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!((app.count(&received(honey)).await, app.count(&received(lentils)).await, app.count(&received(bread)).await), (3000, -1, 1000), "{engine}");
        // Shared in turn: Awa (3) and Nadia (2) → 2 and 1.
        let qty = |email: &str| {
            format!("SELECT COALESCE(MAX(l.qty_milli), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN accounts a ON a.household_id = o.household_id WHERE a.email = '{email}' AND l.product_id = {honey}")
        };
        assert_eq!((app.count(&qty(AWA)).await, app.count(&qty(NADIA)).await), (2000, 1000), "{engine}");

        // The page says where each line stands, in words.
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/reception?ok=2")).await;
        let page = text(&html);
        assert!(page.contains("Il manque 2 bocaux"), "{engine}: {page}");
        assert!(page.contains("Pas encore enregistré"), "{engine}: the lentils: {page}");
        assert!(page.contains("Tout est arrivé"), "{engine}: the bread: {page}");
        // Saved again as shown (the honey's 3 and the bread's 1 unchanged):
        // nothing moves, nobody is told twice.
        let notices = app.count("SELECT COUNT(*) FROM notifications").await;
        let again = [("cycle_id", c.as_str()), ("lines[0][product]", h.as_str()), ("lines[0][received]", "3"), ("lines[1][product]", b.as_str()), ("lines[1][received]", "1")];
        assert_eq!(app.call(&coord, "record_delivery", &again).await.0, 200, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, notices, "{engine}");
        // A surplus kept is recorded as it came.
        let keep = [("cycle_id", c.as_str()), ("lines[0][product]", l.as_str()), ("lines[0][received]", "5"), ("lines[0][surplus]", "keep")];
        assert_eq!(app.call(&coord, "record_delivery", &keep).await.0, 200, "{engine}");
        assert_eq!(app.count(&received(lentils)).await, 5000, "{engine}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/reception")).await;
        assert!(text(&html).contains("Arrivé en plus de la commande : 1,5 kg, gardé par l’association"), "{engine}: {}", text(&html));

        // The packing list marks the lines a shortage reduced.
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bilan")).await;
        let page = text(&html);
        assert!(page.contains("2 bocaux Miel de lavande (réduit : 3 bocaux commandés"), "{engine}: {page}");
        let (_, csv) = app.get(&coord, &format!("/coordination/cycles/{cycle}/preparation.csv")).await;
        assert!(csv.starts_with('\u{feff}'), "{engine}: spreadsheets read the accents as UTF-8");
        assert!(csv.contains("\"Miel de lavande\";2;jar;3"), "{engine}: {csv}");
    }
}

per_engine! {
    async fn irreversible_actions_ask_first_with_or_without_javascript(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let c = cycle.to_string();
        let (awa, nadia, coord) = (app.login(AWA).await, app.login(NADIA).await, app.login(CLAIRE).await);
        let honey = product(&app, "Miel de lavande").await;
        assert_eq!(app.order(&awa, cycle, &[(honey, "1")]).await.0, 200);
        assert_eq!(app.order(&nadia, cycle, &[(honey, "1")]).await.0, 200);

        // The page says what closing and cancelling will do, in words.
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}")).await;
        let page = text(&html);
        assert!(page.contains("2 foyers ont commandé. Les commandes s’arrêtent tout de suite"), "{engine}: {page}");
        assert!(page.contains("2 foyers ont commandé : toutes les commandes du cycle sont annulées et chaque foyer reçoit un message"), "{engine}");

        // A first click (no confirmation) changes nothing, with JavaScript…
        for to in ["closed", "cancelled"] {
            let (s, body) = app.call(&coord, "move_cycle", &[("cycle_id", &c), ("to", to)]).await;
            assert_eq!(s, 400, "{engine} {to}: {body}");
            assert!(body.contains("error-confirm_first"), "{engine}: {body}");
            let (s, _) = app.call(&coord, "move_cycle", &[("cycle_id", &c), ("to", to), ("confirmed", "no")]).await;
            assert_eq!(s, 400, "{engine}");
        }
        // …and without: back to the page, at the message.
        let from = format!("/coordination/cycles/{cycle}");
        let (s, location) = post_plain(&app, &coord, "move_cycle", &from, &[("cycle_id", &c), ("to", "cancelled")]).await;
        assert!((300..400).contains(&s) && location.contains("__err=") && location.ends_with("#erreur"), "{engine}: {location}");
        let (_, html) = app.get(&coord, &location).await;
        assert!(text(&html).contains("Rien n’a été fait"), "{engine}");
        assert_eq!(state_of(&app, cycle).await, 1, "{engine}: still open");
        assert_eq!(app.count("SELECT COUNT(*) FROM notifications").await, 0, "{engine}: nobody told");

        // Confirmed, without JavaScript: done, and back on the cycle.
        let (s, location) = post_plain(&app, &coord, "move_cycle", &from, &[("cycle_id", &c), ("to", "closed"), ("confirmed", "yes")]).await;
        assert!((300..400).contains(&s) && !location.contains("__err=") && location.contains(&from), "{engine}: {location}");
        assert_eq!(state_of(&app, cycle).await, 2, "{engine}");
        // A member may not, confirmed or not.
        assert_eq!(app.call(&awa, "move_cycle", &[("cycle_id", &c), ("to", "distributed"), ("confirmed", "yes")]).await.0, 403);
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}")).await;
        assert!(text(&html).contains("2 commandes ne sont pas notées comme remises"), "{engine}: {}", text(&html));

        // Deleting a shift asks first too, and says who will be told.
        let shift = app.count(&format!("SELECT MIN(id) FROM shifts WHERE cycle_id = {cycle}")).await;
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &shift.to_string())]).await.0, 200, "{engine}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/creneaux")).await;
        assert!(text(&html).contains("1 personne inscrite : elle recevra un message"), "{engine}");
        let sid = shift.to_string();
        let (s, body) = app.call(&coord, "delete_shift", &[("shift_id", &sid)]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let (s, location) = post_plain(&app, &coord, "delete_shift", &format!("/coordination/cycles/{cycle}/creneaux"), &[("shift_id", &sid)]).await;
        assert!((300..400).contains(&s) && location.contains("__err="), "{engine}: {location}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM shifts WHERE id = {shift}")).await, 1, "{engine}: still there");
        assert_eq!(app.call(&coord, "delete_shift", &[("shift_id", &sid), ("confirmed", "yes")]).await.0, 200, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM shifts WHERE id = {shift}")).await, 0, "{engine}");
    }
}

per_engine! {
    async fn a_cycle_over_another_is_warned_and_every_mistake_said_at_once(engine) {
        let app = TestApp::spawn(engine).await;
        let open = open_demo_cycle(&app).await;
        let name: String = sqlx::query_scalar("SELECT name FROM cycles WHERE id = $1").bind(open).fetch_one(&app.pool).await.unwrap();
        let coord = app.login(CLAIRE).await;
        let closes = app.count(&format!("SELECT closes_at FROM cycles WHERE id = {open}")).await;
        let local = app::cycles::time::to_input;
        let before = app.count("SELECT COUNT(*) FROM cycles").await;

        // Taking orders while the open cycle still does: refused, naming it.
        let form = [("name", "Cycle en double"), ("opens", &*local(closes - 3600)), ("closes", &*local(closes + 86_400))];
        let (s, body) = app.call(&coord, "create_cycle", &form).await;
        assert_eq!(s, 400, "{engine}: {body}");
        assert!(body.contains("error-cycle_overlaps") && body.contains(&name), "{engine}: {body}");
        assert_eq!(app.count("SELECT COUNT(*) FROM cycles").await, before, "{engine}");
        // Meant: ticked, it is planned.
        let mut meant = form.to_vec();
        meant.push(("overlap_ok", "on"));
        assert_eq!(app.call(&coord, "create_cycle", &meant).await.0, 200, "{engine}");
        // An hour over the one just planned is an overlap; opening as it
        // closes is none.
        let form = [("name", "Cycle suivant"), ("opens", &*local(closes + 86_400 - 3600)), ("closes", &*local(closes + 3 * 86_400))];
        assert_eq!(app.call(&coord, "create_cycle", &form).await.0, 400, "{engine}: overlaps the one just planned");
        let form = [("name", "Cycle suivant"), ("opens", &*local(closes + 86_400)), ("closes", &*local(closes + 3 * 86_400))];
        assert_eq!(app.call(&coord, "create_cycle", &form).await.0, 200, "{engine}");

        // Until it opens, a cycle's name and dates can change.
        let next = app.count("SELECT id FROM cycles WHERE name = 'Cycle suivant'").await.to_string();
        let edit = [("cycle_id", next.as_str()), ("name", "Cycle de Noël"), ("opens", &*local(closes + 86_400)), ("closes", &*local(closes + 4 * 86_400))];
        let (s, body) = app.call(&coord, "edit_cycle", &edit).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count("SELECT COUNT(*) FROM cycles WHERE name = 'Cycle de Noël'").await, 1, "{engine}");
        let (s, body) = app.call(&coord, "edit_cycle", &[("cycle_id", next.as_str()), ("name", ""), ("opens", "x"), ("closes", &*local(closes + 4 * 86_400))]).await;
        assert!(s == 400 && body.contains("Many"), "{engine}: {body}");
        let open_id = open.to_string();
        let (s, body) = app.call(&coord, "edit_cycle", &[("cycle_id", open_id.as_str()), ("name", "Autre nom"), ("opens", &*local(closes - 86_400)), ("closes", &*local(closes)), ("overlap_ok", "on")]).await;
        assert_eq!(s, 409, "{engine}: an open cycle keeps its dates: {body}");
        // Several windows at one point; a window goes, but never a chosen
        // point's last one.
        let awa = app.login(AWA).await;
        let honey = product(&app, "Miel de lavande").await;
        assert_eq!(app.order(&awa, open, &[(honey, "1")]).await.0, 200);
        let chosen = app.count(&format!("SELECT pickup_point_id FROM orders WHERE cycle_id = {open}")).await;
        let window_of = |point: i64| format!("SELECT MIN(id) FROM cycle_pickups WHERE cycle_id = {open} AND pickup_point_id = {point}");
        let only = app.count(&window_of(chosen)).await.to_string();
        let (s, body) = app.call(&coord, "remove_pickup", &[("cycle_id", open_id.as_str()), ("window_id", only.as_str())]).await;
        assert!(s == 409 && body.contains("error-pickup_chosen"), "{engine}: {body}");
        let first = app.count(&format!("SELECT starts_at FROM cycle_pickups WHERE id = {only}")).await;
        let tuesday = first + 3 * 86_400;
        let day = app::cycles::time::to_input(tuesday);
        let (s, body) = app
            .call(&coord, "set_pickup", &[("cycle_id", open_id.as_str()), ("pickup_point_id", &chosen.to_string()), ("day", &day[..10]), ("start", "17:00"), ("end", "19:00")])
            .await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_pickups WHERE cycle_id = {open} AND pickup_point_id = {chosen}")).await, 2, "{engine}");
        let (_, html) = app.get(&awa, "/commande").await;
        let page = text(&html);
        assert!(page.contains(", ou ") && page.contains("de 17:00 à 19:00"), "{engine}: both windows offered: {page}");
        assert_eq!(app.call(&coord, "remove_pickup", &[("cycle_id", open_id.as_str()), ("window_id", only.as_str())]).await.0, 200, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_pickups WHERE cycle_id = {open} AND pickup_point_id = {chosen}")).await, 1, "{engine}");
        let free = app.count(&format!("SELECT MIN(id) FROM cycle_pickups WHERE cycle_id = {open} AND pickup_point_id <> {chosen}")).await.to_string();
        assert_eq!(app.call(&coord, "remove_pickup", &[("cycle_id", open_id.as_str()), ("window_id", free.as_str())]).await.0, 200, "{engine}");
        assert_eq!(app.call(&coord, "remove_pickup", &[("cycle_id", open_id.as_str()), ("window_id", free.as_str())]).await.0, 404, "{engine}: gone");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_pickups WHERE cycle_id = {open}")).await, 1, "{engine}");

        // No name and two bad dates: three problems, one answer.
        let (s, body) = app.call(&coord, "create_cycle", &[("name", " "), ("opens", "demain"), ("closes", "jamais")]).await;
        assert_eq!(s, 400, "{engine}");
        assert!(body.contains("Many") && body.contains("field-cycle_name") && body.contains("field-opens") && body.contains("field-closes"), "{engine}: {body}");
    }
}

per_engine! {
    async fn the_table_shows_what_is_still_owed_and_the_till(engine) {
        let app = TestApp::spawn(engine).await;
        let (cycle, coord, _) = closed_cycle_with_orders(&app).await;
        let order_of = |email: &str| format!("SELECT o.id FROM orders o JOIN accounts a ON a.household_id = o.household_id WHERE a.email = '{email}' AND o.cycle_id = {cycle}");
        let (awa_order, nadia_order) = (app.count(&order_of(AWA)).await, app.count(&order_of(NADIA)).await);
        let due = app.count(&format!("SELECT total_cents FROM orders WHERE id = {awa_order}")).await;
        // Awa pays 10 € of what she owes, in cash; Nadia all of hers by card.
        let (s, body) = app.call(&coord, "record_pickup", &[("order_id", &awa_order.to_string()), ("paid", "10"), ("method", "cash")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let nadia_due = app.count(&format!("SELECT total_cents FROM orders WHERE id = {nadia_order}")).await;
        let euros = |c: i64| format!("{},{:02}", c / 100, c % 100);
        assert_eq!(app.call(&coord, "record_pickup", &[("order_id", &nadia_order.to_string()), ("paid", &euros(nadia_due)), ("method", "card")]).await.0, 200);

        // The coordination's home says what is left to do.
        let (_, html) = app.get(&coord, "/coordination").await;
        let home = text(&html);
        assert!(home.contains("1 foyer n’a pas tout payé"), "{engine}: {home}");
        assert!(home.contains("produits commandés dont la livraison n’est pas encore enregistrée"), "{engine}: {home}");
        assert!(!home.contains("pas encore remise"), "{engine}: both handed over: {home}");

        let sheet = format!("/coordination/cycles/{cycle}/distribution");
        let (_, html) = app.get(&coord, &sheet).await;
        let page = text(&html);
        assert!(page.contains(&format!("Reste à payer : {} €", euros(due - 1000))), "{engine}: {page}");
        assert!(page.contains(&format!("payé 10,00 € sur {} €", euros(due))), "{engine}: a partial payment says so: {page}");
        assert!(page.contains(&format!("Caisse : espèces 10,00 € · carte {} €", euros(nadia_due))), "{engine}: {page}");
        assert!(page.contains("Contenu du sac (3 produits)"), "{engine}: Awa's bag: {page}");
        // Found by name, without JavaScript: only that household is shown.
        let (_, html) = app.get(&coord, &format!("{sheet}?q=diallo")).await;
        let shown: Vec<&str> = html.split("<li id=\"commande-").skip(1).filter(|li| !li[..li.find('>').unwrap()].contains("hidden")).collect();
        assert_eq!(shown.len(), 1, "{engine}: {html}");
        // The mistake corrected: she had paid the whole amount.
        let (s, _) = app.call(&coord, "correct_pickup", &[("order_id", &awa_order.to_string()), ("paid", &euros(due)), ("method", "cash"), ("reason", "Billet de 20 oublié")]).await;
        assert_eq!(s, 200, "{engine}");
        let (_, html) = app.get(&coord, &sheet).await;
        assert!(!text(&html).contains("Reste à payer"), "{engine}");

        // A volunteer at the table who comes early is told when it opens.
        let point = app.count(&format!("SELECT MIN(pickup_point_id) FROM cycle_pickups WHERE cycle_id = {cycle}")).await;
        let shift = app
            .count(&format!("SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = 'Distribution' AND s.cycle_id = {cycle} AND s.pickup_point_id = {point}"))
            .await;
        sqlx::query("UPDATE shifts SET starts_at = $1, ends_at = $2 WHERE id = $3")
            .bind(app::state::now() + 86_400)
            .bind(app::state::now() + 86_400 + 7200)
            .bind(shift)
            .execute(&app.pool)
            .await
            .unwrap();
        let awa = app.login(AWA).await;
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &shift.to_string())]).await.0, 200, "{engine}");
        let (s, html) = app.get(&awa, &format!("/distribution/{cycle}")).await;
        assert_eq!(s, 403, "{engine}");
        let when = app::cycles::time::moment(app::state::now() + 86_400 - 7200);
        assert!(text(&html).contains(&format!("La feuille de distribution s’ouvre pour vous {when}")), "{engine}: {}", text(&html));
    }
}

per_engine! {
    async fn purchase_orders_are_fit_to_hand_a_producer(engine) {
        let app = TestApp::spawn(engine).await;
        let (cycle, coord, _) = closed_cycle_with_orders(&app).await;
        let (s, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert_eq!(s, 200, "{engine}");
        let page = text(&html);
        for expected in [
            "Pot Commun — groupement d’achat des Buers",
            "17 rue Octavie, 69100 Villeurbanne",
            "Commande pour Rucher des Coteaux",
            "Commande pour Moulin de Chabeuil",
            "Livraison attendue :",
        ] {
            assert!(page.contains(expected), "{engine}: {expected} in {page}");
        }
        let producer = app.count("SELECT id FROM producers WHERE name = 'Rucher des Coteaux'").await;
        assert!(page.contains(&format!("Bon de commande n° C{cycle}-P{producer} — ")), "{engine}: {page}");
        assert_eq!(html.matches("class=\"card print-page purchase-order\"").count(), 3, "{engine}: one page per producer");
        // Nothing internal on the producers' pages: no tier, no household.
        let households: Vec<String> = sqlx::query_scalar("SELECT name FROM households").fetch_all(&app.pool).await.unwrap();
        for internal in ["Solidaire", "Très solidaire", "Prix coûtant"].into_iter().chain(households.iter().map(String::as_str)) {
            assert!(!page.contains(internal), "{engine}: {internal} on the producers' pages");
        }
        // The letterhead missing is said to the coordination.
        sqlx::query("DELETE FROM settings WHERE key = 'association_address'").execute(&app.pool).await.unwrap();
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert!(text(&html).contains("Le nom et l’adresse de l’association manquent"), "{engine}");
        let admin = app.login("admin@potcommun.fr").await;
        let (s, body) = app.call(&admin, "save_settings", &[("association_name", "Pot Commun"), ("association_address", &"x".repeat(10_000))]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let (s, _) = app.call(&admin, "save_settings", &[("association_name", "Pot Commun"), ("association_address", "1 place Lazare Goujon, Villeurbanne")]).await;
        assert_eq!(s, 200, "{engine}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert!(text(&html).contains("1 place Lazare Goujon, Villeurbanne"), "{engine}");
        assert_eq!(app.call(&coord, "save_settings", &[("association_name", "X")]).await.0, 403, "{engine}: the admin's");

        // The desk order page names the household it orders for.
        let household = app.count(&format!("SELECT household_id FROM accounts WHERE email = '{AWA}'")).await;
        let name: String = sqlx::query_scalar("SELECT name FROM households WHERE id = $1").bind(household).fetch_one(&app.pool).await.unwrap();
        sqlx::query("UPDATE settings SET value = '600' WHERE key = 'order_grace_minutes'").execute(&app.pool).await.unwrap();
        sqlx::query("INSERT INTO settings (key, value) VALUES ('order_grace_minutes', '600') ON CONFLICT (key) DO NOTHING").execute(&app.pool).await.unwrap();
        let (_, html) = app.get(&coord, &format!("/coordination/foyers/{household}/commande")).await;
        let page = text(&html);
        assert!(page.contains(&format!("Commande pour {name}")), "{engine}: {page}");
        assert!(page.contains(&format!("Commande de {name}")), "{engine}: {page}");
        assert!(!page.contains("à votre nom"), "{engine}: never as the member: {page}");
    }
}

per_engine! {
    async fn an_invited_household_chooses_its_own_tier_first(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = open_demo_cycle(&app).await;
        let coord = app.login(CLAIRE).await;
        // Invited with "the household will choose": no tier behind its back.
        let res = coord
            .post(app.url("/api/create_household"))
            .form(&[("household_name", "Foyer Nguyen"), ("display_name", "Linh Nguyen"), ("email", ""), ("phone", "07 70 00 00 01"), ("tier_id", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        let token = res.headers()["location"].to_str().unwrap().split("invitation=").nth(1).unwrap().to_string();
        let household = app.count("SELECT id FROM households WHERE name = 'Foyer Nguyen'").await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM households WHERE id = {household} AND tier_id IS NULL")).await, 1);

        // Her first sign-in lands on the choice.
        let linh = app.client();
        let form = [("token", token.as_str()), ("password", "ma-cle-secrete"), ("confirm", "ma-cle-secrete")];
        let (s, location) = post_plain(&app, &linh, "accept_invitation", &format!("/invitation/{token}"), &form).await;
        assert!((300..400).contains(&s) && location.starts_with("/profil?tarif=choisir"), "{engine}: {s} {location}");
        let (_, html) = app.get(&linh, "/profil").await;
        assert!(text(&html).contains("Votre foyer n’a pas encore de tarif"), "{engine}");
        // Ordering waits for it, and says why; the desk too.
        let (_, html) = app.get(&linh, "/commande").await;
        assert!(text(&html).contains("Avant de commander, choisissez votre tarif"), "{engine}");
        let honey = product(&app, "Miel de lavande").await;
        let (s, body) = app.order(&linh, cycle, &[(honey, "1")]).await;
        assert!(s == 409 && body.contains("error-choose_tier_first"), "{engine}: {body}");
        let point = app.count(&format!("SELECT MIN(pickup_point_id) FROM cycle_pickups WHERE cycle_id = {cycle}")).await.to_string();
        let desk = [
            ("cycle_id", cycle.to_string()),
            ("pickup_point_id", point),
            ("key", "desk-order-nguyen-000001".to_string()),
            ("household_id", household.to_string()),
            ("lines[0][product]", honey.to_string()),
            ("lines[0][qty]", "1".to_string()),
        ];
        let res = coord.post(app.url("/api/place_order")).form(&desk).send().await.unwrap();
        assert_eq!(res.status(), 409, "{engine}");
        assert!(res.text().await.unwrap().contains("error-household_tier_missing"), "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM orders WHERE household_id = {household}")).await, 0, "{engine}");
        // Chosen: she orders.
        let tier = app.count("SELECT id FROM price_tiers WHERE share_percent = 50").await.to_string();
        assert_eq!(app.call(&linh, "set_my_tier", &[("tier_id", &tier)]).await.0, 200, "{engine}");
        assert_eq!(app.order(&linh, cycle, &[(honey, "1")]).await.0, 200, "{engine}");
        // Signing in again goes where she asked, as for everyone.
        let again = app.client();
        let (s, location) = post_plain(&app, &again, "login", "/connexion", &[("identifier", "0770000001"), ("password", "ma-cle-secrete"), ("next", "/commande")]).await;
        assert!((300..400).contains(&s) && location == "/commande", "{engine}: {location}");
    }
}

per_engine! {
    /// Two coordinators at the reception table save at once: each save is whole
    /// (the cycle row is locked while a delivery is shared), so the orders
    /// always hold exactly what the last save recorded, never a mix.
    async fn deliveries_saved_at_once_never_mix(engine) {
        let app = TestApp::spawn(engine).await;
        let (cycle, coord, [honey, lentils, _]) = closed_cycle_with_orders(&app).await;
        let mut tasks = Vec::new();
        for jars in 0..6 {
            let (c, url) = (coord.clone(), app.url("/api/record_delivery"));
            let form = vec![
                ("cycle_id".to_string(), cycle.to_string()),
                ("lines[0][product]".to_string(), honey.to_string()),
                ("lines[0][received]".to_string(), jars.to_string()),
                ("lines[1][product]".to_string(), lentils.to_string()),
                ("lines[1][received]".to_string(), format!("{},5", jars / 3)),
            ];
            tasks.push(tokio::spawn(async move { c.post(url).form(&form).send().await.unwrap().status().as_u16() }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200, "{engine}");
        }
        // Whatever save came last, each product's lines add up to what it
        // recorded (5 jars and 3,5 kg were ordered), and the two products
        // were saved by the same request.
        for product in [honey, lentils] {
            let received = app.count(&format!("SELECT received_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {product}")).await;
            let held = app.count(&format!("SELECT CAST(COALESCE(SUM(l.qty_milli), 0) AS BIGINT) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.cycle_id = {cycle} AND l.product_id = {product}")).await;
            let sold = app.count(&format!("SELECT sold_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {product}")).await;
            assert_eq!(held, sold, "{engine}: the lines and the cycle agree");
            assert!(held <= received, "{engine}: {held} held, {received} received");
        }
        let jars = app.count(&format!("SELECT received_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {honey}")).await / 1000;
        let kilos = app.count(&format!("SELECT received_milli FROM cycle_products WHERE cycle_id = {cycle} AND product_id = {lentils}")).await;
        assert_eq!(kilos, (jars / 3) * 1000 + 500, "{engine}: one save's two lines, not two saves' halves");
    }
}
