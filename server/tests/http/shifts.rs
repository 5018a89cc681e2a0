//! Volunteer shifts over real HTTP: signing up and withdrawing, every
//! refusal, places never over-filled under thirty phones at once, the
//! coordinator's coverage, hours, the 48-hour warning and the volunteer's
//! access to the distribution sheet.

use sqlx::Row;
use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const AICHA: &str = "aicha@exemple.fr";
const CLAIRE: &str = "claire@potcommun.fr";
const H: i64 = 3600;

async fn demo_cycle(app: &TestApp) -> i64 {
    app.tick(app::state::now()).await;
    app.count("SELECT id FROM cycles WHERE name = 'Commande de la semaine'").await
}

async fn shift_of(app: &TestApp, task: &str, nth: i64) -> i64 {
    app.count(&format!(
        "SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = '{task}' ORDER BY s.starts_at, s.id LIMIT 1 OFFSET {nth}"
    ))
    .await
}

async fn account(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("SELECT id FROM accounts WHERE email = '{email}'")).await
}

async fn taken(app: &TestApp, shift: i64) -> i64 {
    app.count(&format!("SELECT taken FROM shifts WHERE id = {shift}")).await
}

async fn set_times(app: &TestApp, shift: i64, starts_at: i64, ends_at: i64) {
    sqlx::query(&format!("UPDATE shifts SET starts_at = {starts_at}, ends_at = {ends_at} WHERE id = {shift}")).execute(&app.pool).await.unwrap();
}

per_engine! {
    async fn a_member_signs_up_and_withdraws_and_every_refusal_is_clear(engine) {
        let app = TestApp::spawn(engine).await;
        demo_cycle(&app).await;
        let (awa, nadia) = (app.login(AWA).await, app.login(NADIA).await);
        let till = shift_of(&app, "Caisse", 0).await; // 1 place
        let distribution = shift_of(&app, "Distribution", 0).await; // same time, 2 places
        let tidy = shift_of(&app, "Rangement", 0).await; // right after: no overlap
        let s = |id: i64| id.to_string();

        // The page lists the shifts by day with places left.
        let (status, html) = app.get(&awa, "/creneaux").await;
        assert_eq!(status, 200);
        let page = text(&html);
        assert!(page.contains("Caisse") && page.contains("Reste 1 place") && page.contains("Je m’inscris"), "{engine}: {page}");
        assert!(page.contains("Possible avec des enfants"), "{engine}: what the task suits is said");

        // One tap.
        let (status, body) = app.call(&awa, "sign_up_for_shift", &[("shift_id", &s(till))]).await;
        assert_eq!(status, 200, "{engine}: {body}");
        assert_eq!(taken(&app, till).await, 1);
        let (_, html) = app.get(&awa, "/creneaux").await;
        assert!(text(&html).contains("Vous êtes inscrit·e"), "{engine}");

        // Refusals, each with its reason, none changing anything.
        for (who, endpoint, shift, reason) in [
            (&awa, "sign_up_for_shift", till, "error-shift_already_in"),
            (&nadia, "sign_up_for_shift", till, "error-shift_full"),
            (&awa, "sign_up_for_shift", distribution, "error-shift_overlap"),
            (&nadia, "withdraw_from_shift", till, "error-shift_not_signed_up"),
        ] {
            let (status, body) = app.call(who, endpoint, &[("shift_id", &s(shift))]).await;
            assert_eq!(status, 409, "{engine} {endpoint}: {body}");
            assert!(body.contains(reason), "{engine}: {body}");
        }
        assert_eq!((taken(&app, till).await, taken(&app, distribution).await), (1, 0), "{engine}");
        // Back to back is fine.
        let (status, _) = app.call(&awa, "sign_up_for_shift", &[("shift_id", &s(tidy))]).await;
        assert_eq!(status, 200, "{engine}");
        // Bad input: no 500.
        for bad in ["abc", "-1", "999999999", ""] {
            let (status, _) = app.call(&awa, "sign_up_for_shift", &[("shift_id", bad)]).await;
            assert!(status == 400 || status == 404, "{engine} {bad}: {status}");
        }

        // Withdraw before the cut-off frees the place.
        let (status, _) = app.call(&awa, "withdraw_from_shift", &[("shift_id", &s(till))]).await;
        assert_eq!(status, 200);
        assert_eq!(taken(&app, till).await, 0);
        // After the cut-off (24 h by default): call the coordination.
        let now = app::state::now();
        set_times(&app, tidy, now + 10 * H, now + 11 * H).await;
        let (status, body) = app.call(&awa, "withdraw_from_shift", &[("shift_id", &s(tidy))]).await;
        assert_eq!(status, 409, "{engine}");
        assert!(body.contains("error-shift_too_late_to_withdraw"));
        let (_, html) = app.get(&awa, "/creneaux").await;
        let page = text(&html);
        assert!(page.contains("appelez la coordination") && page.contains("Claire Dumas : 04 78 00 00 01"), "{engine}: {page}");
        // The admin shortens the cut-off to 6 h: now she may.
        let admin = app.login("admin@potcommun.fr").await;
        let (status, body) = app.call(&admin, "save_settings", &[("order_grace_minutes", "0"), ("shift_cutoff_hours", "6")]).await;
        assert_eq!(status, 200, "{body}");
        let (status, _) = app.call(&awa, "withdraw_from_shift", &[("shift_id", &s(tidy))]).await;
        assert_eq!(status, 200, "{engine}");
        let (status, _) = app.call(&admin, "save_settings", &[("shift_cutoff_hours", "-3")]).await;
        assert_eq!(status, 400);

        // Started: too late to sign up.
        set_times(&app, distribution, now - H, now + H).await;
        let (status, body) = app.call(&nadia, "sign_up_for_shift", &[("shift_id", &s(distribution))]).await;
        assert_eq!(status, 409);
        assert!(body.contains("error-shift_started"), "{engine}: {body}");

        // A member does none of the coordinator's work.
        let nadia_id = account(&app, NADIA).await.to_string();
        let cycle = demo_cycle(&app).await.to_string();
        for (endpoint, form) in [
            ("shift_coverage", vec![("cycle_id", cycle.as_str())]),
            ("create_shift", vec![("cycle_id", cycle.as_str()), ("task_id", "1"), ("place", "0"), ("day", "2030-01-01"), ("start", "10:00"), ("end", "12:00"), ("needed", "2"), ("notes", "")]),
            ("delete_shift", vec![("shift_id", "1")]),
            ("set_shift_needed", vec![("shift_id", "1"), ("needed", "9")]),
            ("copy_shifts", vec![("cycle_id", cycle.as_str())]),
            ("add_volunteer", vec![("shift_id", "1"), ("account_id", nadia_id.as_str())]),
            ("remove_volunteer", vec![("shift_id", "1"), ("account_id", nadia_id.as_str())]),
            ("mark_attendance", vec![("shift_id", "1"), ("account_id", nadia_id.as_str()), ("status", "done")]),
            ("shift_tasks", vec![]),
            ("save_shift_task", vec![("name", "X"), ("description", "Y")]),
        ] {
            let (status, _) = app.call(&awa, endpoint, &form).await;
            assert_eq!(status, 403, "{engine}: member calling {endpoint}");
        }
        let anon = app.client();
        assert_eq!(app.call(&anon, "shift_board", &[]).await.0, 401);
        assert_eq!(app.call(&anon, "sign_up_for_shift", &[("shift_id", &s(till))]).await.0, 401);
        let (status, _) = app.get(&awa, &format!("/coordination/cycles/{cycle}/creneaux")).await;
        assert_eq!(status, 403);
    }
}

per_engine! {
    async fn thirty_phones_for_the_last_two_places_give_exactly_two(engine) {
        let app = TestApp::spawn(engine).await;
        demo_cycle(&app).await;
        let prep = shift_of(&app, "Préparation des commandes", 0).await; // 4 places
        // Two places already taken, by the two coordinators.
        for email in [CLAIRE, "samir@potcommun.fr"] {
            let c = app.login(email).await;
            assert_eq!(app.call(&c, "sign_up_for_shift", &[("shift_id", &prep.to_string())]).await.0, 200);
        }
        let others = sqlx::query(&format!(
            "SELECT id FROM accounts WHERE household_id IS NOT NULL ORDER BY id LIMIT 30"
        ))
        .fetch_all(&app.pool)
        .await
        .unwrap();
        assert_eq!(others.len(), 30);
        let mut tasks = Vec::new();
        for row in others {
            let id = row.try_get::<i64, _>("id").unwrap();
            let cookie = app.session_cookie(id).await;
            let url = app.url("/api/sign_up_for_shift");
            tasks.push(tokio::spawn(async move {
                let res = reqwest::Client::new().post(url).header("cookie", cookie).form(&[("shift_id", prep.to_string())]).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }));
        }
        let mut ok = 0;
        for t in tasks {
            let (status, body) = t.await.unwrap();
            match status {
                200 => ok += 1,
                409 => assert!(body.contains("error-shift_full"), "{engine}: {body}"),
                other => panic!("{engine}: unexpected {other}: {body}"),
            }
        }
        assert_eq!(ok, 2, "{engine}");
        assert_eq!(taken(&app, prep).await, 4);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM shift_signups WHERE shift_id = {prep}")).await, 4, "{engine}");
    }
}

per_engine! {
    async fn one_member_on_two_phones_cannot_hold_two_overlapping_shifts(engine) {
        let app = TestApp::spawn(engine).await;
        demo_cycle(&app).await;
        let (a, b) = (shift_of(&app, "Distribution", 0).await, shift_of(&app, "Caisse", 0).await);
        let cookie = app.session_cookie(account(&app, AICHA).await).await;
        let mut tasks = Vec::new();
        for i in 0..10 {
            let (url, cookie) = (app.url("/api/sign_up_for_shift"), cookie.clone());
            let shift = if i % 2 == 0 { a } else { b };
            tasks.push(tokio::spawn(async move {
                reqwest::Client::new().post(url).header("cookie", cookie).form(&[("shift_id", shift.to_string())]).send().await.unwrap().status().as_u16()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{engine}: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{engine}: {statuses:?}");
        let me = account(&app, AICHA).await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM shift_signups WHERE account_id = {me}")).await, 1, "{engine}");
        assert_eq!(taken(&app, a).await + taken(&app, b).await, 1);
    }
}

per_engine! {
    async fn a_coordinator_staffs_a_cycle_and_confirms_who_came(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = demo_cycle(&app).await;
        let c = cycle.to_string();
        let coord = app.login(CLAIRE).await;
        let awa = app.login(AWA).await;
        let awa_id = account(&app, AWA).await.to_string();

        // A new task, then a shift of it at the warehouse.
        let (status, body) = app
            .call(&coord, "save_shift_task", &[("name", "Atelier vrac"), ("description", "Mettre en sachets les lentilles et le riz."), ("with_children", "1")])
            .await;
        assert_eq!(status, 200, "{engine}: {body}");
        let (status, _) = app.call(&coord, "save_shift_task", &[("name", "Atelier vrac"), ("description", "Doublon")]).await;
        assert_eq!(status, 409, "{engine}: names are unique");
        let task = app.count("SELECT id FROM shift_tasks WHERE name = 'Atelier vrac'").await.to_string();
        let day = app::cycles::time::to_input(app::state::now() + 5 * 86_400)[..10].to_string();
        let create = |start: &'static str, end: &'static str, needed: &'static str| {
            vec![("cycle_id", c.clone()), ("task_id", task.clone()), ("place", "0".into()), ("day", day.clone()), ("start", start.into()), ("end", end.into()), ("needed", needed.into()), ("notes", "Entrée par la cour".into())]
        };
        let post = |form: Vec<(&'static str, String)>| {
            let (coord, url) = (coord.clone(), app.url("/api/create_shift"));
            async move { coord.post(url).form(&form).send().await.unwrap().status().as_u16() }
        };
        assert_eq!(post(create("14:00", "16:00", "5")).await, 200, "{engine}");
        for (bad, why) in [(create("16:00", "14:00", "2"), "end before start"), (create("08:00", "21:00", "2"), "13 hours"), (create("14:00", "16:00", "0"), "nobody"), (create("14:00", "16:00", "x"), "not a number"), (create("25:00", "26:00", "2"), "no such time")] {
            assert_eq!(post(bad).await, 400, "{engine}: {why}");
        }
        let vrac = app.count("SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = 'Atelier vrac'").await;
        assert_eq!(app.count("SELECT COUNT(*) FROM shifts WHERE notes = 'Entrée par la cour'").await, 1, "{engine}: refusals stored nothing");

        // Coverage: the emptiest first, each with filled/needed.
        let (status, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/creneaux")).await;
        assert_eq!(status, 200);
        let page = text(&html);
        let first_shift = page.find("Atelier vrac").unwrap();
        assert!(first_shift < page.find("Caisse").unwrap(), "{engine}: 5 missing comes before 1 missing");
        assert!(page.contains("0 / 5"), "{engine}");

        // The coordinator adds Awa (she said yes on the phone); she sees it.
        let (status, body) = app.call(&coord, "add_volunteer", &[("shift_id", &vrac.to_string()), ("account_id", &awa_id)]).await;
        assert_eq!(status, 200, "{engine}: {body}");
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{cycle}/creneaux")).await;
        let page = text(&html);
        assert!(page.contains("1 / 5") && page.contains("Awa") && page.contains("06 11 22 33 00"), "{engine}: {page}");
        let (_, html) = app.get(&awa, "/creneaux").await;
        assert!(text(&html).contains("Mes prochains créneaux Atelier vrac"), "{engine}");
        // Not below who signed up; raised is fine.
        assert_eq!(app.call(&coord, "set_shift_needed", &[("shift_id", &vrac.to_string()), ("needed", "0")]).await.0, 400);
        assert_eq!(app.call(&coord, "set_shift_needed", &[("shift_id", &vrac.to_string()), ("needed", "6")]).await.0, 200);
        // Attendance only once it has begun.
        let (status, body) = app.call(&coord, "mark_attendance", &[("shift_id", &vrac.to_string()), ("account_id", &awa_id), ("status", "done")]).await;
        assert_eq!(status, 409, "{engine}: {body}");
        let now = app::state::now();
        set_times(&app, vrac, now - 3 * H, now - H).await;
        let (status, _) = app.call(&coord, "mark_attendance", &[("shift_id", &vrac.to_string()), ("account_id", &awa_id), ("status", "done")]).await;
        assert_eq!(status, 200);
        assert_eq!(app.call(&coord, "mark_attendance", &[("shift_id", &vrac.to_string()), ("account_id", &awa_id), ("status", "paid")]).await.0, 400);
        // Her household's hours count it.
        let (_, html) = app.get(&awa, "/creneaux").await;
        let page = text(&html);
        assert!(page.contains("Temps donné par votre foyer : 2 h"), "{engine}: {page}");
        assert!(page.contains("Atelier vrac") && page.contains("fait, merci"), "{engine}");

        // Removing someone and deleting a shift: the person is told.
        let caisse = shift_of(&app, "Caisse", 0).await.to_string();
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &caisse)]).await.0, 200);
        assert_eq!(app.call(&coord, "remove_volunteer", &[("shift_id", &caisse), ("account_id", &awa_id)]).await.0, 200);
        assert_eq!(app.call(&coord, "remove_volunteer", &[("shift_id", &caisse), ("account_id", &awa_id)]).await.0, 409);
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &caisse)]).await.0, 200);
        assert_eq!(app.call(&coord, "delete_shift", &[("shift_id", &caisse), ("confirmed", "yes")]).await.0, 200);
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("Votre créneau « Caisse »"), "{engine}");

        // Next cycle: copy this one's shifts, once, to the same weekdays.
        let opens = app::cycles::time::to_input(now + 7 * 86_400);
        let closes = app::cycles::time::to_input(now + 13 * 86_400);
        assert_eq!(app.call(&coord, "create_cycle", &[("name", "Cycle suivant"), ("opens", &opens), ("closes", &closes)]).await.0, 200);
        let next = app.count("SELECT id FROM cycles WHERE name = 'Cycle suivant'").await.to_string();
        let (_, html) = app.get(&coord, &format!("/coordination/cycles/{next}/creneaux")).await;
        assert!(text(&html).contains("Copier les créneaux du cycle « Commande de la semaine »"), "{engine}");
        assert_eq!(app.call(&coord, "copy_shifts", &[("cycle_id", &next)]).await.0, 200);
        assert_eq!(app.call(&coord, "copy_shifts", &[("cycle_id", &next)]).await.0, 409, "{engine}: copied once");
        let copied = app.count(&format!("SELECT COUNT(*) FROM shifts WHERE cycle_id = {next}")).await;
        assert_eq!(copied, app.count(&format!("SELECT COUNT(*) FROM shifts WHERE cycle_id = {cycle}")).await, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM shifts WHERE cycle_id = {next} AND taken > 0")).await, 0, "{engine}: places, not people");
    }
}

per_engine! {
    async fn shifts_short_48_hours_before_are_flagged_once(engine) {
        let app = TestApp::spawn(engine).await;
        demo_cycle(&app).await;
        let now = app::state::now();
        // Every demo shift starts days from now; bring one to 47 h.
        sqlx::query("UPDATE shifts SET starts_at = starts_at + 400 * 86400, ends_at = ends_at + 400 * 86400").execute(&app.pool).await.unwrap();
        let prep = shift_of(&app, "Préparation des commandes", 0).await;
        set_times(&app, prep, now + 47 * H, now + 49 * H).await;
        let notices = "SELECT COUNT(*) FROM notifications WHERE kind = 'shift_short'";
        let coordinators = app.count("SELECT COUNT(*) FROM accounts WHERE role IN ('coordinator', 'admin')").await;
        app.tick(now - 2 * H).await; // 49 h before: not yet
        assert_eq!(app.count(notices).await, 0, "{engine}");
        app.tick(now).await;
        assert_eq!(app.count(notices).await, coordinators, "{engine}: every coordinator told");
        // A second pass, or a second server, tells nobody twice.
        app.tick(now + 60).await;
        app.tick(now + 120).await;
        assert_eq!(app.count(notices).await, coordinators, "{engine}");
        let coord = app.login(CLAIRE).await;
        let (_, html) = app.get(&coord, "/messages").await;
        assert!(text(&html).contains("Il manque encore 4 personnes pour le créneau « Préparation des commandes »"), "{engine}");
        // A full shift is not flagged.
        let till = shift_of(&app, "Caisse", 0).await;
        set_times(&app, till, now + 30 * H, now + 31 * H).await;
        let awa = app.login(AWA).await;
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &till.to_string())]).await.0, 200);
        app.tick(now + 180).await;
        assert_eq!(app.count(notices).await, coordinators, "{engine}");
    }
}

per_engine! {
    async fn a_volunteer_at_the_table_holds_only_their_points_sheet_around_their_shift(engine) {
        let app = TestApp::spawn(engine).await;
        let cycle = demo_cycle(&app).await;
        let lentils = app.count("SELECT id FROM products WHERE name = 'Lentilles vertes'").await;
        let (awa, nadia, aicha, coord) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await, app.login(CLAIRE).await);
        // Nadia orders for the first point, Aïcha for the second.
        assert_eq!(app.order(&nadia, cycle, &[(lentils, "1")]).await.0, 200);
        let points: Vec<i64> = sqlx::query(&format!("SELECT pickup_point_id FROM cycle_pickups WHERE cycle_id = {cycle} ORDER BY pickup_point_id"))
            .fetch_all(&app.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get::<i64, _>("pickup_point_id").unwrap())
            .collect();
        let form = [
            ("cycle_id", cycle.to_string()),
            ("pickup_point_id", points[1].to_string()),
            ("key", "commande-aicha-point-2".to_string()),
            ("lines[0][product]", lentils.to_string()),
            ("lines[0][qty]", "1".to_string()),
        ];
        assert_eq!(aicha.post(app.url("/api/place_order")).form(&form).send().await.unwrap().status(), 200);
        assert_eq!(app.call(&coord, "move_cycle", &[("cycle_id", &cycle.to_string()), ("to", "closed"), ("confirmed", "yes")]).await.0, 200);
        let c = cycle.to_string();

        // Awa takes the distribution shift at the first point.
        let dist = app.count(&format!(
            "SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = 'Distribution' AND s.pickup_point_id = {}",
            points[0]
        ))
        .await;
        assert_eq!(app.call(&awa, "sign_up_for_shift", &[("shift_id", &dist.to_string())]).await.0, 200);
        // Days before her shift: no sheet.
        assert_eq!(app.call(&awa, "distribution_sheet", &[("cycle_id", &c)]).await.0, 403, "{engine}");
        // An hour before it: her point's sheet, and only hers.
        let now = app::state::now();
        set_times(&app, dist, now + H, now + 3 * H).await;
        let (status, html) = app.get(&awa, &format!("/distribution/{cycle}")).await;
        assert_eq!(status, 200, "{engine}");
        let page = text(&html);
        let household = |email: &'static str| {
            let pool = app.pool.clone();
            async move {
                use sqlx::Row;
                let r = sqlx::query(&format!("SELECT h.name FROM households h JOIN accounts a ON a.household_id = h.id WHERE a.email = '{email}'"))
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                r.try_get::<String, _>("name").unwrap()
            }
        };
        assert!(page.contains(&household(NADIA).await), "{engine}: {page}");
        assert!(!page.contains(&household(AICHA).await), "{engine}: another point's households stay private");
        assert!(!page.contains("Tâches"), "{engine}: no coordination menu for a volunteer");
        let (_, html) = app.get(&awa, "/creneaux").await;
        assert!(text(&html).contains("Ouvrir la feuille de distribution"), "{engine}");
        let order_of = |email: &'static str| format!("SELECT o.id FROM orders o JOIN accounts a ON a.household_id = o.household_id WHERE a.email = '{email}'");
        let (nadia_order, aicha_order) = (app.count(&order_of(NADIA)).await.to_string(), app.count(&order_of(AICHA)).await.to_string());
        let (status, _) = app.call(&awa, "record_pickup", &[("order_id", &nadia_order), ("paid", "0,47"), ("method", "cash")]).await;
        assert_eq!(status, 200, "{engine}");
        let (status, _) = app.call(&awa, "record_pickup", &[("order_id", &aicha_order), ("paid", "2,35"), ("method", "cash")]).await;
        assert_eq!(status, 403, "{engine}: not her point");
        // Nor that point's till.
        let (status, _) = app.call(&awa, "count_till", &[("cycle_id", &c), ("point_id", &points[1].to_string()), ("counted", "2,35")]).await;
        assert_eq!(status, 403, "{engine}: not her point's till");
        assert_eq!(app.count("SELECT COUNT(*) FROM till_counts").await, 0);
        // Nadia, with no shift, sees no sheet at all.
        assert_eq!(app.call(&nadia, "distribution_sheet", &[("cycle_id", &c)]).await.0, 403);
        // Long after her shift, the sheet is closed to her again.
        set_times(&app, dist, now - 6 * H, now - 4 * H).await;
        assert_eq!(app.call(&awa, "distribution_sheet", &[("cycle_id", &c)]).await.0, 403, "{engine}");
    }
}
