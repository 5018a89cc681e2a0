//! The foundation over real HTTP: login, roles, catalogue at each tier,
//! invitations, bad input and concurrent writes, on SQLite and PostgreSQL.

use crate::common::{text, TestApp};

const AWA: &str = "awa@exemple.fr"; // full price
const AICHA: &str = "aicha@exemple.fr"; // 50 %
const NADIA: &str = "nadia@exemple.fr"; // 10 %
const YOUSSEF_PHONE: &str = "06 11 22 33 11"; // 10 %, no email
const CLAIRE: &str = "claire@potcommun.fr"; // coordinator
const ADMIN: &str = "admin@potcommun.fr";

per_engine! {
    async fn health_and_login(engine) {
        let app = TestApp::spawn(engine).await;
        let c = app.client();
        let res = c.get(app.url("/healthz")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{engine}");

        // Email and phone both log in; the cookie is HttpOnly and SameSite.
        let res = c
            .post(app.url("/api/login"))
            .form(&[("identifier", "  AWA@exemple.fr "), ("password", "potcommun")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let phone = app.login("+33 6 11 22 33 11").await;
        let (_, who) = app.call(&phone, "whoami", &[]).await;
        assert!(who.contains("Youssef"), "{engine}: {who}");

        // A wrong password and an unknown account get the very same answer.
        let (s1, b1) = app.call(&app.client(), "login", &[("identifier", AWA), ("password", "wrong-password")]).await;
        let (s2, b2) = app.call(&app.client(), "login", &[("identifier", "nobody@exemple.fr"), ("password", "wrong-password")]).await;
        assert_eq!((s1, s2), (401, 401), "{engine}");
        assert_eq!(b1, b2, "{engine}");

        // Logging out ends the session on the server.
        let (s, _) = app.call(&phone, "logout", &[]).await;
        assert_eq!(s, 200);
        let (_, who) = app.call(&phone, "whoami", &[]).await;
        assert_eq!(who, "null", "{engine}");
    }
}

per_engine! {
    async fn login_is_rate_limited_per_account(engine) {
        let app = TestApp::spawn(engine).await;
        for _ in 0..5 {
            let (s, _) = app.call(&app.client(), "login", &[("identifier", AICHA), ("password", "not-it-at-all")]).await;
            assert_eq!(s, 401, "{engine}");
        }
        // From this address, even the right password now has to wait: the
        // guesser cannot tell a hit from a miss.
        let (s, body) = app.call(&app.client(), "login", &[("identifier", AICHA), ("password", "potcommun")]).await;
        assert_eq!(s, 429, "{engine}: {body}");
        // Other accounts are not affected.
        app.login(NADIA).await;
    }
}

per_engine! {
    async fn catalogue_prices_follow_each_household_tier(engine) {
        let app = TestApp::spawn(engine).await;
        // Lentilles vertes: 4,70 € the kg at the producer's price.
        for (who, price) in [(AWA, "4,70 €"), (AICHA, "2,35 €"), (NADIA, "0,47 €"), (YOUSSEF_PHONE, "0,47 €")] {
            let c = app.login(who).await;
            let (s, html) = app.get(&c, "/catalogue?q=lentilles+vertes").await;
            assert_eq!(s, 200, "{engine}");
            let page = text(&html);
            assert!(page.contains(&format!("Lentilles vertes {}", "")) || page.contains("Lentilles vertes"), "{page}");
            assert!(page.contains(&format!("{price} / kg")), "{engine} {who}: expected {price} in {page}");
            // The tier itself never appears in the catalogue.
            assert!(!page.contains("Solidaire") && !page.contains("Très solidaire"), "{engine}: tier leaked");
            assert!(page.contains("1 produit "), "{engine}: search is server-side: {page}");
        }
    }
}

per_engine! {
    async fn catalogue_search_filters_and_paging(engine) {
        let app = TestApp::spawn(engine).await;
        let c = app.login(AWA).await;
        // 150 products, 30 a page.
        let (_, html) = app.get(&c, "/catalogue").await;
        let page = text(&html);
        assert!(page.contains("150 produits") && page.contains("Page 1 / 5"), "{engine}: {page}");
        assert_eq!(html.matches("class=\"product\"").count(), 30);
        let (_, html) = app.get(&c, "/catalogue?page=5").await;
        assert_eq!(html.matches("class=\"product\"").count(), 30);
        let (_, html) = app.get(&c, "/catalogue?page=6").await;
        assert!(text(&html).contains("Page 5 / 5"), "{engine}: a page past the end is the last");
        // Accents and case do not matter.
        let (_, html) = app.get(&c, "/catalogue?q=PATES").await;
        assert!(text(&html).contains("Pâtes complètes"), "{engine}");
        // Producer names are searched too.
        let (_, html) = app.get(&c, "/catalogue?q=nyonsais").await;
        assert!(text(&html).contains("Huile d’olive AOP Nyons"));
        // Label filter: only fair-trade products.
        let (_, html) = app.get(&c, "/catalogue?label=equitable").await;
        let n = html.matches("class=\"product\"").count();
        assert!(n > 0 && n == html.matches("badge-equitable").count(), "{engine}: {n}");
        // A category id that does not exist gives an empty list, not an error.
        let (s, html) = app.get(&c, "/catalogue?categorie=99999&page=-5").await;
        assert_eq!(s, 200);
        assert!(text(&html).contains("0 produit"));
    }
}

per_engine! {
    async fn roles_are_checked_on_the_server(engine) {
        let app = TestApp::spawn(engine).await;
        let anon = app.client();
        let (s, _) = app.call(&anon, "catalogue", &[("q", ""), ("category", "0"), ("label", ""), ("page", "1")]).await;
        assert_eq!(s, 401, "{engine}");
        let res = anon.get(app.url("/catalogue")).header("accept", "text/html").send().await.unwrap();
        assert_eq!(res.status(), 302);
        assert!(res.headers()["location"].to_str().unwrap().starts_with("/connexion"));

        let member = app.login(AWA).await;
        let other_household: i64 = app.count("SELECT household_id FROM accounts WHERE email = 'aicha@exemple.fr'").await;
        let other = other_household.to_string();
        for (endpoint, form) in [
            ("households", vec![]),
            ("household", vec![("id", other.as_str())]),
            ("set_household_tier", vec![("household_id", other.as_str()), ("tier_id", "1")]),
            ("producers", vec![]),
            ("product_rows", vec![("q", ""), ("page", "1")]),
            ("save_category", vec![("name", "Rayon pirate"), ("position", "1")]),
            ("admin_overview", vec![]),
            ("save_settings", vec![("show_full_price", "on")]),
            ("create_coordinator", vec![("display_name", "X"), ("email", "x@exemple.fr"), ("phone", "")]),
        ] {
            let (s, body) = app.call(&member, endpoint, &form).await;
            assert_eq!(s, 403, "{engine}: member calling {endpoint}: {body}");
        }
        // Pages too: a member opening a coordinator page gets a 403, not data.
        let (s, html) = app.get(&member, &format!("/coordination/foyers/{other}")).await;
        assert_eq!(s, 403, "{engine}");
        assert!(!html.contains("Aïcha"), "{engine}");

        // A coordinator may not use the admin's functions.
        let coord = app.login(CLAIRE).await;
        let (s, _) = app.call(&coord, "save_tier", &[("name", "Pirate"), ("share_percent", "1"), ("description", "")]).await;
        assert_eq!(s, 403, "{engine}");
        let (s, _) = app.call(&coord, "households", &[("search", "")]).await;
        assert_eq!(s, 200, "{engine}");
        // Nothing changed.
        assert_eq!(app.count("SELECT COUNT(*) FROM categories WHERE name = 'Rayon pirate'").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM price_tiers").await, 3);
    }
}

per_engine! {
    async fn a_member_declares_their_own_tier(engine) {
        let app = TestApp::spawn(engine).await;
        let c = app.login(AWA).await;
        let strong: i64 = app.count("SELECT id FROM price_tiers WHERE share_percent = 10").await;
        let (s, body) = app.call(&c, "set_my_tier", &[("tier_id", &strong.to_string())]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let (_, html) = app.get(&c, "/catalogue?q=lentilles+vertes").await;
        assert!(text(&html).contains("0,47 € / kg"), "{engine}");
        // The profile shows the member their own tier, and only there.
        let (_, html) = app.get(&c, "/profil").await;
        assert!(html.contains(&format!("value=\"{strong}\" checked")), "{engine}");
        // An unknown tier changes nothing.
        let (s, body) = app.call(&c, "set_my_tier", &[("tier_id", "987654")]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let (s, _) = app.call(&c, "set_my_tier", &[("tier_id", "not-a-number")]).await;
        assert_eq!(s, 400, "{engine}");
        let (_, html) = app.get(&c, "/catalogue?q=lentilles+vertes").await;
        assert!(text(&html).contains("0,47 € / kg"), "{engine}");
    }
}

per_engine! {
    async fn coordinators_add_products_and_bad_input_stores_nothing(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let producer = app.count("SELECT MIN(id) FROM producers").await.to_string();
        let category = app.count("SELECT MIN(id) FROM categories").await.to_string();
        let long = "x".repeat(10_000);
        let good: Vec<(&str, &str)> = vec![
            ("name", "Topinambours"),
            ("description", "Terreux et doux"),
            ("producer_id", &producer),
            ("category_id", &category),
            ("unit", "kg"),
            ("step", "0,5"),
            ("min", ""),
            ("price", "3,20"),
            ("label_bio", "on"),
            ("photo_url", ""),
            ("active", "on"),
            ("cap_household", ""),
            ("cap_cycle", ""),
        ];
        let with = |k: &str, v: &'static str| -> Vec<(String, String)> {
            good.iter().map(|(a, b)| (a.to_string(), if *a == k { v.to_string() } else { b.to_string() })).collect()
        };
        let before = app.count("SELECT COUNT(*) FROM products").await;
        let bad: Vec<(Vec<(String, String)>, &str)> = vec![
            (with("price", "-2,00"), "négatif"),
            (with("name", "   "), "obligatoire"),
            (with("unit", "furlong"), "unité"),
            (with("step", "0"), "plus grand que zéro"),
            (with("price", "99999999"), "trop élevé"),
            (
                good.iter().map(|(a, b)| (a.to_string(), if *a == "name" { long.clone() } else { b.to_string() })).collect(),
                "trop long",
            ),
            (with("producer_id", "123456"), "Rechargez"),
            (with("producer_id", "abc"), "formulaire"),
        ];
        for (form, expected) in bad {
            let res = coord.post(app.url("/api/save_product")).form(&form).send().await.unwrap();
            let status = res.status().as_u16();
            let body = res.text().await.unwrap();
            assert!(status == 400 || status == 409, "{engine}: {status} {body}");
            let message: app::error::AppError = serde_json::from_str(&body).unwrap();
            assert!(message.message().contains(expected), "{engine}: «{}» should say «{expected}»", message.message());
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM products").await, before, "{engine}: bad input stored something");

        let (s, body) = app.call(&coord, "save_product", &good).await;
        assert_eq!(s, 200, "{engine}: {body}");
        // A member sees it at once, at their price.
        let member = app.login(AICHA).await;
        let (_, html) = app.get(&member, "/catalogue?q=topinambour").await;
        let page = text(&html);
        assert!(page.contains("Topinambours") && page.contains("1,60 € / kg") && page.contains("par 0,5 kg"), "{engine}: {page}");
    }
}

per_engine! {
    async fn a_household_is_invited_and_sets_its_password(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let res = coord
            .post(app.url("/api/create_household"))
            .form(&[
                ("household_name", "Foyer Nguyen"),
                ("display_name", "Linh Nguyen"),
                ("email", ""),
                ("phone", "07 70 00 00 01"),
                ("tier_id", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{engine}");
        // The coordinator is sent to the household page with the one-time token.
        let location = res.headers()["location"].to_str().unwrap().to_string();
        let token = location.split("invitation=").nth(1).unwrap().to_string();
        let (s, html) = app.get(&coord, &location).await;
        assert_eq!(s, 200);
        assert!(html.contains(&format!("/invitation/{token}")) && html.contains("<svg"), "{engine}: link and QR code shown");
        assert!(text(&html).contains("invitation en attente"));

        // The same phone cannot be used twice.
        let (s, body) = app
            .call(&coord, "create_household", &[("household_name", "Autre"), ("display_name", "Autre"), ("email", ""), ("phone", "0770000001"), ("tier_id", "")])
            .await;
        assert_eq!(s, 409, "{engine}: {body}");

        // The member opens the link, chooses a password, and is logged in.
        let member = app.client();
        let (_, html) = app.get(&member, &format!("/invitation/{token}")).await;
        assert!(text(&html).contains("Bonjour Linh Nguyen"), "{engine}");
        let (s, body) = app.call(&member, "accept_invitation", &[("token", &token), ("password", "court"), ("confirm", "court")]).await;
        assert_eq!(s, 400, "{engine}: {body}");
        let (s, _) = app.call(&member, "accept_invitation", &[("token", &token), ("password", "ma-cle-secrete"), ("confirm", "ma-cle-secrete")]).await;
        assert_eq!(s, 200, "{engine}");
        let (_, who) = app.call(&member, "whoami", &[]).await;
        assert!(who.contains("Linh Nguyen"), "{engine}");
        // A used link works no more.
        let (s, _) = app.call(&app.client(), "accept_invitation", &[("token", &token), ("password", "autre-cle-123"), ("confirm", "autre-cle-123")]).await;
        assert_eq!(s, 409, "{engine}");
        // And the new password logs in with the phone number.
        let c = app.client();
        let (s, _) = app.call(&c, "login", &[("identifier", "0770000001"), ("password", "ma-cle-secrete")]).await;
        assert_eq!(s, 200, "{engine}");
    }
}

per_engine! {
    async fn an_invitation_link_works_once_even_tapped_twenty_times_at_once(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let account: i64 = app.count("SELECT id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        let res = coord.post(app.url("/api/reinvite")).form(&[("account_id", account.to_string())]).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let location = res.headers()["location"].to_str().unwrap().to_string();
        let token = location.split("invitation=").nth(1).unwrap().to_string();
        let mut tasks = Vec::new();
        for i in 0..20 {
            let url = app.url("/api/accept_invitation");
            let token = token.clone();
            tasks.push(tokio::spawn(async move {
                let pw = format!("nouveau-mot-{i:02}");
                let res = reqwest::Client::new()
                    .post(url)
                    .form(&[("token", token.as_str()), ("password", &pw), ("confirm", &pw)])
                    .send()
                    .await
                    .unwrap();
                res.status().as_u16()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{engine}: {statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{engine}: {statuses:?}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM invitations WHERE account_id = {account} AND used_at IS NOT NULL")).await, 1);
    }
}

per_engine! {
    async fn admin_configures_tiers_and_full_price_display(engine) {
        let app = TestApp::spawn(engine).await;
        let admin = app.login(ADMIN).await;
        let (s, body) = app.call(&admin, "save_tier", &[("name", "Soutien"), ("share_percent", "120"), ("description", "Pour aider les autres")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        for bad in ["0", "301", "-5", "beaucoup"] {
            let (s, _) = app.call(&admin, "save_tier", &[("name", "Mauvais"), ("share_percent", bad), ("description", "")]).await;
            assert_eq!(s, 400, "{engine}: share {bad}");
        }
        let (s, _) = app.call(&admin, "save_tier", &[("name", "Soutien"), ("share_percent", "150"), ("description", "")]).await;
        assert_eq!(s, 409, "{engine}: duplicate name");
        assert_eq!(app.count("SELECT COUNT(*) FROM price_tiers").await, 4);

        let member = app.login(AICHA).await;
        let (_, html) = app.get(&member, "/catalogue?q=lentilles+vertes").await;
        assert!(!text(&html).contains("Prix coûtant :"), "{engine}");
        let (s, _) = app.call(&admin, "save_settings", &[("show_full_price", "on")]).await;
        assert_eq!(s, 200);
        let (_, html) = app.get(&member, "/catalogue?q=lentilles+vertes").await;
        assert!(text(&html).contains("Prix coûtant : 4,70 €"), "{engine}");
    }
}

per_engine! {
    async fn changing_a_password_logs_out_other_devices(engine) {
        let app = TestApp::spawn(engine).await;
        let phone = app.login(NADIA).await;
        let laptop = app.login(NADIA).await;
        let (s, _) = app.call(&phone, "change_password", &[("current", "wrong"), ("password", "nouvelle-cle"), ("confirm", "nouvelle-cle")]).await;
        assert_eq!(s, 400, "{engine}");
        let (s, _) = app.call(&phone, "change_password", &[("current", "potcommun"), ("password", "nouvelle-cle"), ("confirm", "autre-cle")]).await;
        assert_eq!(s, 400, "{engine}");
        let (s, _) = app.call(&phone, "change_password", &[("current", "potcommun"), ("password", "nouvelle-cle"), ("confirm", "nouvelle-cle")]).await;
        assert_eq!(s, 200, "{engine}");
        assert!(app.call(&phone, "whoami", &[]).await.1.contains("Nadia"));
        assert_eq!(app.call(&laptop, "whoami", &[]).await.1, "null", "{engine}");
    }
}

per_engine! {
    async fn forms_without_javascript_come_back_with_the_message(engine) {
        let app = TestApp::spawn(engine).await;
        let c = app.client();
        let res = c
            .post(app.url("/api/login"))
            .header("accept", "text/html")
            .header("referer", app.url("/connexion"))
            .form(&[("identifier", AWA), ("password", "faux-mot-de-passe")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302, "{engine}");
        let back = res.headers()["location"].to_str().unwrap().to_string();
        let (_, html) = app.get(&c, back.trim_start_matches(&app.url(""))).await;
        assert!(text(&html).contains("Identifiant ou mot de passe incorrect"), "{engine}");
    }
}

per_engine! {
    async fn demo_seed_is_idempotent(engine) {
        let app = TestApp::spawn(engine).await;
        assert!(!server::seed::seed_demo(&app.pool).await.unwrap());
        assert_eq!(app.count("SELECT COUNT(*) FROM products").await, 150);
        assert_eq!(app.count("SELECT COUNT(*) FROM categories").await, 10);
        assert_eq!(app.count("SELECT COUNT(*) FROM producers").await, 12);
        assert_eq!(app.count("SELECT COUNT(*) FROM households").await, 30);
        assert_eq!(app.count("SELECT COUNT(*) FROM pickup_points").await, 2);
        assert_eq!(app.count("SELECT COUNT(DISTINCT tier_id) FROM households").await, 3);
    }
}

per_engine! {
    async fn every_coordination_page_renders_for_staff(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let household = app.count("SELECT household_id FROM accounts WHERE email = 'awa@exemple.fr'").await;
        let product = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await;
        for (path, expected) in [
            ("/coordination".to_string(), "« Commande de la semaine »"),
            ("/coordination/foyers?q=diallo".to_string(), "Foyer Diallo"),
            (format!("/coordination/foyers/{household}"), "Awa Diallo"),
            ("/coordination/produits".to_string(), "Pommes de terre"),
            ("/coordination/produits?q=miel".to_string(), "Miel de lavande"),
            (format!("/coordination/produits/{product}"), "Miel de lavande"),
            ("/coordination/produits/nouveau".to_string(), "Nouveau produit"),
            ("/coordination/producteurs".to_string(), "Rucher des Coteaux"),
            ("/coordination/categories".to_string(), "Boissons"),
        ] {
            let (s, html) = app.get(&coord, &path).await;
            assert_eq!(s, 200, "{engine} {path}");
            // Text on the page, or the value of a form field.
            assert!(
                text(&html).contains(expected) || html.contains(&format!("value=\"{expected}\"")),
                "{engine} {path}: {expected} missing"
            );
        }
        let (s, _) = app.get(&coord, "/coordination/produits/999999").await;
        assert_eq!(s, 404, "{engine}");
        let (s, _) = app.get(&coord, "/admin").await;
        assert_eq!(s, 403, "{engine}: a coordinator is not an admin");
        let admin = app.login(ADMIN).await;
        let (s, html) = app.get(&admin, "/admin").await;
        assert_eq!(s, 200, "{engine}");
        assert!(text(&html).contains("Très solidaire") && text(&html).contains("Claire Dumas"), "{engine}");
    }
}

per_engine! {
    async fn editing_and_withdrawing_a_product(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let id = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await.to_string();
        let producer = app.count("SELECT producer_id FROM products WHERE name = 'Miel de lavande'").await.to_string();
        let category = app.count("SELECT category_id FROM products WHERE name = 'Miel de lavande'").await.to_string();
        let mut form: Vec<(&str, &str)> = vec![
            ("id", &id),
            ("name", "Miel de lavande fine"),
            ("description", ""),
            ("producer_id", &producer),
            ("category_id", &category),
            ("unit", "jar"),
            ("step", "1"),
            ("min", "1"),
            ("price", "9,90"),
            ("photo_url", ""),
            ("active", "on"),
            ("cap_household", "2"),
            ("cap_cycle", "40"),
        ];
        let (s, body) = app.call(&coord, "save_product", &form).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let member = app.login(AWA).await;
        let (_, html) = app.get(&member, "/catalogue?q=lavande").await;
        assert!(text(&html).contains("Miel de lavande fine") && text(&html).contains("9,90 € / bocal"), "{engine}");
        // The edit form shows what was saved.
        let (_, html) = app.get(&coord, &format!("/coordination/produits/{id}")).await;
        assert!(html.contains("value=\"9,90\"") && html.contains("value=\"40\""), "{engine}");
        // Withdrawn: gone from the member catalogue, kept for coordinators.
        form.retain(|(k, _)| *k != "active");
        let (s, _) = app.call(&coord, "save_product", &form).await;
        assert_eq!(s, 200);
        let (_, html) = app.get(&member, "/catalogue?q=lavande").await;
        assert!(text(&html).contains("0 produit"), "{engine}");
        let (_, html) = app.get(&coord, "/coordination/produits?q=lavande").await;
        assert!(text(&html).contains("retiré du catalogue"), "{engine}");
        // Editing a product that does not exist stores nothing.
        form[0] = ("id", "999999");
        let (s, _) = app.call(&coord, "save_product", &form).await;
        assert_eq!(s, 409, "{engine}");

        // Producers and categories: created, renamed, duplicates refused.
        let (s, _) = app
            .call(&coord, "save_producer", &[("name", "Ferme du Vieux Noyer"), ("place", "Die (Drôme)"), ("distance_km", "120"), ("story", ""), ("contact", "06 00 00 00 00")])
            .await;
        assert_eq!(s, 200, "{engine}");
        let (s, _) = app
            .call(&coord, "save_producer", &[("name", "Ferme du Vieux Noyer"), ("place", "Die"), ("distance_km", "120"), ("story", ""), ("contact", "")])
            .await;
        assert_eq!(s, 409, "{engine}");
        let (s, _) = app
            .call(&coord, "save_producer", &[("name", "Ferme X"), ("place", "Die"), ("distance_km", "-4"), ("story", ""), ("contact", "")])
            .await;
        assert_eq!(s, 400, "{engine}");
        let (s, _) = app.call(&coord, "save_category", &[("name", "Bébé"), ("position", "5")]).await;
        assert_eq!(s, 200, "{engine}");
        let (s, _) = app.call(&coord, "save_category", &[("name", "Boissons"), ("position", "5")]).await;
        assert_eq!(s, 409, "{engine}");
        // A member never sees a producer's contact.
        let (_, html) = app.get(&member, "/catalogue?q=vieux+noyer").await;
        assert!(!html.contains("06 00 00 00 00"));
    }
}

per_engine! {
    async fn guesses_from_one_address_do_not_shut_out_the_neighbours(engine) {
        let app = TestApp::spawn(engine).await;
        // Thirty wrong guesses on many accounts from the social centre's
        // Wi-Fi (one address): each unknown identifier gets its own count.
        for i in 0..30 {
            let who = format!("personne{i}@exemple.fr");
            let (s, _) = app.call(&app.client(), "login", &[("identifier", &who), ("password", "devine-devine")]).await;
            assert_eq!(s, 401, "{engine}: attempt {i}");
        }
        // A member at the next table, same address, gets in (it used to be 429).
        let (s, body) = app.call(&app.client(), "login", &[("identifier", AWA), ("password", "potcommun")]).await;
        assert_eq!(s, 200, "{engine}: {body}");
    }
}

per_engine! {
    async fn a_coordinator_sets_a_household_tier(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login(CLAIRE).await;
        let household = app.count("SELECT household_id FROM accounts WHERE email = 'awa@exemple.fr'").await.to_string();
        let half = app.count("SELECT id FROM price_tiers WHERE share_percent = 50").await.to_string();
        let (s, body) = app.call(&coord, "set_household_tier", &[("household_id", &household), ("tier_id", &half)]).await;
        assert_eq!(s, 200, "{engine}: {body}");
        let member = app.login(AWA).await;
        let (_, html) = app.get(&member, "/catalogue?q=lentilles+vertes").await;
        assert!(text(&html).contains("2,35 € / kg"), "{engine}");
        let (s, _) = app.call(&coord, "set_household_tier", &[("household_id", &household), ("tier_id", "424242")]).await;
        assert_eq!(s, 400, "{engine}");
    }
}

per_engine! {
    async fn create_admin_prints_a_link_that_sets_the_password(engine) {
        let app = TestApp::spawn(engine).await;
        let link = server::seed::create_admin(&app.pool, "Nouvelle.Admin@Exemple.fr", &app.url("")).await.unwrap();
        assert!(link.starts_with(&app.url("/invitation/")), "{link}");
        let token = link.rsplit('/').next().unwrap();
        let c = app.client();
        let (s, _) = app.call(&c, "accept_invitation", &[("token", token), ("password", "admin-secret"), ("confirm", "admin-secret")]).await;
        assert_eq!(s, 200, "{engine}");
        let (s, _) = app.call(&c, "admin_overview", &[]).await;
        assert_eq!(s, 200, "{engine}: the new account is an admin");
        // Asking again gives a fresh link for the same admin; a member's
        // address cannot be turned into an admin this way.
        assert!(server::seed::create_admin(&app.pool, "nouvelle.admin@exemple.fr", &app.url("")).await.is_ok());
        assert!(server::seed::create_admin(&app.pool, AWA, &app.url("")).await.is_err());
        assert!(server::seed::create_admin(&app.pool, "pas-une-adresse", &app.url("")).await.is_err());
        assert_eq!(app.count("SELECT COUNT(*) FROM accounts WHERE role = 'admin'").await, 2);
    }
}

// ---- the two migration folders end with the same schema ----------------------

/// One engine's schema, reduced to what both can say alike: per table, its
/// columns (name, kind of type, required, key), its indexes (columns,
/// unique), its foreign keys and how many CHECK constraints it has.
#[derive(Debug, PartialEq)]
struct Schema {
    tables: std::collections::BTreeMap<String, Table>,
}

#[derive(Debug, PartialEq, Default)]
struct Table {
    columns: std::collections::BTreeSet<(String, &'static str, bool, bool)>,
    indexes: std::collections::BTreeSet<(Vec<String>, bool)>,
    foreign_keys: std::collections::BTreeSet<(String, String, String)>,
    checks: usize,
}

/// The types each engine writes, as one kind: SQLite's declared types and
/// PostgreSQL's `data_type` (BIGSERIAL is a bigint with a sequence).
fn kind(declared: &str) -> &'static str {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" | "int" | "smallint" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "boolean" | "bool" => "boolean",
        "double precision" | "real" => "real",
        "bytea" | "blob" => "bytes",
        other => panic!("a column type the comparison does not know: {other}"),
    }
}

async fn schema_of(engine: &str, url: &str) -> Schema {
    use sqlx::Row;
    server::db::migrate(url).await.unwrap();
    let pool = server::db::connect(url).await.unwrap();
    let mut tables = std::collections::BTreeMap::new();
    let names: Vec<String> = if engine == "sqlite" {
        sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'")
    } else {
        sqlx::query("SELECT CAST(tablename AS TEXT) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_sqlx%'")
    }
    .fetch_all(&pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<String, _>("name"))
    .collect();
    for name in names {
        let mut t = Table::default();
        if engine == "sqlite" {
            for c in sqlx::query(&format!("SELECT name, type, CAST(\"notnull\" AS BIGINT) AS nn, CAST(pk AS BIGINT) AS pk FROM pragma_table_info('{name}')")).fetch_all(&pool).await.unwrap() {
                let pk = c.get::<i64, _>("pk") > 0;
                t.columns.insert((c.get("name"), kind(&c.get::<String, _>("type")), pk || c.get::<i64, _>("nn") == 1, pk));
            }
            for i in sqlx::query(&format!("SELECT name, CAST(\"unique\" AS BIGINT) AS u, origin FROM pragma_index_list('{name}')")).fetch_all(&pool).await.unwrap() {
                // The primary key's own index is the key, said above.
                if i.get::<String, _>("origin") == "pk" {
                    continue;
                }
                let index: String = i.get("name");
                let cols = sqlx::query(&format!("SELECT name FROM pragma_index_info('{index}') ORDER BY seqno")).fetch_all(&pool).await.unwrap();
                t.indexes.insert((cols.iter().map(|c| c.get::<String, _>("name")).collect(), i.get::<i64, _>("u") == 1));
            }
            for f in sqlx::query(&format!("SELECT \"from\" AS col, \"table\" AS target, \"to\" AS target_col FROM pragma_foreign_key_list('{name}')")).fetch_all(&pool).await.unwrap() {
                t.foreign_keys.insert((f.get("col"), f.get("target"), f.get::<Option<String>, _>("target_col").unwrap_or_else(|| "id".into())));
            }
            let sql: String = sqlx::query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $1").bind(&name).fetch_one(&pool).await.unwrap().get("sql");
            t.checks = sql.to_ascii_uppercase().matches("CHECK (").count() + sql.to_ascii_uppercase().matches("CHECK(").count();
        } else {
            let pk: Vec<String> = sqlx::query(
                "SELECT CAST(a.attname AS TEXT) AS col FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) \
                 WHERE i.indrelid = CAST($1 AS regclass) AND i.indisprimary",
            )
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get("col"))
            .collect();
            for c in sqlx::query(
                "SELECT CAST(column_name AS TEXT) AS name, CAST(data_type AS TEXT) AS type, CAST(is_nullable AS TEXT) AS nullable \
                 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
            )
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
            {
                let col: String = c.get("name");
                let is_pk = pk.contains(&col);
                t.columns.insert((col, kind(&c.get::<String, _>("type")), c.get::<String, _>("nullable") == "NO", is_pk));
            }
            // Indexes other than the primary key's, unique constraints included.
            for i in sqlx::query(
                "SELECT CAST(ic.relname AS TEXT) AS name, CASE WHEN ix.indisunique THEN 1 ELSE 0 END AS u, \
                 (SELECT string_agg(CAST(a.attname AS TEXT), ',' ORDER BY k.n) FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n) \
                   JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum) AS cols \
                 FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid WHERE ix.indrelid = CAST($1 AS regclass) AND NOT ix.indisprimary",
            )
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
            {
                let cols: Option<String> = i.get("cols");
                t.indexes.insert((cols.unwrap_or_default().split(',').map(str::to_string).collect(), i.get::<i32, _>("u") == 1));
            }
            for f in sqlx::query(
                "SELECT CAST(a.attname AS TEXT) AS col, CAST(rt.relname AS TEXT) AS target, CAST(ra.attname AS TEXT) AS target_col \
                 FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
                 JOIN pg_class rt ON rt.oid = c.confrelid JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
                 WHERE c.contype = 'f' AND c.conrelid = CAST($1 AS regclass)",
            )
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
            {
                t.foreign_keys.insert((f.get("col"), f.get("target"), f.get("target_col")));
            }
            let checks = sqlx::query("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM pg_constraint WHERE contype = 'c' AND conrelid = CAST($1 AS regclass)")
                .bind(&name)
                .fetch_one(&pool)
                .await
                .unwrap();
            t.checks = checks.get::<i64, _>("n") as usize;
        }
        tables.insert(name, t);
    }
    pool.close().await;
    Schema { tables }
}

/// A column, an index, a key or a check added to one migration folder only
/// fails here: both engines are migrated from nothing and their schemas
/// compared, table by table.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_migration_folders_end_with_the_same_schema() {
    let (sqlite, postgres) = (crate::common::scratch_database("sqlite").await, crate::common::scratch_database("postgres").await);
    let (a, b) = (schema_of("sqlite", &sqlite.url).await, schema_of("postgres", &postgres.url).await);
    assert_eq!(a.tables.keys().collect::<Vec<_>>(), b.tables.keys().collect::<Vec<_>>(), "the same tables");
    let mut differences = Vec::new();
    for (name, t) in &a.tables {
        let u = &b.tables[name];
        for (what, left, right) in [
            ("columns", format!("{:?}", t.columns.difference(&u.columns).collect::<Vec<_>>()), format!("{:?}", u.columns.difference(&t.columns).collect::<Vec<_>>())),
            ("indexes", format!("{:?}", t.indexes.difference(&u.indexes).collect::<Vec<_>>()), format!("{:?}", u.indexes.difference(&t.indexes).collect::<Vec<_>>())),
            (
                "foreign keys",
                format!("{:?}", t.foreign_keys.difference(&u.foreign_keys).collect::<Vec<_>>()),
                format!("{:?}", u.foreign_keys.difference(&t.foreign_keys).collect::<Vec<_>>()),
            ),
            ("checks", t.checks.to_string(), u.checks.to_string()),
        ] {
            if left != right {
                differences.push(format!("{name} {what}: SQLite only {left} / PostgreSQL only {right}"));
            }
        }
    }
    assert!(differences.is_empty(), "the engines' schemas differ:\n{}", differences.join("\n"));
    // One flag convention: BIGINT 0 or 1 (the Any driver cannot read
    // SQLite's BOOLEAN).
    let booleans: Vec<String> = a.tables.iter().chain(b.tables.iter()).flat_map(|(n, t)| t.columns.iter().filter(|c| c.1 == "boolean").map(move |c| format!("{n}.{}", c.0))).collect();
    assert!(booleans.is_empty(), "BOOLEAN columns: {booleans:?}");
}

per_engine! {
    /// An address whose id is not a number is a page not found, said in
    /// words with a 404, and the record 0 is never asked for.
    async fn a_bad_id_in_an_address_is_a_page_not_found(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login("claire@potcommun.fr").await;
        let not_found = app::i18n::t("notfound-title");
        for path in ["/propositions/abc", "/elections/1x", "/coordination/cycles/9999999999999999999999", "/coordination/produits/abc", "/coordination/foyers/-/commande", "/ateliers/%20/hote"] {
            let (status, html) = app.get(&coord, path).await;
            assert_eq!(status, 404, "{engine}: {path}");
            assert!(text(&html).contains(not_found), "{engine}: {path} says it is not found");
        }
        // A real id still shows its page; a number that names nothing is a 404 too.
        let (status, _) = app.get(&coord, "/coordination/produits/1").await;
        assert_eq!(status, 200, "{engine}");
        let (status, _) = app.get(&coord, "/propositions/424242").await;
        assert_eq!(status, 404, "{engine}");
        let (status, _) = app.get(&coord, "/coordination/produits/nouveau").await;
        assert_eq!(status, 200, "{engine}: a new product's form has no id");
    }
}

per_engine! {
    /// The flags that were BOOLEAN keep their values when they become
    /// BIGINT 0 or 1 (0014_flags.sql), and a value other than 0 or 1 is
    /// refused after.
    async fn boolean_flags_become_integers_with_their_values(engine) {
        let db = crate::common::scratch_database(engine).await;
        let pool = server::db::connect(&db.url).await.unwrap();
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../migrations").join(engine);
        let mut before = sqlx::migrate::Migrator::new(dir.as_path()).await.unwrap();
        assert!(before.migrations.iter().any(|m| m.version == 14 && m.description == "flags"), "{engine}: 0014_flags.sql");
        before.migrations = before.migrations.iter().filter(|m| m.version < 14).cloned().collect::<Vec<_>>().into();
        before.run(&pool).await.unwrap();
        for sql in [
            "INSERT INTO producers (name, search_name, place, distance_km, story, contact) VALUES ('P', 'p', '', 0, '', '')",
            "INSERT INTO categories (name, position) VALUES ('C', 0)",
            "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, labels, search_text, updated_at, active) \
             VALUES ('on', '', 1, 1, 'kg', 1000, 1000, 100, '', 'on', 0, TRUE), ('off', '', 1, 1, 'kg', 1000, 1000, 100, '', 'off', 0, FALSE)",
            "INSERT INTO shift_tasks (name, description, with_children, little_french, limited_mobility, at_table) VALUES ('T', '', TRUE, FALSE, TRUE, FALSE)",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap_or_else(|e| panic!("{engine}: {sql}: {e}"));
        }
        pool.close().await;
        // As the server does at start: migrate, then connect to serve.
        server::db::migrate(&db.url).await.unwrap();
        let pool = server::db::connect(&db.url).await.unwrap();
        let flags: Vec<(String, i64)> = sqlx::query_as("SELECT name, active FROM products ORDER BY name").fetch_all(&pool).await.unwrap();
        assert_eq!(flags, [("off".to_string(), 0), ("on".to_string(), 1)], "{engine}");
        let task: (i64, i64, i64, i64) = sqlx::query_as("SELECT with_children, little_french, limited_mobility, at_table FROM shift_tasks").fetch_one(&pool).await.unwrap();
        assert_eq!(task, (1, 0, 1, 0), "{engine}");
        assert!(sqlx::query("UPDATE products SET active = 2").execute(&pool).await.is_err(), "{engine}: a flag is 0 or 1");
        pool.close().await;
    }
}
