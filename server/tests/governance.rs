//! Users' commissions over real HTTP: an election from candidacy to seats
//! (with its draw), a catalogue proposal voted, closed by the server and
//! applied to the next cycle, every refusal, one ballot per member whatever
//! the phones, and a governance log whose edits the verifier catches.

mod common;
use common::{engines, text, TestApp};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_election_goes_from_candidacy_to_seats_with_a_recorded_draw() {
    for engine in engines() {
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
            .map(|r| app::state::get_i64(r, "account_id").unwrap())
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_catalogue_proposal_is_voted_closed_and_applied_to_the_next_cycle() {
    for engine in engines() {
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
        let (s, _) = app.call(&coord, "create_cycle", &[("name", "Cycle suivant"), ("opens", &local(now + 2 * 86_400)), ("closes", &local(now + 5 * 86_400))]).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_is_append_only_and_the_verifier_catches_an_edit() {
    for engine in engines() {
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
        assert!(body.contains("error.proposal_altered"), "{body}");
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawing_and_changing_producer_take_effect_when_the_next_cycle_opens() {
    for engine in engines() {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await; // the demo cycle opens
        let coord = app.login(CLAIRE).await;
        let commission = create_commission(&app, &coord, "1").await;
        seat(&app, commission, &[AWA]).await;
        let awa = app.login(AWA).await;
        let local = app::cycles::time::to_input;
        assert_eq!(app.call(&coord, "create_cycle", &[("name", "Cycle suivant"), ("opens", &local(now + 2 * 86_400)), ("closes", &local(now + 5 * 86_400))]).await.0, 200);
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
            let id = app::state::get_i64(&p, "id").unwrap().to_string();
            assert_eq!(app.call(&awa, "vote", &[("proposal_id", &id), ("choice", "for")]).await.0, 200);
        }
        exec(&app, &format!("UPDATE proposals SET opens_at = {}, closes_at = {}", now - 100, now)).await;
        app.tick(now + 60).await;
        // Attached to the cycle that has not opened: honey leaves its offer,
        // the open cycle keeps both products as they were.
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposals WHERE applied_cycle_id = {next}")).await, 2, "{engine}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycle_products WHERE cycle_id = {next} AND product_id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT CASE WHEN active THEN 1 ELSE 0 END FROM products WHERE id = {honey}")).await, 1, "{engine}: still sold in the open cycle");
        assert_ne!(app.count(&format!("SELECT producer_id FROM products WHERE id = {lentils}")).await, other_producer, "{engine}");
        // The next cycle opens: the decisions take effect, once.
        app.tick(now + 2 * 86_400 + 60).await;
        app.tick(now + 2 * 86_400 + 120).await;
        assert_eq!(app.count(&format!("SELECT CASE WHEN active THEN 1 ELSE 0 END FROM products WHERE id = {honey}")).await, 0, "{engine}");
        assert_eq!(app.count(&format!("SELECT producer_id FROM products WHERE id = {lentils}")).await, other_producer, "{engine}");
        assert_eq!(app.count(&format!("SELECT price_cents FROM products WHERE id = {lentils}")).await, 490);
        assert_eq!(app.count("SELECT COUNT(*) FROM governance_log WHERE event = 'decision_applied'").await, 2, "{engine}");
        assert!(app::governance::repo::verify(&app.pool).await.unwrap().is_ok(), "{engine}");
    }
}
