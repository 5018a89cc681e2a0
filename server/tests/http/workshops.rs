//! Workshops over real HTTP: a member's proposal approved by a coordinator
//! or voted by the workshops commission, one-tap sign-ups with children
//! counted, the waiting list and its promotions, every refusal, forty
//! phones for five places, the host's page, cancellation and past counts.

use sqlx::Row;
use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const AICHA: &str = "aicha@exemple.fr";
const SOPHIE_PHONE: &str = "06 11 22 33 02";
const YOUSSEF_PHONE: &str = "06 11 22 33 11";
const CLAIRE: &str = "claire@potcommun.fr";
const DAY: i64 = 86_400;

async fn account(app: &TestApp, column: &str, value: &str) -> i64 {
    app.count(&format!("SELECT id FROM accounts WHERE {column} = '{value}'")).await
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap();
}

/// A member proposes a workshop three days from now, 10:00 to 12:00 Paris
/// time. Returns the HTTP answer.
async fn propose(app: &TestApp, who: &reqwest::Client, title: &str, places: &str, children_welcome: bool) -> (u16, String) {
    let day = app::cycles::time::to_input(app::state::now() + 3 * DAY);
    let day = day.split('T').next().unwrap().to_string();
    let mut form = vec![
        ("title", title),
        ("description", "On cuisine ensemble les légumes du panier."),
        ("cohosts", "Fatou"),
        ("day", day.as_str()),
        ("start", "10:00"),
        ("end", "12:00"),
        ("place", "Centre social, cuisine du 1er étage"),
        ("places", places),
        ("price_note", "Prix libre"),
        ("bring", "Un tablier"),
        ("languages", "français, wolof"),
        ("photo_url", ""),
    ];
    if children_welcome {
        form.push(("children_welcome", "1"));
    }
    app.call(who, "propose_workshop", &form).await
}

async fn workshop(app: &TestApp, title: &str) -> i64 {
    app.count(&format!("SELECT id FROM workshops WHERE title = '{title}'")).await
}

async fn state(app: &TestApp, id: i64) -> String {
    use sqlx::Row;
    sqlx::query(&format!("SELECT state FROM workshops WHERE id = {id}")).fetch_one(&app.pool).await.unwrap().try_get("state").unwrap()
}

async fn taken(app: &TestApp, id: i64) -> i64 {
    app.count(&format!("SELECT taken FROM workshops WHERE id = {id}")).await
}

async fn told(app: &TestApp, account: i64, kind: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM notifications WHERE account_id = {account} AND kind = '{kind}'")).await
}

async fn approve(app: &TestApp, coord: &reqwest::Client, id: i64) {
    let (s, body) = app.call(coord, "decide_workshop", &[("workshop_id", &id.to_string()), ("decision", "approve"), ("reason", "")]).await;
    assert_eq!(s, 200, "{body}");
}

per_engine! {
    async fn from_an_idea_to_a_full_workshop_with_its_waiting_list(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        let (sophie, youssef) = (app.login(SOPHIE_PHONE).await, app.login(YOUSSEF_PHONE).await);
        let awa_id = account(&app, "email", AWA).await;
        let aicha_id = account(&app, "email", AICHA).await;
        let sophie_id = account(&app, "phone", &SOPHIE_PHONE.replace(' ', "")).await;

        // Bad proposals: a clear refusal, nothing stored.
        let before = app.count("SELECT COUNT(*) FROM workshops WHERE state = 'published'").await;
        assert_eq!(before, 2, "{engine}: the demo shows two workshops");
        let long = "x".repeat(10_000);
        for (title, places) in [(long.as_str(), "4"), ("Atelier", "0"), ("Atelier", "201"), ("Atelier", "-3"), ("Atelier", "beaucoup"), ("  ", "4")] {
            let (s, body) = propose(&app, &awa, title, places, true).await;
            assert_eq!(s, 400, "{engine} {places}: {body}");
        }
        let yesterday = app::cycles::time::to_input(app::state::now() - DAY);
        let (s, body) = app
            .call(&awa, "propose_workshop", &[("title", "Hier"), ("description", "x"), ("cohosts", ""), ("day", yesterday.split('T').next().unwrap()), ("start", "10:00"), ("end", "12:00"), ("place", "Ici"), ("places", "4"), ("price_note", ""), ("bring", ""), ("languages", ""), ("photo_url", "")])
            .await;
        assert_eq!((s, body.contains("error-workshop_in_past")), (400, true), "{engine}: {body}");
        let day = app::cycles::time::to_input(app::state::now() + 3 * DAY);
        let day = day.split('T').next().unwrap();
        for (start, end, photo, why) in [
            ("12:00", "10:00", "", "error-end_before_start"),
            ("25:00", "26:00", "", "error-datetime_invalid"),
            ("10:00", "12:00", "javascript:alert(1)", "error-photo_url"),
        ] {
            let (s, body) = app
                .call(&awa, "propose_workshop", &[("title", "Soupe"), ("description", "x"), ("cohosts", ""), ("day", day), ("start", start), ("end", end), ("place", "Ici"), ("places", "4"), ("price_note", ""), ("bring", ""), ("languages", ""), ("photo_url", photo)])
                .await;
            assert_eq!((s, body.contains(why)), (400, true), "{engine} {why}: {body}");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM workshops").await, before, "{engine}: nothing stored");
        assert_eq!(propose(&app, &app.client(), "Anonyme", "4", false).await.0, 401, "{engine}: members only");

        // Awa proposes: two places, children welcome. It waits for a decision.
        let (s, body) = propose(&app, &awa, "Batch cooking du panier", "2", true).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let w = workshop(&app, "Batch cooking du panier").await;
        let ws = w.to_string();
        assert_eq!(state(&app, w).await, "proposed");
        let (_, html) = app.get(&awa, "/ateliers").await;
        let page = text(&html);
        assert!(page.contains("Batch cooking du panier") && page.contains("en attente de validation"), "{engine}: the proposer sees where it stands: {page}");
        // Nobody signs up to an unapproved workshop, and members do not see it listed.
        let (s, body) = app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!((s, body.contains("error-workshop_not_open")), (409, true), "{engine}: {body}");
        let (_, html) = app.get(&nadia, "/ateliers").await;
        assert!(!text(&html).contains("Batch cooking du panier"), "{engine}");

        // Only a coordinator decides; a refusal needs a reason.
        assert_eq!(app.call(&awa, "decide_workshop", &[("workshop_id", &ws), ("decision", "approve"), ("reason", "")]).await.0, 403);
        assert_eq!(app.call(&nadia, "decide_workshop", &[("workshop_id", &ws), ("decision", "approve"), ("reason", "")]).await.0, 403);
        let (s, body) = app.call(&coord, "decide_workshop", &[("workshop_id", &ws), ("decision", "decline"), ("reason", "")]).await;
        assert_eq!((s, body.contains("error-reason_required")), (400, true), "{engine}: {body}");
        assert_eq!(app.call(&coord, "decide_workshop", &[("workshop_id", &ws), ("decision", "peut-être"), ("reason", "")]).await.0, 400);
        assert_eq!(state(&app, w).await, "proposed", "{engine}: refusals change nothing");
        let (_, html) = app.get(&coord, "/ateliers").await;
        assert!(text(&html).contains("Ateliers à valider"), "{engine}");
        approve(&app, &coord, w).await;
        assert_eq!(state(&app, w).await, "published");
        assert_eq!(told(&app, awa_id, "workshop_approved").await, 1, "{engine}: the proposer is told");
        let (s, body) = app.call(&coord, "decide_workshop", &[("workshop_id", &ws), ("decision", "decline"), ("reason", "Doublon")]).await;
        assert_eq!((s, body.contains("error-workshop_not_proposed")), (409, true), "{engine}: decided once");

        // Nadia comes with a child: both places. Then it is full.
        let (s, body) = app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws), ("children", "1")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(taken(&app, w).await, 2);
        for (children, why) in [("3", "error-children_range"), ("-1", "error-children_range"), ("deux", "error-children_range")] {
            let (s, body) = app.call(&aicha, "sign_up_workshop", &[("workshop_id", &ws), ("children", children)]).await;
            assert_eq!((s, body.contains(why)), (400, true), "{engine} {children}: {body}");
        }
        let (s, body) = app.call(&aicha, "sign_up_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!((s, body.contains("error-workshop_full")), (409, true), "{engine}: full and not on the list: {body}");
        let (s, body) = app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!((s, body.contains("error-workshop_already_in")), (409, true), "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM workshop_signups WHERE workshop_id = {ws}")).await, 1, "{engine}: refusals change nothing");
        let (_, html) = app.get(&aicha, "/ateliers").await;
        let page = text(&html);
        assert!(page.contains("Complet") && page.contains("M’inscrire sur la liste d’attente"), "{engine}: {page}");

        // Three join the waiting list, each sees their position.
        for c in [&aicha, &sophie, &youssef] {
            let (s, body) = app.call(c, "sign_up_workshop", &[("workshop_id", &ws), ("waitlist", "1")]).await;
            assert_eq!(s, 200, "{engine}: {body}");
        }
        assert_eq!(taken(&app, w).await, 2);
        let (_, html) = app.get(&sophie, "/ateliers").await;
        assert!(text(&html).contains("liste d’attente, position 2"), "{engine}: {}", text(&html));

        // Someone else's sign-up cannot be withdrawn: Claire is not in it.
        let (s, body) = app.call(&coord, "withdraw_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!((s, body.contains("error-workshop_not_signed_up")), (409, true), "{engine}: {body}");
        assert_eq!(taken(&app, w).await, 2);

        // Nadia withdraws: her two places go to the first two in line, who are told.
        assert_eq!(app.call(&nadia, "withdraw_workshop", &[("workshop_id", &ws)]).await.0, 200);
        assert_eq!(taken(&app, w).await, 2, "{engine}");
        assert_eq!(told(&app, aicha_id, "workshop_place").await, 1, "{engine}");
        assert_eq!(told(&app, sophie_id, "workshop_place").await, 1, "{engine}");
        let (_, html) = app.get(&aicha, "/ateliers").await;
        assert!(text(&html).contains("Vous êtes inscrit·e"), "{engine}");
        let (_, html) = app.get(&youssef, "/ateliers").await;
        assert!(text(&html).contains("liste d’attente, position 1"), "{engine}: {}", text(&html));
        let (_, html) = app.get(&aicha, "/messages").await;
        assert!(text(&html).contains("Une place s’est libérée"), "{engine}");

        // The host sees who comes; other members do not.
        let (s, body) = app.call(&awa, "workshop_host", &[("workshop_id", &ws)]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert!(body.contains("Aïcha") && body.contains("Youssef") && !body.contains("Nadia"), "{engine}: {body}");
        assert_eq!(app.call(&nadia, "workshop_host", &[("workshop_id", &ws)]).await.0, 403);
        assert_eq!(app.call(&coord, "workshop_host", &[("workshop_id", &ws)]).await.0, 200);
        let (_, html) = app.get(&awa, &format!("/ateliers/{w}/hote")).await;
        assert!(text(&html).contains("Inscrit·es : 2 · avec les enfants : 2"), "{engine}: {}", text(&html));

        // Attendance only once it began, and only by the host or a coordinator.
        let mark = |who: i64, yes: &'static str| vec![("workshop_id", ws.clone()), ("account_id", who.to_string()), ("attended", yes.to_string())];
        let form = mark(aicha_id, "yes");
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (s, body) = app.call(&awa, "mark_workshop_attendance", &form).await;
        assert_eq!((s, body.contains("error-workshop_not_started")), (409, true), "{engine}: {body}");
        let now = app::state::now();
        exec(&app, &format!("UPDATE workshops SET starts_at = {}, ends_at = {} WHERE id = {w}", now - 60, now + 3600)).await;
        // After the start: no sign-up, no withdrawal.
        let (s, body) = app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws), ("waitlist", "1")]).await;
        assert_eq!((s, body.contains("error-workshop_not_open")), (409, true), "{engine}: {body}");
        let (s, _) = app.call(&aicha, "withdraw_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!(s, 409, "{engine}");
        assert_eq!(app.call(&nadia, "mark_workshop_attendance", &form).await.0, 403, "{engine}: not the host");
        assert_eq!(app.call(&awa, "mark_workshop_attendance", &form).await.0, 200);
        let form2 = mark(sophie_id, "no");
        let form2: Vec<(&str, &str)> = form2.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(app.call(&awa, "mark_workshop_attendance", &form2).await.0, 200);
        // Past workshops stay visible with how many took part.
        exec(&app, &format!("UPDATE workshops SET ends_at = {} WHERE id = {w}", now - 1)).await;
        let (_, html) = app.get(&youssef, "/ateliers").await;
        let page = text(&html);
        assert!(page.contains("Ateliers passés") && page.contains("Batch cooking du panier") && page.contains("1 participant·e"), "{engine}: {page}");
    }
}

per_engine! {
    async fn children_are_counted_only_where_welcome_and_a_cancellation_tells_everyone(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        assert_eq!(propose(&app, &awa, "Couture", "1", false).await.0, 200);
        let w = workshop(&app, "Couture").await;
        let ws = w.to_string();
        approve(&app, &coord, w).await;
        let (s, body) = app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws), ("children", "1")]).await;
        assert_eq!((s, body.contains("error-children_not_welcome")), (400, true), "{engine}: {body}");
        assert_eq!(app.call(&nadia, "sign_up_workshop", &[("workshop_id", &ws), ("children", "0")]).await.0, 200);
        assert_eq!(app.call(&aicha, "sign_up_workshop", &[("workshop_id", &ws), ("waitlist", "1")]).await.0, 200);

        // Only a coordinator cancels, with a message; everyone in or waiting is told.
        assert_eq!(app.call(&awa, "cancel_workshop", &[("workshop_id", &ws), ("message", "x")]).await.0, 403);
        assert_eq!(app.call(&coord, "cancel_workshop", &[("workshop_id", &ws), ("message", "  ")]).await.0, 400);
        let (s, body) = app.call(&coord, "cancel_workshop", &[("workshop_id", &ws), ("message", "L’animatrice est malade.")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(state(&app, w).await, "cancelled");
        for email in [NADIA, AICHA] {
            assert_eq!(told(&app, account(&app, "email", email).await, "workshop_cancelled").await, 1, "{engine}: {email}");
        }
        let (_, html) = app.get(&aicha, "/messages").await;
        assert!(text(&html).contains("L’animatrice est malade."), "{engine}");
        let (s, _) = app.call(&coord, "cancel_workshop", &[("workshop_id", &ws), ("message", "encore")]).await;
        assert_eq!(s, 409, "{engine}: cancelled once");
        let (s, body) = app.call(&aicha, "sign_up_workshop", &[("workshop_id", &ws)]).await;
        assert_eq!((s, body.contains("error-workshop_not_open")), (409, true), "{engine}: {body}");
        // Ids that do not exist: a clear answer, no 500.
        for bad in ["999999", "abc", "-1"] {
            let (s, _) = app.call(&aicha, "sign_up_workshop", &[("workshop_id", bad)]).await;
            assert!(s == 409 || s == 400, "{engine} {bad}: {s}");
            let (s, _) = app.call(&coord, "workshop_host", &[("workshop_id", bad)]).await;
            assert!(s == 404 || s == 400, "{engine} {bad}: {s}");
        }
        // A declined proposal says why to its proposer.
        assert_eq!(propose(&app, &awa, "Poterie", "6", false).await.0, 200);
        let p = workshop(&app, "Poterie").await;
        assert_eq!(app.call(&coord, "decide_workshop", &[("workshop_id", &p.to_string()), ("decision", "decline"), ("reason", "Pas de four cette saison.")]).await.0, 200);
        let (_, html) = app.get(&awa, "/ateliers").await;
        assert!(text(&html).contains("refusé — Pas de four cette saison."), "{engine}: {}", text(&html));
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("n’a pas été retenu : Pas de four cette saison."), "{engine}");
    }
}

per_engine! {
    /// Forty phones for five places, twice: with the waiting list asked for
    /// (five in, thirty-five waiting in the order they came, the first of them
    /// promoted when someone leaves), and without (five in, thirty-five told
    /// it is full).
    async fn forty_phones_for_five_places_never_over_fill_and_keep_the_list_in_order(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let awa = app.login(AWA).await;
        // The demo has 30 households' accounts, Awa's among them (she
        // hosts); eleven more members join.
        let now = app::state::now();
        for i in 0..11 {
            exec(&app, &format!("INSERT INTO accounts (display_name, phone, role, created_at) VALUES ('Membre {i}', '07000000{i:02}', 'member', {now})")).await;
        }
        let ids: Vec<i64> = sqlx::query("SELECT id FROM accounts WHERE role = 'member' AND (email IS NULL OR email <> 'awa@exemple.fr') ORDER BY id LIMIT 40")
            .fetch_all(&app.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get::<i64, _>("id").unwrap())
            .collect();
        assert_eq!(ids.len(), 40, "{engine}");
        let mut cookies = Vec::new();
        for id in &ids {
            cookies.push((*id, app.session_cookie(*id).await));
        }
        for (title, waitlist) in [("Visite de la ferme", true), ("Pain au levain", false)] {
            assert_eq!(propose(&app, &awa, title, "5", false).await.0, 200);
            let w = workshop(&app, title).await;
            approve(&app, &coord, w).await;
            let mut tasks = Vec::new();
            for (id, cookie) in cookies.clone() {
                let url = app.url("/api/sign_up_workshop");
                tasks.push(tokio::spawn(async move {
                    let mut form = vec![("workshop_id", w.to_string())];
                    if waitlist {
                        form.push(("waitlist", "1".to_string()));
                    }
                    let res = reqwest::Client::new().post(url).header("cookie", cookie).form(&form).send().await.unwrap();
                    (id, res.status().as_u16(), res.text().await.unwrap())
                }));
            }
            let mut ok = 0;
            for t in tasks {
                let (_, status, body) = t.await.unwrap();
                match status {
                    200 => ok += 1,
                    409 if !waitlist => assert!(body.contains("error-workshop_full"), "{engine}: {body}"),
                    other => panic!("{engine}: unexpected {other}: {body}"),
                }
            }
            let confirmed = app.count(&format!("SELECT COUNT(*) FROM workshop_signups WHERE workshop_id = {w} AND status = 'confirmed'")).await;
            let waiting = app.count(&format!("SELECT COUNT(*) FROM workshop_signups WHERE workshop_id = {w} AND status = 'waiting'")).await;
            assert_eq!((confirmed, taken(&app, w).await), (5, 5), "{engine} {title}: never over-filled, counter and rows agree");
            if waitlist {
                assert_eq!((ok, waiting), (40, 35), "{engine}");
                // The list keeps the order people came in: the five in hold
                // the first five positions, the others 6 to 40, none twice.
                assert_eq!(app.count(&format!("SELECT MAX(seq) FROM workshop_signups WHERE workshop_id = {w} AND status = 'confirmed'")).await, 5, "{engine}");
                assert_eq!(app.count(&format!("SELECT COUNT(DISTINCT seq) FROM workshop_signups WHERE workshop_id = {w}")).await, 40, "{engine}");
                let first_waiting = app.count(&format!("SELECT account_id FROM workshop_signups WHERE workshop_id = {w} AND seq = 6")).await;
                let leaving = app.count(&format!("SELECT account_id FROM workshop_signups WHERE workshop_id = {w} AND seq = 3")).await;
                let cookie = cookies.iter().find(|c| c.0 == leaving).unwrap().1.clone();
                let res = reqwest::Client::new().post(app.url("/api/withdraw_workshop")).header("cookie", cookie).form(&[("workshop_id", w.to_string())]).send().await.unwrap();
                assert_eq!(res.status().as_u16(), 200, "{engine}");
                assert_eq!(app.count(&format!("SELECT COUNT(*) FROM workshop_signups WHERE workshop_id = {w} AND account_id = {first_waiting} AND status = 'confirmed'")).await, 1, "{engine}: the first in line moved up");
                assert_eq!(told(&app, first_waiting, "workshop_place").await, 1, "{engine}");
                assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'workshop_place'").await, 1, "{engine}: only them");
                assert_eq!(taken(&app, w).await, 5, "{engine}");
            } else {
                assert_eq!((ok, waiting), (5, 0), "{engine}");
            }
        }
    }
}

per_engine! {
    /// Where the association has a workshops commission, it decides by a
    /// free-kind vote of the governance module; the scheduler closes the vote
    /// and publishes (or declines) the workshop.
    async fn a_workshops_commission_decides_by_vote(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        let (s, body) = app
            .call(&coord, "create_commission", &[("name", "Commission des ateliers"), ("scope", "workshops"), ("description", "Les ateliers du groupement."), ("seats", "2"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")])
            .await;
        assert_eq!(s, 200, "{body}");
        let c = app.count("SELECT id FROM commissions WHERE name = 'Commission des ateliers'").await;
        let now = app::state::now();
        for email in [NADIA, AICHA] {
            let a = account(&app, "email", email).await;
            exec(&app, &format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({c}, {a}, {}, {})", now - 10, now + 365 * DAY)).await;
        }
        // Awa does not sit on it; her proposal goes to the commission's vote.
        for title in ["Confitures", "Karaoké"] {
            assert_eq!(propose(&app, &awa, title, "8", true).await.0, 200);
        }
        let (yes, no) = (workshop(&app, "Confitures").await, workshop(&app, "Karaoké").await);
        assert_eq!((state(&app, yes).await, state(&app, no).await), ("in_vote".to_string(), "in_vote".to_string()), "{engine}");
        let (s, _) = app.call(&coord, "decide_workshop", &[("workshop_id", &yes.to_string()), ("decision", "approve"), ("reason", "")]).await;
        assert_eq!(s, 409, "{engine}: the commission decides, not a coordinator");
        let (_, html) = app.get(&awa, "/ateliers").await;
        assert!(text(&html).contains("vote de la commission en cours"), "{engine}");
        let py = app.count(&format!("SELECT proposal_id FROM workshops WHERE id = {yes}")).await.to_string();
        let pn = app.count(&format!("SELECT proposal_id FROM workshops WHERE id = {no}")).await.to_string();
        assert_eq!(app.call(&awa, "vote", &[("proposal_id", &py), ("choice", "for")]).await.0, 403, "{engine}: not on the commission");
        for m in [&nadia, &aicha] {
            assert_eq!(app.call(m, "vote", &[("proposal_id", &py), ("choice", "for")]).await.0, 200);
            assert_eq!(app.call(m, "vote", &[("proposal_id", &pn), ("choice", "against")]).await.0, 200);
        }
        // Nothing moves before the vote closes.
        app.tick(now + 60).await;
        assert_eq!(state(&app, yes).await, "in_vote");
        let closes = app.count(&format!("SELECT closes_at FROM proposals WHERE id = {py}")).await;
        // The workshop is three days ahead at 10:00 Paris time, so how far
        // that is depends on the hour the test runs; what matters is that
        // the vote closes at least two hours before it starts.
        let starts = app.count(&format!("SELECT starts_at FROM workshops WHERE id = {yes}")).await;
        assert!(closes > now && closes <= starts - 2 * 3600, "{engine}: the vote closes before the workshop ({closes} vs {starts})");
        app.tick(closes + 1).await;
        assert_eq!(state(&app, yes).await, "published", "{engine}");
        assert_eq!(state(&app, no).await, "declined", "{engine}");
        let awa_id = account(&app, "email", AWA).await;
        assert_eq!((told(&app, awa_id, "workshop_approved").await, told(&app, awa_id, "workshop_voted_down").await), (1, 1), "{engine}");
        assert_eq!(told(&app, awa_id, "vote_approved").await + told(&app, awa_id, "vote_rejected").await, 0, "{engine}: told once, by the workshop's own notice");
        app.tick(closes + 120).await;
        assert_eq!(told(&app, awa_id, "workshop_approved").await, 1, "{engine}: told once");
        let (_, html) = app.get(&awa, "/ateliers").await;
        let page = text(&html);
        assert!(page.contains("publié") && page.contains("La commission ne l’a pas retenu (0 pour, 2 contre)"), "{engine}: {page}");
        // The vote and its reasons are public, like every proposal.
        let (s, html) = app.get(&app.login(SOPHIE_PHONE).await, &format!("/propositions/{py}")).await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("Atelier : Confitures"), "{engine}");
    }
}
