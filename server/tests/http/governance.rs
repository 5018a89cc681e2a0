//! Users' commissions over real HTTP: an election from candidacy to seats
//! (with its draw), a catalogue proposal voted, closed by the server and
//! applied to the next cycle, every refusal, one ballot per member whatever
//! the phones, and a governance log whose edits the verifier catches.

use sqlx::Row;
use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const AICHA: &str = "aicha@exemple.fr";
const SOPHIE_PHONE: &str = "06 11 22 33 02";
const CLAIRE: &str = "claire@potcommun.fr";
const H: i64 = 3600;

async fn account(app: &TestApp, email: &str) -> i64 {
    app.count(&format!("SELECT id FROM accounts WHERE email = '{email}'")).await
}

async fn create_commission(app: &TestApp, coord: &reqwest::Client, seats: &str) -> i64 {
    let (s, body) = app
        .call(coord, "create_commission", &[("name", "Commission catalogue"), ("scope", "catalogue"), ("description", "Ce que le groupement propose."), ("seats", seats), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")])
        .await;
    assert_eq!(s, 200, "{body}");
    app.count("SELECT id FROM commissions WHERE name = 'Commission catalogue'").await
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap();
}

/// Seats people directly (the election path has its own test).
async fn seat(app: &TestApp, commission: i64, emails: &[&str]) {
    let now = app::state::now();
    for e in emails {
        let a = account(app, e).await;
        exec(app, &format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({commission}, {a}, {}, {})", now - 10, now + 86_400)).await;
    }
}

per_engine! {
    async fn an_election_goes_from_candidacy_to_seats_with_a_recorded_draw(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        // Only coordinators create commissions and elections.
        assert_eq!(app.call(&awa, "create_commission", &[("name", "X"), ("scope", "catalogue"), ("description", ""), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")]).await.0, 403);
        let commission = create_commission(&app, &coord, "2").await;
        let c = commission.to_string();
        let (s, _) = app.call(&coord, "create_commission", &[("name", "Commission catalogue"), ("scope", "catalogue"), ("description", ""), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")]).await;
        assert_eq!(s, 409, "{engine}: one name, one commission");
        for (field, bad) in [("seats", "0"), ("quorum_percent", "101"), ("majority", "unanime"), ("scope", "tout")] {
            let mut form = vec![("name", "Autre"), ("scope", "catalogue"), ("description", ""), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")];
            form.iter_mut().find(|(k, _)| *k == field).unwrap().1 = bad;
            assert_eq!(app.call(&coord, "create_commission", &form).await.0, 400, "{engine}: {field}={bad}");
        }
        let now = app::state::now();
        let local = app::cycles::time::to_input;
        assert_eq!(app.call(&awa, "open_election", &[("commission_id", &c), ("voting", &local(now + 2 * H)), ("closes", &local(now + 4 * H))]).await.0, 403);
        assert_eq!(app.call(&coord, "open_election", &[("commission_id", &c), ("voting", &local(now + 4 * H)), ("closes", &local(now + 2 * H))]).await.0, 400);
        let (s, body) = app.call(&coord, "open_election", &[("commission_id", &c), ("voting", &local(now + 2 * H)), ("closes", &local(now + 4 * H))]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let election = app.count(&format!("SELECT MAX(id) FROM elections WHERE commission_id = {commission}")).await;
        let e = election.to_string();

        // Candidacy: any member may stand, once.
        for who in [&awa, &nadia, &aicha] {
            let (s, body) = app.call(who, "stand", &[("election_id", &e), ("statement", "Je connais bien les producteurs du coin."), ("photo_url", "")]).await;
            assert_eq!(s, 200, "{engine}: {body}");
        }
        assert_eq!(app.call(&awa, "stand", &[("election_id", &e), ("statement", "Encore"), ("photo_url", "")]).await.0, 409);
        assert_eq!(app.call(&nadia, "stand", &[("election_id", &e), ("statement", "x"), ("photo_url", "javascript:alert(1)")]).await.0, 400);
        let ids = [account(&app, AWA).await, account(&app, NADIA).await, account(&app, AICHA).await];
        let ballot = |choices: &[i64]| {
            let mut form = vec![("election_id".to_string(), e.clone())];
            for (i, c) in choices.iter().enumerate() {
                form.push((format!("choices[{i}]"), c.to_string()));
            }
            form
        };
        let post_ballot = |client: reqwest::Client, form: Vec<(String, String)>| {
            let url = app.url("/api/cast_ballot");
            async move {
                let res = client.post(url).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }
        };
        // No ballot before voting opens.
        assert_eq!(post_ballot(awa.clone(), ballot(&[ids[0]])).await.0, 409, "{engine}");
        exec(&app, &format!("UPDATE elections SET opens_at = {}, voting_at = {} WHERE id = {election}", now - 100, now - 1)).await;
        assert_eq!(app.call(&nadia, "stand", &[("election_id", &e), ("statement", "Trop tard"), ("photo_url", "")]).await.0, 409, "{engine}: candidacy is over");
        // Refused ballots: too many, unknown, twice the same.
        assert_eq!(post_ballot(awa.clone(), ballot(&ids)).await.0, 400);
        assert_eq!(post_ballot(awa.clone(), ballot(&[999_999])).await.0, 400);
        assert_eq!(post_ballot(awa.clone(), ballot(&[ids[1], ids[1]])).await.0, 400);
        assert_eq!(post_ballot(awa.clone(), ballot(&[])).await.0, 400);

        // One member, ten phones at once: one ballot counted.
        let cookie = app.session_cookie(account(&app, "samir@potcommun.fr").await).await;
        let mut tasks = Vec::new();
        for _ in 0..10 {
            let (url, cookie, form) = (app.url("/api/cast_ballot"), cookie.clone(), ballot(&[ids[0], ids[1]]));
            tasks.push(tokio::spawn(async move { reqwest::Client::new().post(url).header("cookie", cookie).form(&form).send().await.unwrap().status().as_u16() }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{engine}: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{engine}: {statuses:?}");
        // Awa approves Aïcha; Nadia approves Aïcha: Awa 1, Nadia 1, Aïcha 2.
        assert_eq!(post_ballot(awa.clone(), ballot(&[ids[2]])).await.0, 200);
        assert_eq!(post_ballot(nadia.clone(), ballot(&[ids[2]])).await.0, 200);
        assert_eq!(post_ballot(nadia.clone(), ballot(&[ids[0]])).await.0, 409, "{engine}: once");
        // Secret: who voted is recorded, never for whom.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM election_voters WHERE election_id = {election}")).await, 3);
        let (_, page) = app.get(&aicha, &format!("/elections/{election}")).await;
        assert!(!text(&page).contains(" voix"), "{engine}: no counts before closing");

        // The server closes it on time: 2 seats, Aïcha first, then a tie
        // between Awa and Nadia broken by the recorded draw.
        exec(&app, &format!("UPDATE elections SET closes_at = {} WHERE id = {election}", now)).await;
        app.tick(now).await;
        let elected: Vec<i64> = sqlx::query(&format!("SELECT account_id FROM commission_seats WHERE commission_id = {commission} ORDER BY account_id"))
            .fetch_all(&app.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get::<i64, _>("account_id").unwrap())
            .collect();
        assert_eq!(elected.len(), 2, "{engine}");
        assert!(elected.contains(&ids[2]), "{engine}");
        app.tick(now + 60).await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM commission_seats WHERE commission_id = {commission}")).await, 2, "{engine}: closed once");

        // Anyone can recompute the result from the export.
        let res = awa.get(app.url(&format!("/gouvernance/election/{election}/export.json"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let export: serde_json::Value = res.json().await.unwrap();
        assert_eq!(export["whole_log_verified"], true);
        let result = export["entries"].as_array().unwrap().iter().find(|e| e["event"] == "election_result").unwrap()["data"].clone();
        assert_eq!(result["draw_needed"], true, "{engine}");
        let approvals: Vec<(i64, i64)> =
            result["approvals"].as_array().unwrap().iter().map(|a| (a["candidate"].as_i64().unwrap(), a["approvals"].as_i64().unwrap())).collect();
        let (mut winners, _) = app::domain::governance::elect(&approvals, 2, result["draw_seed"].as_str().unwrap());
        winners.sort_unstable();
        assert_eq!(winners, elected, "{engine}: the draw recomputes");
        assert!(!export.to_string().contains("\"choices\""), "{engine}: no ballot content in the log");
        assert_eq!(app.client().get(app.url(&format!("/gouvernance/election/{election}/export.json"))).send().await.unwrap().status(), 401);

        // Everyone sees who sits, until when; a member may step down.
        let (_, page) = app.get(&nadia, "/commissions").await;
        assert!(text(&page).contains("Aïcha Cissé — jusqu’au"), "{engine}: {}", text(&page));
        assert_eq!(app.call(&aicha, "step_down", &[("commission_id", &c)]).await.0, 200);
        assert_eq!(app.call(&aicha, "step_down", &[("commission_id", &c)]).await.0, 409);
    }
}

per_engine! {
    async fn a_catalogue_proposal_is_voted_closed_and_applied_to_the_next_cycle(engine) {
        let app = TestApp::spawn(engine).await;
        app.tick(app::state::now()).await; // opens the demo cycle
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "3").await;
        seat(&app, commission, &[AWA, NADIA, AICHA]).await;
        let (awa, nadia, aicha) = (app.login(AWA).await, app.login(NADIA).await, app.login(AICHA).await);
        let outsider = app.login(SOPHIE_PHONE).await;
        let now = app::state::now();
        let c = commission.to_string();
        let producer = app.count("SELECT MIN(id) FROM producers").await.to_string();
        let category = app.count("SELECT MIN(id) FROM categories").await.to_string();
        let closes = app::cycles::time::to_input(now + 3 * H);
        let proposal_form = |price: &'static str| {
            vec![
                ("commission_id", c.clone()),
                ("title", "Ajouter le pain au sarrasin et figues".to_string()),
                ("reasons", "Plusieurs foyers le demandent ; le boulanger livre déjà le mardi.".to_string()),
                ("kind", "add_product".to_string()),
                ("closes", closes.clone()),
                ("producer_id", producer.clone()),
                ("category_id", category.clone()),
                ("name", "Pain au sarrasin et figues".to_string()),
                ("description", "Au levain, 1 kg.".to_string()),
                ("unit", "piece".to_string()),
                ("step", "1".to_string()),
                ("min", "2".to_string()),
                ("labels[1]", "bio".to_string()),
                ("price", price.to_string()),
            ]
        };
        let post = |client: &reqwest::Client, form: Vec<(&'static str, String)>| {
            let (client, url) = (client.clone(), app.url("/api/open_proposal"));
            async move {
                let res = client.post(url).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }
        };
        // Not a commission member: refused. Bad price: refused, nothing stored.
        assert_eq!(post(&outsider, proposal_form("4,20")).await.0, 403, "{engine}");
        assert_eq!(post(&awa, proposal_form("-4")).await.0, 400, "{engine}");
        let mut bad_label = proposal_form("4,20");
        bad_label.push(("labels[3]", "miracle".to_string()));
        assert_eq!(post(&awa, bad_label).await.0, 400, "{engine}: unknown label");
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0);
        let (s, body) = post(&awa, proposal_form("4,20")).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let proposal = app.count("SELECT id FROM proposals").await;
        let p = proposal.to_string();

        // Someone seated after the opening does not vote on it.
        seat(&app, commission, &["samir@potcommun.fr"]).await;
        let samir = app.login("samir@potcommun.fr").await;
        let vote = |client: &reqwest::Client, choice: &'static str| {
            let (client, url, p) = (client.clone(), app.url("/api/vote"), p.clone());
            async move { client.post(url).form(&[("proposal_id", p.as_str()), ("choice", choice)]).send().await.unwrap().status().as_u16() }
        };
        assert_eq!(vote(&outsider, "for").await, 403, "{engine}: not a voter");
        assert_eq!(vote(&samir, "for").await, 403, "{engine}: seated after the opening");
        assert_eq!(vote(&coord, "for").await, 403, "{engine}: coordinators do not vote for the commission");
        assert_eq!(vote(&awa, "peut-être").await, 400);
        assert_eq!(vote(&awa, "against").await, 200);
        assert_eq!(vote(&awa, "for").await, 200, "{engine}: a vote may change");
        // Nadia on two phones at once: one ballot.
        let cookie = app.session_cookie(account(&app, NADIA).await).await;
        let mut tasks = Vec::new();
        for i in 0..10 {
            let (url, cookie, p) = (app.url("/api/vote"), cookie.clone(), p.clone());
            let choice = if i % 2 == 0 { "for" } else { "abstain" };
            tasks.push(tokio::spawn(async move {
                reqwest::Client::new().post(url).header("cookie", cookie).form(&[("proposal_id", p.as_str()), ("choice", choice)]).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200, "{engine}");
        }
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposal_votes WHERE proposal_id = {proposal}")).await, 2, "{engine}");
        assert_eq!(vote(&nadia, "for").await, 200);
        // Named votes: the commission sees them.
        let (_, page) = app.get(&aicha, &format!("/propositions/{proposal}")).await;
        let page = text(&page);
        assert!(page.contains("Awa Diallo : Pour"), "{engine}: {page}");
        assert!(page.contains("Pain au sarrasin et figues — 4,20 € / pièce"), "{engine}: {page}");
        assert!(page.contains("quorum 50 %"), "{engine}: the rules are on the proposal");

        // Closed by the server on time: 2 of 3 voted (quorum), more for than against.
        exec(&app, &format!("UPDATE proposals SET opens_at = {}, closes_at = {} WHERE id = {proposal}", now - 100, now)).await;
        assert_eq!(vote(&aicha, "against").await, 409, "{engine}: after closing");
        app.tick(now).await;
        assert_eq!(app.count(&format!("SELECT CASE WHEN state = 'approved' THEN 1 ELSE 0 END FROM proposals WHERE id = {proposal}")).await, 1, "{engine}");
        // No cycle that has not opened yet: the decision waits; the open
        // cycle never gets the product.
        assert_eq!(app.count("SELECT COUNT(*) FROM products WHERE name = 'Pain au sarrasin et figues'").await, 0, "{engine}");
        let local = app::cycles::time::to_input;
        let (s, _) = app.call(&coord, "create_cycle", &[("name", "Cycle suivant"), ("opens", &local(now + 2 * 86_400)), ("closes", &local(now + 5 * 86_400)), ("overlap_ok", "on")]).await;
        assert_eq!(s, 200);
        let next = app.count("SELECT id FROM cycles WHERE name = 'Cycle suivant'").await;
        app.tick(now + 60).await;
        let bread = app.count("SELECT id FROM products WHERE name = 'Pain au sarrasin et figues'").await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM products WHERE id = {bread} AND labels = ',bio,' AND min_milli = 2000 AND price_cents = 420")).await, 1, "{engine}: every field as voted");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE product_id = {bread} AND cycle_id = {next}")).await, 1, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products cp JOIN cycles c ON c.id = cp.cycle_id WHERE cp.product_id = {bread} AND c.state = 'open'")).await, 0, "{engine}: never the open cycle");
        let (_, page) = app.get(&outsider, "/catalogue?q=figues").await;
        assert!(!text(&page).contains("Pain au sarrasin et figues"), "{engine}: not before its cycle opens");
        // The next cycle opens: the product is in the catalogue, with the
        // decision that put it there, read by a member who never sat.
        app.tick(now + 2 * 86_400 + 60).await;
        let (_, page) = app.get(&outsider, "/catalogue?q=figues").await;
        let page = text(&page);
        assert!(page.contains("Pain au sarrasin et figues") && page.contains("Choisi par une commission d’adhérent·es"), "{engine}: {page}");
        let (_, page) = app.get(&outsider, &format!("/propositions/{proposal}")).await;
        let page = text(&page);
        assert!(page.contains("adoptée — Pour 2 · Contre 0") && page.contains("Cycle suivant"), "{engine}: {page}");
        assert!(page.contains("Plusieurs foyers le demandent"), "{engine}: the reasons");

        // Comments and ideas from any member; the idea author is credited.
        assert_eq!(app.call(&outsider, "comment", &[("proposal_id", &p), ("body", "Merci !")]).await.0, 200);
        assert_eq!(app.call(&outsider, "comment", &[("proposal_id", &p), ("body", &"x".repeat(10_000))]).await.0, 400);
        assert_eq!(app.call(&outsider, "send_idea", &[("commission_id", &c), ("body", "Des œufs de la ferme voisine")]).await.0, 200);
        let idea = app.count("SELECT id FROM ideas").await.to_string();
        let mut form = proposal_form("3");
        form[1].1 = "Des œufs".into();
        form[3].1 = "free".into();
        form.push(("idea_id", idea));
        let (s, _) = post(&nadia, form).await;
        assert_eq!(s, 200);
        let second = app.count("SELECT MAX(id) FROM proposals").await;
        let (_, page) = app.get(&awa, &format!("/propositions/{second}")).await;
        assert!(text(&page).contains("idée de Sophie Martin"), "{engine}");

        // The export lets anyone recompute the counts.
        let res = outsider.get(app.url(&format!("/gouvernance/proposition/{proposal}/export.json"))).send().await.unwrap();
        let export: serde_json::Value = res.json().await.unwrap();
        let mut last = std::collections::BTreeMap::new();
        for e in export["entries"].as_array().unwrap() {
            if e["event"] == "vote_cast" || e["event"] == "vote_changed" {
                last.insert(e["data"]["voter"].as_i64().unwrap(), e["data"]["choice"].as_str().unwrap().to_string());
            }
        }
        let fors = last.values().filter(|c| *c == "for").count();
        let closed = export["entries"].as_array().unwrap().iter().find(|e| e["event"] == "proposal_closed").unwrap();
        assert_eq!(closed["data"]["for"].as_i64().unwrap() as usize, fors, "{engine}");
        assert_eq!(closed["data"]["outcome"], "approved");
    }
}

per_engine! {
    async fn the_log_is_append_only_and_the_verifier_catches_an_edit(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "3").await;
        seat(&app, commission, &[AWA, NADIA]).await;
        let awa = app.login(AWA).await;
        let closes = app::cycles::time::to_input(app::state::now() + 3 * H);
        let (s, _) = app
            .call(&awa, "open_proposal", &[("commission_id", &commission.to_string()), ("title", "Règle"), ("reasons", "Parce que."), ("kind", "free"), ("closes", &closes), ("secret", "1")])
            .await;
        assert_eq!(s, 200);
        let p = app.count("SELECT id FROM proposals").await.to_string();
        assert_eq!(app.call(&awa, "vote", &[("proposal_id", &p), ("choice", "against")]).await.0, 200);
        // A text changed after opening, behind the app's back: no more
        // votes on it, and its page says so.
        let nadia = app.login(NADIA).await;
        exec(&app, &format!("UPDATE proposals SET reasons = 'Parce que c’est mieux.' WHERE id = {p}")).await;
        let (s, body) = app.call(&nadia, "vote", &[("proposal_id", &p), ("choice", "for")]).await;
        assert_eq!(s, 409, "{engine}: {body}");
        assert!(body.contains("error-proposal_altered"), "{body}");
        let (_, page) = app.get(&nadia, &format!("/propositions/{p}")).await;
        assert!(text(&page).contains("ne correspond plus à celui enregistré"), "{engine}");
        exec(&app, &format!("UPDATE proposals SET reasons = 'Parce que.' WHERE id = {p}")).await;
        assert_eq!(app.call(&nadia, "vote", &[("proposal_id", &p), ("choice", "for")]).await.0, 200, "{engine}: restored, votes again");
        // A secret vote's entry names the voter, not the choice.
        let entry: String = {
            use sqlx::Row;
            sqlx::query("SELECT data FROM governance_log WHERE event = 'vote_cast'").fetch_one(&app.pool).await.unwrap().try_get("data").unwrap()
        };
        assert!(!entry.contains("against"), "{engine}: {entry}");

        let verify = |app: &TestApp| {
            let url = app.db_url.clone();
            async move {
                tokio::task::spawn_blocking(move || {
                    std::process::Command::new(env!("CARGO_BIN_EXE_server")).arg("verify-log").env("DATABASE_URL", url).env("RUST_LOG", "error").output().unwrap()
                })
                .await
                .unwrap()
            }
        };
        let ok = verify(&app).await;
        assert!(ok.status.success(), "{engine}: {}", String::from_utf8_lossy(&ok.stderr));
        let entries = app.count("SELECT COUNT(*) FROM governance_log").await;
        assert!(String::from_utf8_lossy(&ok.stdout).contains(&format!("intact : {entries} entrées")), "{engine}: {}", String::from_utf8_lossy(&ok.stdout));
        let opened = app.count("SELECT seq FROM governance_log WHERE event = 'proposal_opened'").await;

        // The application's connection cannot rewrite the log.
        assert!(sqlx::query(&format!("UPDATE governance_log SET data = '{{}}' WHERE seq = {opened}")).execute(&app.pool).await.is_err(), "{engine}");
        assert!(sqlx::query(&format!("DELETE FROM governance_log WHERE seq = {entries}")).execute(&app.pool).await.is_err(), "{engine}");
        // Someone with the database's keys drops the guard and edits a row:
        // the verifier says which entry.
        match engine {
            "sqlite" => exec(&app, "DROP TRIGGER governance_log_no_update").await,
            _ => exec(&app, "DROP TRIGGER governance_log_no_change ON governance_log").await,
        }
        exec(&app, &format!("UPDATE governance_log SET data = REPLACE(data, 'Parce que.', 'Parce que la coordination le veut.') WHERE seq = {opened}")).await;
        let bad = verify(&app).await;
        assert!(!bad.status.success(), "{engine}");
        assert!(String::from_utf8_lossy(&bad.stderr).contains(&format!("ALTÉRÉ : l’entrée n° {opened}")), "{engine}: {}", String::from_utf8_lossy(&bad.stderr));
        assert_eq!(app::governance::repo::verify(&app.pool).await.unwrap(), Err(opened));
    }
}

per_engine! {
    async fn withdrawing_and_changing_producer_take_effect_when_the_next_cycle_opens(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await; // the demo cycle opens
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "1").await;
        seat(&app, commission, &[AWA]).await;
        let awa = app.login(AWA).await;
        let local = app::cycles::time::to_input;
        assert_eq!(app.call(&coord, "create_cycle", &[("name", "Cycle suivant"), ("opens", &local(now + 2 * 86_400)), ("closes", &local(now + 5 * 86_400)), ("overlap_ok", "on")]).await.0, 200);
        let next = app.count("SELECT id FROM cycles WHERE name = 'Cycle suivant'").await;
        let honey = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await;
        let lentils = app.count("SELECT id FROM products WHERE name = 'Lentilles vertes'").await;
        let other_producer = app.count(&format!("SELECT MIN(id) FROM producers WHERE id <> (SELECT producer_id FROM products WHERE id = {lentils})")).await;
        let closes = local(now + 3 * H);
        for form in [
            vec![("kind", "withdraw_product".to_string()), ("product_id", honey.to_string()), ("title", "Retirer le miel de lavande".into())],
            vec![("kind", "change_producer".to_string()), ("product_id", lentils.to_string()), ("producer_id", other_producer.to_string()), ("price", "4,90".into()), ("title", "Lentilles d’un autre producteur".into())],
        ] {
            let mut form = form;
            form.extend([("commission_id", commission.to_string()), ("reasons", "Vu en commission.".into()), ("closes", closes.clone())]);
            let res = awa.post(app.url("/api/open_proposal")).form(&form).send().await.unwrap();
            assert_eq!(res.status(), 200, "{engine}: {}", res.text().await.unwrap());
        }
        for p in sqlx::query("SELECT id FROM proposals").fetch_all(&app.pool).await.unwrap() {
            let id = p.try_get::<i64, _>("id").unwrap().to_string();
            assert_eq!(app.call(&awa, "vote", &[("proposal_id", &id), ("choice", "for")]).await.0, 200);
        }
        exec(&app, &format!("UPDATE proposals SET opens_at = {}, closes_at = {}", now - 100, now)).await;
        app.tick(now + 60).await;
        // Attached to the cycle that has not opened: honey leaves its offer,
        // the open cycle keeps both products as they were.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposals WHERE applied_cycle_id = {next}")).await, 2, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE cycle_id = {next} AND product_id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT active FROM products WHERE id = {honey}")).await, 1, "{engine}: still sold in the open cycle");
        assert_ne!(app.count(&format!("SELECT producer_id FROM products WHERE id = {lentils}")).await, other_producer, "{engine}");
        // The next cycle opens: the decisions take effect, once.
        app.tick(now + 2 * 86_400 + 60).await;
        app.tick(now + 2 * 86_400 + 120).await;
        assert_eq!(app.count(&format!("SELECT active FROM products WHERE id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT producer_id FROM products WHERE id = {lentils}")).await, other_producer, "{engine}");
        assert_eq!(app.count(&format!("SELECT price_cents FROM products WHERE id = {lentils}")).await, 490);
        assert_eq!(app.count("SELECT COUNT(*) FROM governance_log WHERE event = 'decision_applied'").await, 2, "{engine}");
        assert!(app::governance::repo::verify(&app.pool).await.unwrap().is_ok(), "{engine}");
    }
}

// ---- secret ballots: nothing stored links a voter to their choice ----------

/// Every row of every table, each cell as text, for finding what a request
/// left behind (a row new or changed since an earlier snapshot).
async fn snapshot(app: &TestApp) -> std::collections::HashMap<(String, Vec<String>), usize> {
    use sqlx::Row;
    let tables_sql = match app.engine {
        "sqlite" => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        _ => "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '_sqlx%'",
    };
    let tables: Vec<String> = sqlx::query(tables_sql).fetch_all(&app.pool).await.unwrap().iter().map(|r| r.try_get("name").unwrap()).collect();
    assert!(tables.iter().any(|t| t == "governance_log") && tables.len() > 20, "{}: {tables:?}", app.engine);
    let mut rows = std::collections::HashMap::new();
    for table in tables {
        // Every column read as text: the Any driver decodes no boolean
        // from SQLite, and text compares alike on both engines.
        let columns_sql = match app.engine {
            "sqlite" => format!("SELECT name FROM pragma_table_info('{table}')"),
            _ => format!("SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY ordinal_position"),
        };
        let columns: Vec<String> = sqlx::query(&columns_sql).fetch_all(&app.pool).await.unwrap().iter().map(|r| r.try_get("name").unwrap()).collect();
        let select = columns.iter().map(|c| format!("CAST(\"{c}\" AS TEXT)")).collect::<Vec<_>>().join(", ");
        for r in sqlx::query(&format!("SELECT {select} FROM {table}")).fetch_all(&app.pool).await.unwrap() {
            let cells = (0..columns.len()).map(|i| r.try_get::<Option<String>, _>(i).unwrap().unwrap_or_default()).collect();
            *rows.entry((table.clone(), cells)).or_insert(0) += 1;
        }
    }
    rows
}

/// The rows of `after` that `before` did not have (new or changed).
fn footprint(
    before: &std::collections::HashMap<(String, Vec<String>), usize>,
    after: &std::collections::HashMap<(String, Vec<String>), usize>,
) -> Vec<(String, Vec<String>)> {
    after.iter().filter(|(k, n)| before.get(*k).copied().unwrap_or(0) < **n).map(|(k, _)| k.clone()).collect()
}

/// A cell's values: the cell itself and, when it holds JSON (the log's
/// data), every number and string inside it.
fn values(cell: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Number(n) => out.push(n.to_string()),
            _ => {}
        }
    }
    let mut out = vec![cell.to_string()];
    if cell.starts_with('{') || cell.starts_with('[') {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(cell) {
            walk(&v, &mut out);
        }
    }
    out
}

fn names_any(cells: &[String], ids: &[i64]) -> bool {
    cells.iter().flat_map(|c| values(c)).any(|v| ids.iter().any(|id| v == id.to_string()))
}

/// Integers in a row that fall within [from, to]: the times it carries.
fn times_within(cells: &[String], from: i64, to: i64) -> Vec<i64> {
    cells.iter().flat_map(|c| values(c)).filter_map(|v| v.parse::<i64>().ok()).filter(|t| (from..=to).contains(t)).collect()
}

/// The `n` members with the highest ids.
async fn last_members(app: &TestApp, n: usize) -> Vec<i64> {
    sqlx::query(&format!("SELECT id FROM accounts WHERE role = 'member' ORDER BY id DESC LIMIT {n}"))
        .fetch_all(&app.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get::<i64, _>("id").unwrap())
        .collect()
}

async fn seat_ids(app: &TestApp, commission: i64, ids: &[i64]) {
    let now = app::state::now();
    for a in ids {
        exec(app, &format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({commission}, {a}, {}, {})", now - 10, now + 86_400)).await;
    }
}

/// Posts a vote as the holder of a raw `Cookie` header (a session, maybe a
/// receipt); returns the status, the body, and the receipt nonce the answer
/// sets, if it sets one.
async fn vote_with(app: &TestApp, cookie: &str, proposal: i64, choice: &str) -> (u16, String, Option<String>) {
    let res = reqwest::Client::new()
        .post(app.url("/api/vote"))
        .header("cookie", cookie)
        .form(&[("proposal_id", proposal.to_string()), ("choice", choice.to_string())])
        .send()
        .await
        .unwrap();
    let name = format!("{}=", app::domain::governance::receipt_cookie_name(proposal));
    let nonce = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(name.as_str()).map(|rest| rest.split(';').next().unwrap().to_string()));
    if let Some(set) = res.headers().get_all("set-cookie").iter().find(|v| v.to_str().unwrap().starts_with(&name)) {
        let set = set.to_str().unwrap();
        assert!(set.contains("HttpOnly") && set.contains("Path=/"), "the receipt stays out of scripts' reach: {set}");
    }
    (res.status().as_u16(), res.text().await.unwrap(), nonce)
}

async fn page_with(app: &TestApp, cookie: &str, path: &str) -> String {
    let res = reqwest::Client::new().get(app.url(path)).header("cookie", cookie).header("accept", "text/html").send().await.unwrap();
    assert_eq!(res.status(), 200);
    text(&res.text().await.unwrap())
}

async fn counts(app: &TestApp, proposal: i64) -> (i64, i64, i64) {
    (
        app.count(&format!("SELECT for_count FROM proposals WHERE id = {proposal}")).await,
        app.count(&format!("SELECT against_count FROM proposals WHERE id = {proposal}")).await,
        app.count(&format!("SELECT abstain_count FROM proposals WHERE id = {proposal}")).await,
    )
}

per_engine! {
    async fn a_secret_vote_is_counted_exactly_and_never_stored_with_its_voter(engine) {
        const CHOICES: [&str; 3] = ["for", "against", "abstain"];
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "6").await;
        // Five households' members vote: ids well apart from the
        // commission's and the proposal's, so a number names one thing.
        let members = last_members(&app, 5).await;
        let [one, two, three, four, five] = members[..] else { panic!("{engine}: five members") };
        seat(&app, commission, &[AWA]).await;
        seat_ids(&app, commission, &members).await;
        // Awa opens it and does not vote: the proposal's own row names
        // nobody who votes.
        let awa_client = app.login(AWA).await;
        let closes = app::cycles::time::to_input(app::state::now() + 3 * H);
        let (s, body) = app
            .call(&awa_client, "open_proposal", &[("commission_id", &commission.to_string()), ("title", "Horaires d’été"), ("reasons", "La distribution finit trop tard en juillet."), ("kind", "free"), ("closes", &closes), ("secret", "1")])
            .await;
        assert_eq!(s, 200, "{engine}: {body}");
        let p = app.count("SELECT MAX(id) FROM proposals").await;
        exec(&app, &format!("UPDATE proposals SET opens_at = opens_at - 100 WHERE id = {p}")).await;
        let voters = [one, two, three, four, five];
        assert!(!voters.contains(&p) && !voters.contains(&commission), "{engine}: ids that cannot be mistaken for each other");
        let mut sessions = std::collections::HashMap::new();
        for v in voters {
            sessions.insert(v, app.session_cookie(v).await);
        }
        let five_phones = [sessions[&five].clone(), app.session_cookie(five).await];

        let before = snapshot(&app).await;
        let t0 = app::state::now();
        let mut receipts = std::collections::HashMap::new();
        for (v, choice) in [(one, "for"), (two, "against"), (three, "abstain"), (four, "for")] {
            let (s, body, nonce) = vote_with(&app, &sessions[&v], p, choice).await;
            assert_eq!(s, 200, "{engine}: {body}");
            receipts.insert(v, nonce.expect("a secret ballot's answer sets its receipt"));
        }
        // The fifth on two phones, ten taps at once, mixed choices: one ballot.
        let mut tasks = Vec::new();
        for i in 0..10 {
            let cookie = five_phones[i % 2].clone();
            let choice = CHOICES[i % 3];
            let (url, p) = (app.url("/api/vote"), p.to_string());
            tasks.push(tokio::spawn(async move {
                let res = reqwest::Client::new().post(url).header("cookie", cookie).form(&[("proposal_id", p.as_str()), ("choice", choice)]).send().await.unwrap();
                (res.status().as_u16(), choice)
            }));
        }
        let mut five_choice = None;
        let mut statuses = Vec::new();
        for t in tasks {
            let (s, choice) = t.await.unwrap();
            statuses.push(s);
            if s == 200 {
                five_choice = Some(choice);
            }
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{engine}: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{engine}: {statuses:?}");
        let five_choice = five_choice.unwrap();
        let t1 = app::state::now();
        let after = snapshot(&app).await;

        // Counts exact: the first and fourth for, the second against, the
        // third abstains, plus the fifth's one ballot.
        let mut expected = (2, 1, 1);
        match five_choice {
            "for" => expected.0 += 1,
            "against" => expected.1 += 1,
            _ => expected.2 += 1,
        }
        assert_eq!(counts(&app, p).await, expected, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM secret_voters WHERE proposal_id = {p}")).await, 5, "{engine}: who took part");

        // No row anywhere in the database holds both a voter's account and
        // a choice — not in a column, not in the log's data.
        for ((table, cells), _) in &after {
            let choice = cells.iter().flat_map(|c| values(c)).find(|v| CHOICES.contains(&v.as_str()));
            assert!(!(choice.is_some() && names_any(cells, &voters)), "{engine}: {table} links a voter to {choice:?}: {cells:?}");
        }
        // What the votes wrote: rows naming a voter (who took part, the
        // log) and rows naming nobody (the counts, the receipts). None of
        // the latter carries a time from the voting: nothing to match with
        // the voters' rows.
        let written = footprint(&before, &after);
        assert!(written.iter().any(|(t, _)| t == "governance_log"), "{engine}");
        for (table, cells) in written.iter().filter(|(_, cells)| !names_any(cells, &voters)) {
            assert_eq!(times_within(cells, t0 - 1, t1 + 1), Vec::<i64>::new(), "{engine}: {table} carries a voting time: {cells:?}");
        }

        // Only the device that voted sees and changes its secret ballot.
        let one_here = format!("{}; pc_ballot_{p}={}", sessions[&one], receipts[&one]);
        let page = page_with(&app, &one_here, &format!("/propositions/{p}")).await;
        assert!(page.contains("Vous avez voté : Pour") && page.contains("Seul cet appareil garde"), "{engine}: {page}");
        let one_other_phone = app.session_cookie(one).await;
        let page = page_with(&app, &one_other_phone, &format!("/propositions/{p}")).await;
        assert!(page.contains("ni affiché ni changé d’ici") && !page.contains("Vous avez voté : Pour"), "{engine}: {page}");
        let (s, body, _) = vote_with(&app, &one_other_phone, p, "against").await;
        assert_eq!(s, 409, "{engine}: another phone, no receipt: {body}");
        assert!(body.contains("error-secret_vote_elsewhere"), "{engine}: {body}");
        let forged = format!("{one_other_phone}; pc_ballot_{p}=0123456789abcdef0123456789abcdef");
        assert_eq!(vote_with(&app, &forged, p, "against").await.0, 409, "{engine}: a made-up receipt");
        // The second holding the first's receipt proves nothing for her own ballot.
        let stolen = format!("{}; pc_ballot_{p}={}", sessions[&two], receipts[&one]);
        assert_eq!(vote_with(&app, &stolen, p, "for").await.0, 409, "{engine}: someone else's receipt");
        assert_eq!(counts(&app, p).await, expected, "{engine}: refused, nothing moved");
        // With their receipt, the first changes for → against: the counts follow,
        // and the old receipt is spent.
        let (s, body, new_nonce) = vote_with(&app, &one_here, p, "against").await;
        assert_eq!(s, 200, "{engine}: {body}");
        let new_nonce = new_nonce.expect("a new receipt");
        assert_ne!(new_nonce, receipts[&one]);
        expected.0 -= 1;
        expected.1 += 1;
        assert_eq!(counts(&app, p).await, expected, "{engine}");
        assert_eq!(vote_with(&app, &one_here, p, "abstain").await.0, 409, "{engine}: a spent receipt changes nothing");
        assert_eq!(counts(&app, p).await, expected, "{engine}");
        let page = page_with(&app, &format!("{}; pc_ballot_{p}={new_nonce}", sessions[&one]), &format!("/propositions/{p}")).await;
        assert!(page.contains("Vous avez voté : Contre"), "{engine}: {page}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM secret_receipts WHERE proposal_id = {p}")).await, 5, "{engine}: one receipt per ballot");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM secret_voters WHERE proposal_id = {p}")).await, 5, "{engine}: changing is not voting twice");

        // The log: who took part, never how.
        let export: serde_json::Value = awa_client.get(app.url(&format!("/gouvernance/proposition/{p}/export.json"))).send().await.unwrap().json().await.unwrap();
        let entries = export["entries"].as_array().unwrap();
        let took_part: std::collections::BTreeSet<i64> =
            entries.iter().filter(|e| e["event"] == "vote_cast").map(|e| e["data"]["voter"].as_i64().unwrap()).collect();
        assert_eq!(took_part, voters.iter().copied().collect(), "{engine}");
        assert_eq!(entries.iter().filter(|e| e["event"] == "vote_changed").count(), 1, "{engine}");
        for e in entries.iter().filter(|e| e["event"] == "vote_cast" || e["event"] == "vote_changed") {
            let data = e["data_text"].as_str().unwrap();
            assert!(values(data).iter().all(|v| !CHOICES.contains(&v.as_str())) && !data.contains("choice"), "{engine}: {data}");
        }

        // Closed by the server: the outcome comes from the counts, the
        // export recomputes it, the page shows them.
        exec(&app, &format!("UPDATE proposals SET closes_at = {} WHERE id = {p}", app::state::now())).await;
        app.tick(app::state::now()).await;
        let export: serde_json::Value = awa_client.get(app.url(&format!("/gouvernance/proposition/{p}/export.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(export["whole_log_verified"], true, "{engine}");
        let entries = export["entries"].as_array().unwrap();
        let closed = &entries.iter().find(|e| e["event"] == "proposal_closed").unwrap()["data"];
        assert_eq!((closed["for"].as_i64().unwrap(), closed["against"].as_i64().unwrap(), closed["abstain"].as_i64().unwrap()), expected, "{engine}");
        let opened = &entries.iter().find(|e| e["event"] == "proposal_opened").unwrap()["data"];
        let tally = app::domain::governance::Tally { for_votes: expected.0, against: expected.1, abstain: expected.2 };
        let outcome = app::domain::governance::outcome(tally, opened["voters"].as_array().unwrap().len() as i64, opened["quorum_percent"].as_i64().unwrap(), app::domain::governance::Majority::Simple);
        assert_eq!(closed["outcome"], outcome.code(), "{engine}");
        let page = page_with(&app, &format!("{}; pc_ballot_{p}={new_nonce}", sessions[&one]), &format!("/propositions/{p}")).await;
        let words = format!("Pour {} · Contre {} · Abstention {}", expected.0, expected.1, expected.2);
        assert!(page.contains(&words) && page.contains("Vous avez voté : Contre"), "{engine}: {page}");
        assert_eq!(vote_with(&app, &format!("{}; pc_ballot_{p}={new_nonce}", sessions[&one]), p, "for").await.0, 409, "{engine}: closed");
        assert!(app::governance::repo::verify(&app.pool).await.unwrap().is_ok(), "{engine}");
    }
}

per_engine! {
    async fn approval_ballots_leave_nothing_that_links_a_voter_to_a_candidate(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "2").await;
        let now = app::state::now();
        let local = app::cycles::time::to_input;
        let (s, body) = app.call(&coord, "open_election", &[("commission_id", &commission.to_string()), ("voting", &local(now + 2 * H)), ("closes", &local(now + 4 * H))]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let election = app.count(&format!("SELECT MAX(id) FROM elections WHERE commission_id = {commission}")).await;
        // Members' ids well apart from the election's and the commission's,
        // so a number names one thing.
        let members = last_members(&app, 7).await;
        let candidates = [members[0], members[1], members[2]];
        for c in candidates {
            let cookie = app.session_cookie(c).await;
            let res = reqwest::Client::new()
                .post(app.url("/api/stand"))
                .header("cookie", cookie)
                .form(&[("election_id", election.to_string()), ("statement", "Je connais les producteurs.".into()), ("photo_url", String::new())])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{engine}");
        }
        exec(&app, &format!("UPDATE elections SET opens_at = {}, voting_at = {} WHERE id = {election}", now - 200, now - 100)).await;
        let voters = [members[3], members[4], members[5], members[6]];
        assert!(!voters.contains(&election) && !candidates.contains(&election), "{engine}: ids that cannot be mistaken for each other");
        let mut sessions = Vec::new();
        for v in voters {
            sessions.push(app.session_cookie(v).await);
        }
        let ballots: [&[i64]; 4] = [&[candidates[0]], &[candidates[1], candidates[2]], &[candidates[2]], &[candidates[0], candidates[2]]];

        let before = snapshot(&app).await;
        let t0 = app::state::now();
        for (cookie, ballot) in sessions.iter().zip(ballots) {
            let mut form = vec![("election_id".to_string(), election.to_string())];
            for (i, c) in ballot.iter().enumerate() {
                form.push((format!("choices[{i}]"), c.to_string()));
            }
            let res = reqwest::Client::new().post(app.url("/api/cast_ballot")).header("cookie", cookie).form(&form).send().await.unwrap();
            assert_eq!(res.status(), 200, "{engine}");
        }
        let t1 = app::state::now();
        let after = snapshot(&app).await;

        // What the ballots wrote: rows naming a voter never name a
        // candidate; rows naming a candidate (the counts) carry no time.
        let written = footprint(&before, &after);
        assert!(written.iter().any(|(t, _)| t == "election_voters") && written.iter().any(|(t, _)| t == "candidates"), "{engine}");
        for (table, cells) in &written {
            assert!(!(names_any(cells, &voters) && names_any(cells, &candidates)), "{engine}: {table} links a voter to a candidate: {cells:?}");
            if !names_any(cells, &voters) {
                assert_eq!(times_within(cells, t0 - 1, t1 + 1), Vec::<i64>::new(), "{engine}: {table} carries a voting time: {cells:?}");
            }
        }
        // PostgreSQL stamps each row version with the transaction that
        // wrote it: a candidate's row must not carry a ballot's transaction
        // unless every candidate's row does.
        if engine == "postgres" {
            use sqlx::Row;
            let xmins = |sql: String| {
                let pool = app.pool.clone();
                async move { sqlx::query(&sql).fetch_all(&pool).await.unwrap().iter().map(|r| r.try_get::<String, _>("x").unwrap()).collect::<Vec<String>>() }
            };
            let cand = xmins(format!("SELECT xmin::text AS x FROM candidates WHERE election_id = {election}")).await;
            for x in xmins(format!("SELECT xmin::text AS x FROM election_voters WHERE election_id = {election}")).await {
                let marked = cand.iter().filter(|c| **c == x).count();
                assert!(marked == 0 || marked == cand.len(), "{engine}: {marked} of {} candidates carry a ballot's transaction", cand.len());
            }
        }
        // The counts are exact: 2, 1 and 3 approvals.
        for (c, n) in candidates.iter().zip([2, 1, 3]) {
            assert_eq!(app.count(&format!("SELECT approvals FROM candidates WHERE election_id = {election} AND account_id = {c}")).await, n, "{engine}");
        }
        let log: Vec<String> = {
            use sqlx::Row;
            sqlx::query(&format!("SELECT data FROM governance_log WHERE subject = 'election:{election}' AND event = 'ballot_cast'"))
                .fetch_all(&app.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.try_get("data").unwrap())
                .collect()
        };
        assert_eq!(log.len(), 4, "{engine}");
        for data in log {
            assert!(!names_any(&[data.clone()], &candidates), "{engine}: {data}");
        }
    }
}

per_engine! {
    async fn a_proposal_takes_up_only_an_idea_of_its_own_commission(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "3").await;
        let (s, body) = app
            .call(&coord, "create_commission", &[("name", "Commission des ateliers"), ("scope", "workshops"), ("description", ""), ("seats", "3"), ("term_days", "365"), ("quorum_percent", "50"), ("majority", "simple")])
            .await;
        assert_eq!(s, 200, "{body}");
        let other = app.count("SELECT id FROM commissions WHERE name = 'Commission des ateliers'").await;
        seat(&app, commission, &[AWA]).await;
        let (awa, nadia) = (app.login(AWA).await, app.login(NADIA).await);
        assert_eq!(app.call(&nadia, "send_idea", &[("commission_id", &other.to_string()), ("body", "Un atelier pain")]).await.0, 200);
        let idea = app.count("SELECT MAX(id) FROM ideas").await;
        let closes = app::cycles::time::to_input(app::state::now() + 3 * H);
        let open = |idea: String| {
            let (awa, url, c, closes) = (awa.clone(), app.url("/api/open_proposal"), commission.to_string(), closes.clone());
            async move {
                let form = [("commission_id", c), ("title", "Atelier pain".into()), ("reasons", "Nadia le propose.".into()), ("kind", "free".into()), ("closes", closes), ("idea_id", idea)];
                let res = awa.post(url).form(&form).send().await.unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }
        };
        let (s, body) = open(idea.to_string()).await;
        assert_eq!(s, 400, "{engine}: another commission's idea: {body}");
        assert!(body.contains("error-idea_elsewhere"), "{engine}: {body}");
        assert_eq!(open("999999".into()).await.0, 400, "{engine}: an idea that does not exist");
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0, "{engine}: nothing opened");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ideas WHERE id = {idea} AND proposal_id IS NULL")).await, 1, "{engine}: the idea untouched");
        assert_eq!(app.count("SELECT COUNT(*) FROM governance_log WHERE event = 'proposal_opened'").await, 0, "{engine}");
        // Without JavaScript the form comes back with the message.
        let res = awa
            .post(app.url("/api/open_proposal"))
            .header("accept", "text/html")
            .header("referer", app.url(&format!("/commissions/{commission}/proposer")))
            .form(&[("commission_id", commission.to_string()), ("title", "Atelier pain".into()), ("reasons", "x".into()), ("kind", "free".into()), ("closes", closes.clone()), ("idea_id", idea.to_string())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302, "{engine}");
        let back = res.headers()["location"].to_str().unwrap().to_string();
        let (_, page) = app.get(&awa, back.trim_start_matches(&app.url(""))).await;
        assert!(text(&page).contains("une proposition ne reprend qu’une idée de sa propre commission"), "{engine}: {}", text(&page));
        // Its own commission's idea is taken up.
        assert_eq!(app.call(&nadia, "send_idea", &[("commission_id", &commission.to_string()), ("body", "Du pain")]).await.0, 200);
        let mine = app.count("SELECT MAX(id) FROM ideas").await;
        assert_eq!(open(mine.to_string()).await.0, 200, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ideas WHERE id = {mine} AND proposal_id IS NOT NULL")).await, 1, "{engine}");
    }
}

per_engine! {
    async fn secret_votes_cast_before_the_upgrade_keep_their_counts_and_lose_their_voters_choices(engine) {
        let db = crate::common::scratch_database(engine).await;
        let pool = server::db::connect(&db.url).await.unwrap();
        // The schema as it was before 0010, with the demo association.
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../migrations").join(engine);
        let mut before = sqlx::migrate::Migrator::new(dir.as_path()).await.unwrap();
        assert!(before.migrations.iter().any(|m| m.version == 10 && m.description == "secret ballots"), "{engine}: 0010_secret_ballots.sql");
        before.migrations = before.migrations.iter().filter(|m| m.version < 10).cloned().collect::<Vec<_>>().into();
        before.run(&pool).await.unwrap();
        // Three members, written as that schema wanted them (today's seed
        // writes today's schema).
        for (name, email) in [("Awa", AWA), ("Nadia", NADIA), ("Aïcha", AICHA)] {
            sqlx::query("INSERT INTO accounts (display_name, email, role, created_at) VALUES ($1, $2, 'member', 0)").bind(name).bind(email).execute(&pool).await.unwrap();
        }
        let id = |sql: String| {
            let pool = pool.clone();
            async move {
                use sqlx::Row;
                sqlx::query(&sql).fetch_one(&pool).await.unwrap().try_get::<i64, _>(0).unwrap()
            }
        };
        let exec = |sql: String| {
            let pool = pool.clone();
            async move {
                sqlx::query(&sql).execute(&pool).await.unwrap();
            }
        };
        let people: Vec<i64> = {
            let mut v = Vec::new();
            for e in [AWA, NADIA, AICHA] {
                v.push(id(format!("SELECT id FROM accounts WHERE email = '{e}'")).await);
            }
            v
        };
        exec("INSERT INTO commissions (name, scope, seats, term_days, quorum_percent, majority, created_at) VALUES ('Vie', 'life', 3, 365, 50, 'simple', 0)".into()).await;
        let commission = id("SELECT MAX(id) FROM commissions".into()).await;
        let now = app::state::now();
        // An open secret proposal, an open named one, a closed secret one.
        let mut proposals = Vec::new();
        for (secret, state) in [(1, "open"), (0, "open"), (1, "approved")] {
            exec(format!(
                "INSERT INTO proposals (commission_id, author_id, title, reasons, kind, payload, secret, quorum_percent, majority, eligible, opens_at, closes_at, state, for_count) \
                 VALUES ({commission}, {}, 'T', 'R', 'free', '{{}}', {secret}, 50, 'simple', 3, {}, {}, '{state}', {})",
                people[0],
                now - 100,
                now + 3600,
                if state == "open" { 0 } else { 2 }
            ))
            .await;
            proposals.push(id("SELECT MAX(id) FROM proposals".into()).await);
        }
        for (p, choices) in proposals.iter().zip([["for", "against", "for"], ["against", "for", "abstain"], ["for", "for", "against"]]) {
            for (who, choice) in people.iter().zip(choices) {
                exec(format!("INSERT INTO proposal_votes (proposal_id, account_id, choice, cast_at) VALUES ({p}, {who}, '{choice}', {now})")).await;
            }
        }
        pool.close().await;
        server::db::migrate(&db.url).await.unwrap();
        let pool = server::db::connect(&db.url).await.unwrap();
        let id = |sql: String| {
            let pool = pool.clone();
            async move {
                use sqlx::Row;
                sqlx::query(&sql).fetch_one(&pool).await.unwrap().try_get::<i64, _>(0).unwrap()
            }
        };

        let (open_secret, named, closed_secret) = (proposals[0], proposals[1], proposals[2]);
        let counts = |p: i64| id(format!("SELECT for_count * 10000 + against_count * 100 + abstain_count FROM proposals WHERE id = {p}"));
        assert_eq!(counts(open_secret).await, 2_01_00, "{engine}: two for, one against, as voted");
        assert_eq!(counts(closed_secret).await, 2_00_00, "{engine}: a closed proposal keeps the counts it closed with");
        assert_eq!(id(format!("SELECT COUNT(*) FROM proposal_votes WHERE proposal_id IN ({open_secret}, {closed_secret})")).await, 0, "{engine}: no secret choice left with its voter");
        assert_eq!(id(format!("SELECT COUNT(*) FROM proposal_votes WHERE proposal_id = {named}")).await, 3, "{engine}: named votes stay");
        assert_eq!(id(format!("SELECT COUNT(*) FROM secret_voters WHERE proposal_id = {open_secret}")).await, 3, "{engine}: who took part stays");
        assert_eq!(id(format!("SELECT COUNT(*) FROM secret_voters WHERE proposal_id = {closed_secret}")).await, 3, "{engine}");
        assert_eq!(id("SELECT COUNT(*) FROM secret_receipts".into()).await, 0, "{engine}: nobody holds a receipt for them");
        pool.close().await;
    }
}
