//! Every member's language: chosen on the login page before any account,
//! kept through login and on the account, taken from the browser when
//! nobody chose; notices stored as raw values and worded when read.

use crate::common::{text, TestApp};
use app::i18n::{format, in_lang, t_in, Lang};

const AWA: &str = "awa@exemple.fr";
const H: i64 = 3_600;

fn html_lang(html: &str) -> (String, String) {
    let tag = &html[html.find("<html").expect("an html element")..];
    let tag = &tag[..tag.find('>').unwrap()];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3).unwrap_or_else(|| panic!("no {name} in {tag}"));
        tag[at..at + tag[at..].find('"').unwrap()].to_string()
    };
    (attr("lang"), attr("dir"))
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let (status, html) = app.get(client, path).await;
    assert_eq!(status, 200, "{path}: {html}");
    html
}

/// Posts the language form the way a browser without JavaScript does;
/// returns the status, where it sends the browser, and the cookie it sets.
async fn choose(app: &TestApp, client: &reqwest::Client, lang: &str, next: &str) -> (u16, String, String) {
    let res = client.post(app.url("/api/set_language")).header("accept", "text/html").header("referer", app.url("/profil")).form(&[("lang", lang), ("next", next)]).send().await.unwrap();
    let status = res.status().as_u16();
    let location = res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let cookie = res.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find(|c| c.starts_with("lang=")).unwrap_or_default().to_string();
    (status, location, cookie)
}

per_engine! {
    async fn the_language_chosen_on_the_login_page_sticks_through_login(engine) {
        let app = TestApp::spawn(engine).await;
        let phone = app.client();
        // Nobody chose: French, the association's language.
        let login = page(&app, &phone, "/connexion").await;
        assert_eq!(html_lang(&login), ("fr".into(), "ltr".into()), "{engine}");
        // Each language is offered in itself.
        for name in ["Français", "English", "العربية"] {
            assert!(login.contains(name), "{engine}: {name} on the login page");
        }

        let (status, location, cookie) = choose(&app, &phone, "ar", "/connexion?next=%2Fcreneaux").await;
        assert!((300..400).contains(&status), "{engine}: {status}");
        assert_eq!(location, "/connexion?next=%2Fcreneaux", "{engine}: back to the page it came from");
        assert!(cookie.starts_with("lang=ar;") && cookie.contains("Max-Age=31536000"), "{engine}: {cookie}");
        let login = page(&app, &phone, "/connexion").await;
        assert_eq!(html_lang(&login), ("ar".into(), "rtl".into()), "{engine}");
        assert!(text(&login).contains(t_in(Lang::Ar, "login-title")), "{engine}: the login page reads in Arabic");

        // Awa chose nothing before; logging in keeps Arabic, on the account.
        let awa = app.count(&format!("SELECT id FROM accounts WHERE email = '{AWA}'")).await;
        let (status, body) = app.call(&phone, "login", &[("identifier", AWA), ("password", server::seed::DEMO_PASSWORD)]).await;
        assert_eq!(status, 200, "{engine}: {body}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM accounts WHERE id = {awa} AND lang = 'ar'")).await, 1, "{engine}");
        for path in ["/catalogue", "/commande", "/creneaux", "/messages", "/profil"] {
            let html = page(&app, &phone, path).await;
            assert_eq!(html_lang(&html), ("ar".into(), "rtl".into()), "{engine}: {path}");
        }

        // On another phone, whose browser asks for English, Awa's account
        // brings Arabic back at login.
        let other = app.client();
        let english = other.get(app.url("/connexion")).header("accept-language", "en-GB,en;q=0.9").send().await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&english).0, "en", "{engine}: the browser's language when nobody chose");
        let res = other.post(app.url("/api/login")).header("accept-language", "en-GB,en;q=0.9").form(&[("identifier", AWA), ("password", server::seed::DEMO_PASSWORD)]).send().await.unwrap();
        assert!(res.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap_or_default().starts_with("lang=ar;")), "{engine}");
        let html = other.get(app.url("/catalogue")).header("accept-language", "en").send().await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&html).0, "ar", "{engine}");

        // From the profile, English: on the account too.
        let (status, location, _) = choose(&app, &phone, "en", "/profil#langue").await;
        assert!((300..400).contains(&status) && location == "/profil#langue", "{engine}: {status} {location}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM accounts WHERE id = {awa} AND lang = 'en'")).await, 1, "{engine}");
        assert_eq!(html_lang(&page(&app, &phone, "/profil").await), ("en".into(), "ltr".into()), "{engine}");
        // What the page's script gets back from a stepper is in English too.
        app.tick(app::state::now()).await;
        let cycle = app.count("SELECT id FROM cycles WHERE state = 'open'").await.to_string();
        let honey = app.count("SELECT id FROM products WHERE name = 'Miel de lavande'").await.to_string();
        let (status, answer) = app.call(&phone, "basket_line", &[("cycle_id", cycle.as_str()), ("product_id", honey.as_str()), ("qty", "2")]).await;
        assert_eq!(status, 200, "{engine}: {answer}");
        assert!(answer.contains("1 product · €19.00") && answer.contains("\"line\":\"€19.00\""), "{engine}: {answer}");

        // A language we do not speak, or a page elsewhere: refused or kept home.
        let (status, location, cookie) = choose(&app, &phone, "xx", "/catalogue").await;
        assert!(cookie.is_empty() && (status >= 400 || location.contains("__err=")), "{engine}: {status} {location} {cookie}");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM accounts WHERE id = {awa} AND lang = 'en'")).await, 1, "{engine}: unchanged");
        // Logging out forgets the language on this phone: the next person's
        // login must not take it as theirs.
        let res = phone.post(app.url("/api/logout")).send().await.unwrap();
        assert!(res.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap_or_default().starts_with("lang=;")), "{engine}");
        let (_, location, _) = choose(&app, &phone, "fr", "https://ailleurs.example/").await;
        assert!(location.starts_with('/') && !location.starts_with("//"), "{engine}: {location}");
    }
}

per_engine! {
    async fn a_notice_written_in_french_reads_in_arabic_after_the_switch(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        app.tick(now).await;
        let awa = app.login(AWA).await;

        // A cycle opens tomorrow and closes in ten days: the scheduler tells
        // every member, storing the cycle's name and the closing moment.
        let claire = app.count("SELECT id FROM accounts WHERE email = 'claire@potcommun.fr'").await;
        let (opens, closes) = (now + 24 * H, now + 10 * 24 * H);
        app::cycles::repo::create(&app.pool, "Commande de Noël", opens, closes, claire, now).await.unwrap();
        app.tick(opens + H).await;
        use sqlx::Row;
        let stored: String = sqlx::query("SELECT n.params FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE a.email = $1 AND n.kind = 'cycle_opened'")
            .bind(AWA)
            .fetch_one(&app.pool)
            .await
            .unwrap()
            .try_get("params")
            .unwrap();
        assert!(stored.contains(&closes.to_string()) && !stored.contains("décembre") && !stored.contains(" à "), "{engine}: raw values, no words: {stored}");

        let french = text(&page(&app, &awa, "/messages").await);
        let day_fr = in_lang(Lang::Fr, || format::day(closes));
        assert!(french.contains("Commande de Noël") && french.contains(&day_fr), "{engine}: {day_fr} in {french}");

        let (status, _, _) = choose(&app, &awa, "ar", "/messages").await;
        assert!((300..400).contains(&status), "{engine}");
        let arabic = text(&page(&app, &awa, "/messages").await);
        let day_ar = in_lang(Lang::Ar, || format::day(closes));
        assert!(arabic.contains("Commande de Noël"), "{engine}: the cycle's name stays as typed");
        assert!(arabic.contains(&day_ar) && !arabic.contains(&day_fr), "{engine}: {day_ar} in {arabic}");
        let sentence_start: String = t_in(Lang::Ar, "nav-messages").to_string();
        assert!(arabic.contains(&sentence_start), "{engine}: the page around it too");
    }
}

per_engine! {
    async fn purchase_orders_stay_in_the_associations_language(engine) {
        let app = TestApp::spawn(engine).await;
        let claire = app.login("claire@potcommun.fr").await;
        let (status, _, _) = choose(&app, &claire, "en", "/coordination/cycles").await;
        assert!((300..400).contains(&status), "{engine}");
        let cycle = app.count("SELECT MIN(id) FROM cycles").await;
        let cycles = page(&app, &claire, "/coordination/cycles").await;
        assert_eq!(html_lang(&cycles).0, "en", "{engine}: the coordinator reads English");
        // Whatever the cycle's state (an open cycle's orders are not ready
        // yet), the page's frame is the document's.
        let (_, orders) = app.get(&claire, &format!("/coordination/cycles/{cycle}/bons")).await;
        assert!(orders.contains(r#"lang="fr" dir="ltr""#), "{engine}: the document says it is French");
        assert!(text(&orders).contains(t_in(Lang::Fr, "report-print_hint")), "{engine}: handed to French producers in French");
    }
}

per_engine! {
    async fn a_new_member_chooses_their_language_on_the_invitation_page(engine) {
        let app = TestApp::spawn(engine).await;
        let coord = app.login("claire@potcommun.fr").await;
        let res = coord
            .post(app.url("/api/create_household"))
            .form(&[("household_name", "Foyer Haddad"), ("display_name", "Karim Haddad"), ("email", ""), ("phone", "07 70 00 00 09"), ("tier_id", "")])
            .send()
            .await
            .unwrap();
        let location = res.headers()["location"].to_str().unwrap().to_string();
        let token = location.split("invitation=").nth(1).unwrap().to_string();
        let invitation = format!("/invitation/{token}");

        let member = app.client();
        let html = page(&app, &member, &invitation).await;
        assert!(html.contains("العربية") && html.contains("English"), "{engine}: the languages before the password");
        let (status, back, _) = choose(&app, &member, "ar", &invitation).await;
        assert!((300..400).contains(&status) && back == invitation, "{engine}: {status} {back}");
        let html = page(&app, &member, &invitation).await;
        assert_eq!(html_lang(&html), ("ar".into(), "rtl".into()), "{engine}");
        assert!(text(&html).contains("Karim Haddad"), "{engine}: the name as typed");

        let (s, _) = app.call(&member, "accept_invitation", &[("token", &token), ("password", "ma-cle-secrete"), ("confirm", "ma-cle-secrete")]).await;
        assert_eq!(s, 200, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM accounts WHERE display_name = 'Karim Haddad' AND lang = 'ar'").await, 1, "{engine}: kept on the account");
    }
}

per_engine! {
    async fn numbers_typed_in_arabic_digits_are_read(engine) {
        let app = TestApp::spawn(engine).await;
        let admin = app.login("admin@potcommun.fr").await;
        // The digits a phone's Arabic keyboard types (٣٠ = 30, ١٢ = 12).
        let (status, body) = app.call(&admin, "save_settings", &[("order_grace_minutes", "٣٠"), ("shift_cutoff_hours", "١٢")]).await;
        assert_eq!(status, 200, "{engine}: {body}");
        assert_eq!(app.count("SELECT COUNT(*) FROM settings WHERE key = 'order_grace_minutes' AND value = '30'").await, 1, "{engine}");
        assert_eq!(app.count("SELECT COUNT(*) FROM settings WHERE key = 'shift_cutoff_hours' AND value = '12'").await, 1, "{engine}");
        // A login typed on the same keyboard.
        let phone = app.client();
        let (status, body) = app.call(&phone, "login", &[("identifier", "٠٦ ١١ ٢٢ ٣٣ ٢٦"), ("password", server::seed::DEMO_PASSWORD)]).await;
        assert_eq!(status, 200, "{engine}: {body}");
    }
}
