//! The scheduler's own notices, driven by an injected clock: a cycle
//! opened, closing tomorrow, an order to fetch tomorrow, a shift tomorrow.
//! Each goes out once, at the right time, not again on later passes nor
//! after a restart (a fresh connection pool on the same database), and
//! lands in the push outbox of the devices that want it.

use crate::common::{text, TestApp};

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
    let pass = app::jobs::pass(&pool, now).await;
    assert!(pass.failed.is_empty(), "{:?}", pass.failed);
    pool.close().await;
}

per_engine! {
    async fn each_reminder_goes_out_once_at_the_right_time(engine) {
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

per_engine! {
    async fn the_day_before_pickup_and_the_day_before_a_shift(engine) {
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
        let (kind, params, url) = (row.try_get::<String, _>("kind").unwrap(), row.try_get::<String, _>("params").unwrap(), row.try_get::<String, _>("url").unwrap());
        let payload = server::push::payload(&kind, &params, &url, 1, app::i18n::Lang::Fr);
        assert!(payload.contains("vous attend") && payload.contains("\"url\":\"/commande\"") && payload.contains("\"lang\":\"fr\""), "{engine}: {payload}");
        // Stored as raw values, the same notice words itself in English
        // for a reader who reads English when it is sent.
        let english = server::push::payload(&kind, &params, &url, 1, app::i18n::Lang::En);
        assert!(english.contains("Centre social") && !english.contains("vous attend") && english.contains("\"lang\":\"en\""), "{engine}: {english}");

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

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap();
}

per_engine! {
    async fn a_commission_hears_of_its_votes_and_every_member_of_elections(engine) {
        const NADIA: &str = "nadia@exemple.fr";
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        assert_eq!(told(&app, "election_candidacy").await, 0, "{engine}: the demo election is not news");
        let members = app.count("SELECT COUNT(*) FROM accounts WHERE household_id IS NOT NULL").await;
        let coord = app.login("claire@potcommun.fr").await;
        let (s, body) = app
            .call(&coord, "create_commission", &[("name", "Commission de la vie du groupe"), ("scope", "life"), ("description", "Les règles du groupement."), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")])
            .await;
        assert_eq!(s, 200, "{engine}: {body}");
        let commission = app.count("SELECT id FROM commissions WHERE name = 'Commission de la vie du groupe'").await;
        for email in [AWA, NADIA, AICHA] {
            let a = app.count(&format!("SELECT id FROM accounts WHERE email = '{email}'")).await;
            exec(&app, &format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({commission}, {a}, {}, {})", now - 10, now + 30 * 24 * H)).await;
        }
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);

        // Awa opens a vote: the two others are told at once, not her.
        let closes = app::cycles::time::to_input(now + 72 * H);
        let c = commission.to_string();
        let (s, body) = app
            .call(&awa, "open_proposal", &[("commission_id", c.as_str()), ("title", "Une réunion ouverte par trimestre"), ("reasons", "Pour que chacun puisse venir dire ce qu’il pense."), ("kind", "free"), ("closes", closes.as_str())])
            .await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!((told_to(&app, AWA, "vote_opened").await, told_to(&app, NADIA, "vote_opened").await, told_to(&app, AICHA, "vote_opened").await), (0, 1, 1), "{engine}");
        let (_, html) = app.get(&aicha, "/messages").await;
        assert!(text(&html).contains("Vote ouvert dans la commission « Commission de la vie du groupe » : « Une réunion ouverte par trimestre »"), "{engine}");
        let proposal = app.count("SELECT id FROM proposals").await.to_string();
        let closes_at = app.count("SELECT closes_at FROM proposals").await;
        assert_eq!(app.call(&nadia, "vote", &[("proposal_id", proposal.as_str()), ("choice", "for")]).await.0, 200);

        // The day before closing, those who have not voted are reminded, once.
        app.tick(closes_at - 25 * H).await;
        assert_eq!(told(&app, "vote_closing").await, 0, "{engine}: not two days before");
        app.tick(closes_at - 23 * H).await;
        tick_after_restart(&app, closes_at - 22 * H).await;
        assert_eq!((told_to(&app, AWA, "vote_closing").await, told_to(&app, NADIA, "vote_closing").await, told_to(&app, AICHA, "vote_closing").await), (1, 0, 1), "{engine}");
        assert_eq!(app.call(&aicha, "vote", &[("proposal_id", proposal.as_str()), ("choice", "for")]).await.0, 200);

        // Closed by the server: the result goes to the commission, once.
        app.tick(closes_at + 1).await;
        tick_after_restart(&app, closes_at + 60).await;
        assert_eq!(told(&app, "vote_approved").await, 3, "{engine}: author and voters, once each");
        let (_, html) = app.get(&nadia, "/messages").await;
        assert!(text(&html).contains("Vote clos : « Une réunion ouverte par trimestre » est adoptée (2 pour, 0 contre, 0 abstention)."), "{engine}: {}", text(&html));

        // An election: every member hears of the candidacies, then of the vote.
        let (voting, closes) = (now + 100 * H, now + 150 * H);
        let form = [("commission_id", c.clone()), ("voting", app::cycles::time::to_input(voting)), ("closes", app::cycles::time::to_input(closes))];
        let res = coord.post(app.url("/api/open_election")).form(&form).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        let election = app.count("SELECT MAX(id) FROM elections").await;
        let voting_at = app.count(&format!("SELECT voting_at FROM elections WHERE id = {election}")).await;
        let of_this = |kind: &str| format!("SELECT COUNT(*) FROM notifications WHERE dedupe LIKE '{kind}:{election}:%'");
        app.tick(app::state::now()).await;
        tick_after_restart(&app, app::state::now()).await;
        assert_eq!(app.count(&of_this("election_candidacy")).await, members, "{engine}");
        assert_eq!(app.count(&of_this("election_voting")).await, 0, "{engine}: not before the vote opens");
        app.tick(voting_at + 1).await;
        tick_after_restart(&app, voting_at + 60).await;
        assert_eq!(app.count(&of_this("election_voting")).await, members, "{engine}: once each");
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("Élection à la commission « Commission de la vie du groupe » : le vote est ouvert"), "{engine}");
    }
}

per_engine! {
    async fn a_shift_short_of_people_reaches_the_coordination_and_the_members_who_asked(engine) {
        const NADIA: &str = "nadia@exemple.fr";
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        // Aïcha and Nadia ask to hear of shifts short of people; Awa does not.
        for who in [&aicha, &nadia] {
            let (s, body) = app.call(who, "set_push_choice", &[("choice", "push-kind_shift_needs_hands"), ("wanted", "yes")]).await;
            assert_eq!(s, 200, "{engine}: {body}");
        }
        assert_eq!(app.call(&awa, "set_push_choice", &[("choice", "push-kind_order_changed_late"), ("wanted", "yes")]).await.0, 400, "{engine}: a coordinators' kind");
        // The first shift that needs two more people; Nadia is already on it.
        let shift = app.count("SELECT id FROM shifts WHERE needed - taken >= 2 ORDER BY starts_at, id LIMIT 1").await;
        assert_eq!(app.call(&nadia, "sign_up_for_shift", &[("shift_id", &shift.to_string())]).await.0, 200);
        let starts = app.count(&format!("SELECT starts_at FROM shifts WHERE id = {shift}")).await;
        app.tick(starts - 47 * H).await;
        tick_after_restart(&app, starts - 46 * H).await;
        let coordinators = app.count("SELECT COUNT(*) FROM accounts WHERE role IN ('coordinator', 'admin')").await;
        let short_here = format!("dedupe LIKE 'shift_short:{shift}:%'");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE {short_here}")).await, coordinators, "{engine}");
        let hands = |email: &'static str| format!("SELECT COUNT(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.email = '{email}' AND n.dedupe LIKE 'shift_needs_hands:{shift}:%'");
        assert_eq!((app.count(&hands(AWA)).await, app.count(&hands(NADIA)).await, app.count(&hands(AICHA)).await), (0, 0, 1), "{engine}: only who asked, not who is on it");
        let (_, html) = app.get(&aicha, "/messages").await;
        assert!(text(&html).contains("Un coup de main ? Il manque"), "{engine}");
    }
}

per_engine! {
    /// A secret ballot is not kept with its voter, but who took part is: the
    /// member who voted in secret is not reminded to vote.
    async fn a_secret_voter_is_not_reminded_to_vote(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        let coord = app.login("claire@potcommun.fr").await;
        let form = [("name", "Vie"), ("scope", "life"), ("description", ""), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")];
        assert_eq!(app.call(&coord, "create_commission", &form).await.0, 200);
        let commission = app.count("SELECT id FROM commissions WHERE name = 'Vie'").await;
        for email in [AWA, AICHA] {
            let a = app.count(&format!("SELECT id FROM accounts WHERE email = '{email}'")).await;
            sqlx::query(&format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({commission}, {a}, {}, {})", now - 10, now + 30 * 24 * H))
                .execute(&app.pool)
                .await
                .unwrap();
        }
        let (awa, aicha) = (app.login(AWA).await, app.login(AICHA).await);
        let closes = app::cycles::time::to_input(now + 72 * H);
        let c = commission.to_string();
        let form = [("commission_id", c.as_str()), ("title", "Règle"), ("reasons", "Parce que."), ("kind", "free"), ("closes", closes.as_str()), ("secret", "1")];
        assert_eq!(app.call(&awa, "open_proposal", &form).await.0, 200);
        let proposal = app.count("SELECT id FROM proposals").await.to_string();
        let closes_at = app.count("SELECT closes_at FROM proposals").await;
        assert_eq!(app.call(&aicha, "vote", &[("proposal_id", proposal.as_str()), ("choice", "against")]).await.0, 200);
        app.tick(closes_at - 23 * H).await;
        assert_eq!((told_to(&app, AWA, "vote_closing").await, told_to(&app, AICHA, "vote_closing").await), (1, 0), "{engine}");
    }
}

per_engine! {
    /// A job that fails does not stop the others: with the workshops' table
    /// gone, the pass still opens the cycle and sends its reminders, names the
    /// failed job, and the next pass, the table back, runs clean.
    async fn one_failing_job_does_not_stop_the_others(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let claire = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        let cycle = app::cycles::repo::create(&app.pool, "Commande de Noël", now + 24 * H, now + 10 * 24 * H, claire, now).await.unwrap();
        sqlx::query("ALTER TABLE workshops RENAME TO workshops_away").execute(&app.pool).await.unwrap();
        let pass = app::jobs::pass(&app.pool, now + 24 * H).await;
        assert!(pass.failed.contains(&"workshop_votes"), "{engine}: {:?}", pass.failed);
        for ran in ["cycles", "reminders", "short_shifts"] {
            assert!(!pass.failed.contains(&ran), "{engine}: {ran} failed too: {:?}", pass.failed);
        }
        assert_eq!(pass.did("cycles"), 1, "{engine}: the cycle opened all the same");
        assert_eq!(app.count(&format!("SELECT CASE WHEN state = 'open' THEN 1 ELSE 0 END FROM cycles WHERE id = {cycle}")).await, 1, "{engine}");
        assert!(told(&app, "cycle_opened").await > 0, "{engine}: the reminders, after the failed job, went out");
        assert_eq!(app::jobs::pass(&app.pool, now + 24 * H + 60).await.failed, ["workshop_votes"], "{engine}: a pass with a failed job says so");
        sqlx::query("ALTER TABLE workshops_away RENAME TO workshops").execute(&app.pool).await.unwrap();
        let pass = app::jobs::pass(&app.pool, now + 24 * H + 120).await;
        assert!(pass.failed.is_empty(), "{engine}: {:?}", pass.failed);
    }
}

per_engine! {
    /// Within a job, a row that cannot be handled is logged and skipped:
    /// the other due rows are handled all the same, and the job reports the
    /// failure (it is tried again at the next pass).
    async fn one_bad_row_does_not_hold_back_the_others(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        let author = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        sqlx::query("INSERT INTO commissions (name, scope, seats, term_days, quorum_percent, majority, created_at) VALUES ('Vie', 'life', 3, 365, 0, 'simple', 0)")
            .execute(&app.pool)
            .await
            .unwrap();
        let commission = app.count("SELECT MAX(id) FROM commissions").await;
        // Two votes due to close, taken in order; the first carries a
        // majority rule no version of the app knows (a row edited by hand).
        let mut due = Vec::new();
        for majority in ["weird", "simple"] {
            sqlx::query(&format!(
                "INSERT INTO proposals (commission_id, author_id, title, reasons, kind, payload, secret, quorum_percent, majority, eligible, opens_at, closes_at, state) \
                 VALUES ({commission}, {author}, 'T', 'R', 'free', '{{}}', 0, 0, '{majority}', 0, {}, {}, 'open')",
                now - 7200,
                now - 60
            ))
            .execute(&app.pool)
            .await
            .unwrap();
            due.push(app.count("SELECT MAX(id) FROM proposals").await);
        }
        let pass = app::jobs::pass(&app.pool, now).await;
        assert_eq!(pass.failed, ["proposals"], "{engine}: the job says it failed");
        let state = |id: i64| format!("SELECT CASE WHEN state = 'open' THEN 0 ELSE 1 END FROM proposals WHERE id = {id}");
        assert_eq!(app.count(&state(due[0])).await, 0, "{engine}: the bad row stays as it was");
        assert_eq!(app.count(&state(due[1])).await, 1, "{engine}: the good one after it is closed");
        for ran in ["cycles", "decisions", "reminders", "short_shifts"] {
            assert!(pass.done.iter().any(|(name, _)| *name == ran), "{engine}: {ran} ran: {:?}", pass.done);
        }
    }
}

per_engine! {
    /// Two servers on one database pass at the same moment: an approved
    /// decision is attached once and applied once, the cycle opens once.
    /// A job that lost a race on SQLite is tried again at the next pass,
    /// and that pass finds nothing left to do twice.
    async fn two_servers_passing_at_once_act_once(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let claire = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        let cycle = app::cycles::repo::create(&app.pool, "Commande de Noël", now + 24 * H, now + 10 * 24 * H, claire, now).await.unwrap();
        let (producer, category) = (app.count("SELECT MIN(id) FROM producers").await, app.count("SELECT MIN(id) FROM categories").await);
        sqlx::query("INSERT INTO commissions (name, scope, seats, term_days, quorum_percent, majority, created_at) VALUES ('Catalogue', 'catalogue', 3, 365, 0, 'simple', 0)")
            .execute(&app.pool)
            .await
            .unwrap();
        let commission = app.count("SELECT MAX(id) FROM commissions").await;
        let payload = format!(
            r#"{{"category_id":{category},"description":"","labels":[],"min":"1","name":"Confiture de figues","photo_url":null,"price":"4,50","price_cents":450,"producer_id":{producer},"step":"1","unit":"jar"}}"#
        );
        sqlx::query(&format!(
            "INSERT INTO proposals (commission_id, author_id, title, reasons, kind, payload, secret, quorum_percent, majority, eligible, opens_at, closes_at, state) \
             VALUES ({commission}, {claire}, 'Figues', 'R', 'add_product', '{payload}', 0, 0, 'simple', 0, {}, {}, 'approved')",
            now - 7200,
            now - 3600
        ))
        .execute(&app.pool)
        .await
        .unwrap();
        let proposal = app.count("SELECT MAX(id) FROM proposals").await;
        let other = server::db::connect(&app.db_url).await.unwrap();
        for at in [now + 60, now + 24 * H + 60] {
            // A job that loses a race may fail; the next pass takes it up.
            tokio::join!(app::jobs::pass(&app.pool, at), app::jobs::pass(&other, at));
            app.tick(at + 1).await;
        }
        let log = |event: &str| format!("SELECT COUNT(*) FROM governance_log WHERE event = '{event}' AND subject = 'proposal:{proposal}'");
        assert_eq!(app.count(&log("decision_attached")).await, 1, "{engine}: attached once");
        assert_eq!(app.count(&log("decision_applied")).await, 1, "{engine}: applied once");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM products WHERE decided_by = {proposal}")).await, 1, "{engine}: one product made");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM products WHERE decided_by = {proposal} AND active = 1")).await, 1, "{engine}: on sale once the cycle opened");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products cp JOIN products p ON p.id = cp.product_id WHERE cp.cycle_id = {cycle} AND p.decided_by = {proposal}")).await, 1, "{engine}");
        assert_eq!(app.count(&format!("SELECT CASE WHEN state = 'open' THEN 1 ELSE 0 END FROM cycles WHERE id = {cycle}")).await, 1, "{engine}: the cycle opened");
        let told = app.count(&format!("SELECT COUNT(*) FROM notifications WHERE dedupe LIKE 'cycle_opened:{cycle}:%'")).await;
        let members = app.count(&format!("SELECT COUNT(DISTINCT account_id) FROM notifications WHERE dedupe LIKE 'cycle_opened:{cycle}:%'")).await;
        assert!(told > 0 && told == members, "{engine}: each member told once ({told} notices, {members} members)");
        other.close().await;
    }
}
