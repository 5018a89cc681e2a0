//! The server on the open internet, tried as an attacker would: requests
//! from other sites, made-up links, raced password guesses, addresses the
//! server must never call, forged error messages, sessions that outlive
//! their use. Each test failed on the code before the hardening. SQLite and
//! PostgreSQL.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const CLAIRE: &str = "claire@potcommun.fr";
const PASSWORD: &str = "potcommun";

async fn awa_tier(app: &TestApp) -> i64 {
    app.count("SELECT h.tier_id FROM households h JOIN accounts a ON a.household_id = h.id WHERE a.email = 'awa@exemple.fr'").await
}

async fn other_tier(app: &TestApp) -> String {
    let current = awa_tier(app).await;
    app.count(&format!("SELECT MIN(id) FROM price_tiers WHERE id <> {current}")).await.to_string()
}

per_engine! {
    async fn a_page_of_another_origin_changes_nothing(engine) {
        let app = TestApp::spawn(engine).await;
        let awa = app.login(AWA).await;
        let before = awa_tier(&app).await;
        let tier = other_tier(&app).await;
        let own = format!("http://{}", app.addr);
        let other_port = format!("http://127.0.0.1:{}", app.addr.port().wrapping_add(1).max(1));
        // Another port of the same host, a sibling subdomain (Sec-Fetch-Site:
        // same-site, which SameSite=Lax lets through), a foreign Referer.
        let attempts: Vec<Vec<(&str, String)>> = vec![
            vec![("origin", other_port.clone())],
            vec![("origin", "null".into())],
            vec![("sec-fetch-site", "same-site".into())],
            vec![("sec-fetch-site", "cross-site".into())],
            vec![("referer", "https://evil.example/page".into())],
        ];
        for headers in &attempts {
            let mut req = awa.post(app.url("/api/set_my_tier")).header("accept", "text/html").form(&[("tier_id", tier.as_str())]);
            for (k, v) in headers {
                req = req.header(*k, v);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), 403, "{engine}: {headers:?}");
            let page = text(&res.text().await.unwrap());
            assert!(page.contains("rien n’a été changé"), "{engine}: a page in words: {page}");
            assert_eq!(awa_tier(&app).await, before, "{engine}: {headers:?} changed the tier");
        }
        // A login forced from another site opens no session.
        let res = app.client().post(app.url("/api/login")).header("origin", "https://evil.example").form(&[("identifier", AWA), ("password", PASSWORD)]).send().await.unwrap();
        assert_eq!(res.status(), 403, "{engine}");
        assert!(res.headers().get("set-cookie").is_none(), "{engine}");
        // The app's own form, posted by a browser without JavaScript: works.
        let res = awa
            .post(app.url("/api/set_my_tier"))
            .header("accept", "text/html")
            .header("origin", &own)
            .header("sec-fetch-site", "same-origin")
            .header("referer", format!("{own}/profil"))
            .form(&[("tier_id", tier.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302, "{engine}");
        assert_ne!(awa_tier(&app).await, before, "{engine}: our own form still works");
    }
}

per_engine! {
    async fn after_login_only_our_own_pages(engine) {
        let app = TestApp::spawn(engine).await;
        for (next, expected) in [
            ("/\t/evil.example", "/catalogue"),
            ("//evil.example", "/catalogue"),
            ("/catalogue\r\nSet-Cookie: x=1", "/catalogue"),
            ("https://evil.example/", "/catalogue"),
            ("/propositions/3", "/propositions/3"),
        ] {
            let res = app
                .client()
                .post(app.url("/api/login"))
                .header("accept", "text/html")
                .form(&[("identifier", NADIA), ("password", PASSWORD), ("next", next)])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 302, "{engine}: {next:?}");
            assert_eq!(res.headers()["location"], expected, "{engine}: {next:?}");
        }
    }
}

per_engine! {
    async fn forty_guesses_at_once_count_as_forty(engine) {
        let app = TestApp::spawn(engine).await;
        let mut tasks = Vec::new();
        for _ in 0..40 {
            let url = app.url("/api/login");
            tasks.push(tokio::spawn(async move {
                reqwest::Client::new().post(url).form(&[("identifier", AWA), ("password", "pas-le-bon-mot")]).send().await.unwrap().status().as_u16()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        let checked = statuses.iter().filter(|s| **s == 401).count();
        assert_eq!(checked as i64, app::domain::security::FREE_TRIES, "{engine}: only the free tries were checked: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 401 || *s == 429), "{engine}: {statuses:?}");
        // The owner, on their own phone elsewhere, is not locked out…
        let elsewhere = app.client_from("127.0.0.2");
        let (s, body) = app.call(&elsewhere, "login", &[("identifier", AWA), ("password", PASSWORD)]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        // …nor a neighbour at the same address.
        let (s, body) = app.call(&app.client(), "login", &[("identifier", NADIA), ("password", PASSWORD)]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        // One counter per account, whichever identifier is typed: Awa's
        // phone number shares her e-mail's count.
        let phone: Option<String> = sqlx::query_scalar("SELECT phone FROM accounts WHERE email = 'awa@exemple.fr'").fetch_one(&app.pool).await.unwrap();
        if let Some(phone) = phone {
            let (s, _) = app.call(&app.client(), "login", &[("identifier", &phone), ("password", "encore-faux")]).await;
            assert_eq!(s, 429, "{engine}: the phone number is the same account");
        }
    }
}

per_engine! {
    async fn made_up_invitation_links_are_cheap_and_slowed(engine) {
        let app = TestApp::spawn(engine).await;
        let mut tasks = Vec::new();
        for i in 0..60 {
            let url = app.url("/api/accept_invitation");
            tasks.push(tokio::spawn(async move {
                let token = format!("{i:064x}");
                reqwest::Client::new()
                    .post(url)
                    .form(&[("token", token.as_str()), ("password", "un-mot-de-passe"), ("confirm", "un-mot-de-passe")])
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert!(statuses.iter().all(|s| *s == 409 || *s == 429), "{engine}: {statuses:?}");
        assert!(statuses.contains(&429), "{engine}: guessing links is slowed down: {statuses:?}");
    }
}

per_engine! {
    async fn password_hashes_run_a_few_at_a_time(engine) {
        let app = TestApp::spawn(engine).await;
        // Thirty-two different accounts guessed at once (none is slowed):
        // every guess is checked, but never more than a few at the same time.
        let mut tasks = Vec::new();
        for i in 0..32 {
            let url = app.url("/api/login");
            tasks.push(tokio::spawn(async move {
                let who = format!("06 11 22 33 {:02}", i % 30);
                reqwest::Client::new().post(url).form(&[("identifier", who.as_str()), ("password", "pas-le-bon")]).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            let s = t.await.unwrap();
            assert!(s == 401 || s == 429 || s == 503, "{engine}: {s}");
        }
        let most = app::accounts::session::most_hashes_at_once();
        assert!((1..=4).contains(&most), "{engine}: {most} hashes at once");
    }
}

per_engine! {
    async fn forged_error_messages_are_not_shown(engine) {
        use base64::Engine;
        let app = TestApp::spawn(engine).await;
        let c = app.client();
        // A link someone made up, with their own words in the app's voice.
        let forged = serde_json::json!({"app_error": "Line", "detail": ["Appelez vite le 08 99 00 00 00", "error-required"]}).to_string();
        let err = base64::engine::general_purpose::URL_SAFE.encode(forged);
        let res = c.get(app.url(&format!("/connexion?__path=/api/login&__err={err}"))).send().await.unwrap();
        assert_eq!(res.status(), 303, "{engine}");
        assert_eq!(res.headers()["location"], "/connexion", "{engine}");
        let (_, html) = app.get(&c, &format!("/connexion?__path=/api/login&__err={err}&__mac={}", "0".repeat(64))).await;
        assert!(!html.contains("08 99"), "{engine}: a made-up signature shows nothing");
        // The server's own message, from a refused form without JavaScript,
        // still reaches the person.
        let own = format!("http://{}/connexion", app.addr);
        let res = c
            .post(app.url("/api/login"))
            .header("accept", "text/html")
            .header("referer", &own)
            .form(&[("identifier", NADIA), ("password", "pas-le-bon")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302, "{engine}");
        let location = res.headers()["location"].to_str().unwrap().to_string();
        assert!(location.contains("__err=") && location.contains("__mac="), "{engine}: {location}");
        let page = c.get(&location).header("accept", "text/html").send().await.unwrap();
        assert_eq!(page.status(), 200, "{engine}");
        assert!(text(&page.text().await.unwrap()).contains("Identifiant ou mot de passe incorrect"), "{engine}");
    }
}

per_engine! {
    async fn every_answer_carries_the_security_headers(engine) {
        let app = TestApp::spawn(engine).await;
        let c = app.login(AWA).await;
        let res = c.get(app.url("/catalogue")).header("accept", "text/html").send().await.unwrap();
        let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
        for h in ["x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options"] {
            assert!(res.headers().contains_key(h), "{engine}: {h}");
        }
        assert!(!res.headers().contains_key("strict-transport-security"), "{engine}: no HSTS over plain local http");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"), "{csp}");
        let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).unwrap().to_string();
        let html = res.text().await.unwrap();
        // Every inline script carries this answer's nonce; none runs without.
        let mut inline = 0;
        for tag in html.split("<script").skip(1) {
            let open = tag.split('>').next().unwrap();
            if !open.contains("src=") {
                inline += 1;
                assert!(open.contains(&format!("nonce=\"{nonce}\"")), "{engine}: inline script without the nonce: <script{open}>");
            }
        }
        assert!(inline > 0, "{engine}: the hydration script is inline");
        // A second answer has another nonce.
        let again = c.get(app.url("/catalogue")).header("accept", "text/html").send().await.unwrap();
        assert_ne!(again.headers()["content-security-policy"].to_str().unwrap(), csp);
        // Files and server functions too.
        for path in ["/sw.js", "/healthz", "/manifest.webmanifest"] {
            let res = c.get(app.url(path)).send().await.unwrap();
            assert!(res.headers().contains_key("x-content-type-options") && res.headers().contains_key("content-security-policy"), "{engine}: {path}");
        }
        // Behind an https proxy: HSTS, and the session cookie is Secure with __Host-.
        let proxied = TestApp::spawn_with(engine, |c| c.trust_forwarded = true).await;
        let res = proxied
            .client()
            .post(proxied.url("/api/login"))
            .header("x-forwarded-proto", "https")
            .header("host", "pot.example")
            .form(&[("identifier", AWA), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        assert!(res.headers().contains_key("strict-transport-security"), "{engine}");
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.starts_with("__Host-pc_session=") && cookie.contains("; Secure") && cookie.contains("Path=/"), "{engine}: {cookie}");
    }
}

per_engine! {
    async fn a_real_host_name_gets_a_secure_cookie(engine) {
        let app = TestApp::spawn(engine).await;
        // Plain HTTP to this machine (development): a cookie the browser keeps.
        let res = app.client().post(app.url("/api/login")).form(&[("identifier", AWA), ("password", PASSWORD)]).send().await.unwrap();
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.starts_with("pc_session=") && !cookie.contains("Secure"), "{engine}: {cookie}");
        // Any other host name: Secure and __Host-, whatever PUBLIC_URL says.
        let res = app.client().post(app.url("/api/login")).header("host", "pot.example").form(&[("identifier", NADIA), ("password", PASSWORD)]).send().await.unwrap();
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.starts_with("__Host-pc_session=") && cookie.contains("; Secure"), "{engine}: {cookie}");
    }
}

per_engine! {
    async fn unused_sessions_end(engine) {
        let app = TestApp::spawn(engine).await;
        let awa = app.login(AWA).await;
        let claire = app.login(CLAIRE).await;
        // Thirteen hours without a click: the coordinator's session ends,
        // the member's goes on (she orders once a month).
        sqlx::query(&format!("UPDATE sessions SET last_seen_at = {}", app::state::now() - 13 * 3_600)).execute(&app.pool).await.unwrap();
        assert_eq!(app.call(&claire, "whoami", &[]).await.1, "null", "{engine}");
        assert_ne!(app.call(&awa, "whoami", &[]).await.1, "null", "{engine}");
        assert!(app.count("SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = 'claire@potcommun.fr'").await == 0, "{engine}");
        // Five weeks: the member's too.
        sqlx::query(&format!("UPDATE sessions SET last_seen_at = {}", app::state::now() - 36 * 86_400)).execute(&app.pool).await.unwrap();
        assert_eq!(app.call(&awa, "whoami", &[]).await.1, "null", "{engine}");
    }
}

per_engine! {
    async fn a_new_link_is_told_and_ends_the_other_sessions(engine) {
        let app = TestApp::spawn(engine).await;
        let awa = app.login(AWA).await;
        let coord = app.login(CLAIRE).await;
        let account = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        let res = coord.post(app.url("/api/reinvite")).form(&[("account_id", account.to_string())]).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        let token = res.headers()["location"].to_str().unwrap().split("invitation=").nth(1).unwrap().to_string();
        // Awa reads in her messages that a link was made.
        let (_, html) = app.get(&awa, "/messages").await;
        assert!(text(&html).contains("nouveau lien de connexion"), "{engine}");
        // Whoever opens it chooses the password; Awa's old session ends.
        let other = app.client();
        let (s, body) = app.call(&other, "accept_invitation", &[("token", &token), ("password", "nouveau-secret"), ("confirm", "nouveau-secret")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        assert_eq!(app.call(&awa, "whoami", &[]).await.1, "null", "{engine}: the old session is gone");
        assert_ne!(app.call(&other, "whoami", &[]).await.1, "null", "{engine}");
    }
}

per_engine! {
    async fn a_trickling_client_is_cut_off(engine) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let app = TestApp::spawn_with(engine, |c| c.header_read_timeout = std::time::Duration::from_secs(1)).await;
        let mut held = Vec::new();
        for _ in 0..20 {
            let mut s = tokio::net::TcpStream::connect(app.addr).await.unwrap();
            s.write_all(b"GET /catalogue HTTP/1.1\r\nHost: x\r\nX-Slow: ").await.unwrap();
            held.push(s);
        }
        // Well past the timeout, every one of them has been closed.
        let mut closed = 0;
        for mut s in held {
            let mut buf = vec![0u8; 4096];
            let mut total = 0;
            loop {
                match tokio::time::timeout(std::time::Duration::from_secs(5), s.read(&mut buf)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => {
                        closed += 1;
                        break;
                    }
                    Ok(Ok(n)) => total += n,
                    Err(_) => break, // still held open
                }
                assert!(total < 1 << 20);
            }
        }
        assert_eq!(closed, 20, "{engine}: connections trickling headers are closed");
        // And the server still answers.
        let (s, _) = app.get(&app.client(), "/healthz").await;
        assert_eq!(s, 200);
    }
}

per_engine! {
    async fn every_page_names_the_nonce_of_its_own_inline_scripts(engine) {
        let app = TestApp::spawn(engine).await;
        let awa = app.login(AWA).await;
        let mut seen = std::collections::HashSet::new();
        // Pages signed out and in, a page not found, many times over: the
        // header always names the nonce the scripts carry, a fresh one
        // each time.
        for round in 0..20 {
            for (client, path) in [(&app.client(), "/connexion"), (&awa, "/catalogue"), (&awa, "/commande"), (&awa, "/pas-une-page")] {
                let res = client.get(app.url(path)).header("accept", "text/html").send().await.unwrap();
                let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
                let html = res.text().await.unwrap();
                let nonce = html.split("nonce=\"").nth(1).and_then(|r| r.split('"').next()).expect("inline scripts carry a nonce");
                assert!(csp.contains(&format!("'nonce-{nonce}'")), "{engine}: {path} (round {round}): {csp}");
                assert!(html.matches("nonce=\"").count() >= 2, "{engine}: {path}");
                assert!(html.split("nonce=\"").skip(1).all(|r| r.starts_with(nonce)), "{engine}: {path}: one nonce per page");
                assert!(seen.insert(nonce.to_string()), "{engine}: a nonce used twice");
            }
        }
    }
}
