//! Funders and impact over real HTTP, on SQLite and PostgreSQL: the
//! treasurer sees the money and not the orders; a generated year's report
//! adds up to what the raw rows say, figure by figure, worked out here
//! independently of the report's queries; the funders' files carry no
//! personal data; grants' notices are told once; money received is
//! appended and reversed once.

use crate::common::TestApp;
use app::domain::indicators::Shown;
use app::funding::ReportView;
use std::collections::{BTreeMap, BTreeSet, HashMap};

const AWA: &str = "awa@exemple.fr";
const TREASURER: &str = "tresorerie@potcommun.fr";
const DAY: i64 = 86_400;

fn day(ts: i64) -> String {
    app::cycles::time::to_day_input(ts)
}

/// A year of 8 cycles × 40 more households × 5 lines, closed.
async fn year(app: &TestApp) -> i64 {
    let now = app::state::now();
    server::seed::seed_year(&app.pool, 8, 40, 5, 17, now).await.unwrap();
    now
}

async fn add_funder(app: &TestApp, client: &reqwest::Client, name: &str) -> i64 {
    let (s, body) = app.call(client, "add_funder", &[("name", name)]).await;
    assert_eq!(s, 200, "{body}");
    app.count(&format!("SELECT id FROM funders WHERE name = '{name}'")).await
}

/// Records a grant through the form; returns its id.
async fn add_grant(app: &TestApp, client: &reqwest::Client, funder: i64, fields: &[(&str, &str)]) -> i64 {
    let funder = funder.to_string();
    let mut form = vec![("funder_id", funder.as_str())];
    form.extend_from_slice(fields);
    let (s, body) = app.call(client, "add_grant", &form).await;
    assert_eq!(s, 200, "{body}");
    app.count("SELECT MAX(id) FROM grants").await
}

async fn report(app: &TestApp, client: &reqwest::Client, from: &str, to: &str, grant: Option<i64>) -> ReportView {
    let g = grant.map(|g| g.to_string()).unwrap_or_default();
    let mut form = vec![("from", from), ("to", to)];
    if grant.is_some() {
        form.push(("grant", g.as_str()));
    }
    let (s, body) = app.call(client, "funding_report", &form).await;
    assert_eq!(s, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// A figure as a funder may read it, from a raw count of households.
fn masked(households: usize, value: i64) -> Shown {
    if households > 0 && households < 5 { Shown::Few } else { Shown::Value(value) }
}

per_engine! {
    async fn the_treasurer_sees_the_money_and_not_the_orders(engine) {
        let app = TestApp::spawn(engine).await;
        let now = year(&app).await;
        let treasurer = app.login(TREASURER).await;
        let awa = app.login(AWA).await;
        let anonymous = app.client();
        let cycle = app.count("SELECT MAX(id) FROM cycles WHERE state = 'distributed'").await;
        let household = app.count(&format!("SELECT household_id FROM accounts WHERE email = '{AWA}'")).await;
        let (from, to) = (day(now - 90 * DAY), day(now));
        let period = format!("du={from}&au={to}");
        for (path, want) in [
            (format!("/coordination/rapport.csv?{period}"), 200),
            (format!("/coordination/rapport.ods?{period}"), 200),
            (format!("/coordination/journal.csv?{period}"), 200),
            (format!("/coordination/cycles/{cycle}/bons.csv"), 403),
            (format!("/coordination/cycles/{cycle}/preparation.csv"), 403),
        ] {
            let res = treasurer.get(app.url(&path)).send().await.unwrap();
            assert_eq!(res.status().as_u16(), want, "treasurer {path}");
            let res = awa.get(app.url(&path)).send().await.unwrap();
            assert_eq!(res.status().as_u16(), 403, "member {path}");
            let res = anonymous.get(app.url(&path)).send().await.unwrap();
            assert_eq!(res.status().as_u16(), 401, "anonymous {path}");
        }
        // Money: yes. What a household ordered, the tables' sheets: no.
        for (f, args, want) in [
            ("funders", vec![], 200),
            ("treasury", vec![], 200),
            ("household_account", vec![("household_id", household.to_string())], 200),
            ("cycle_money", vec![("cycle_id", cycle.to_string())], 200),
            ("cycle_report", vec![("cycle_id", cycle.to_string())], 403),
            ("distribution_sheet", vec![("cycle_id", cycle.to_string())], 403),
            ("order_changes", vec![("cycle_id", cycle.to_string()), ("household_id", household.to_string())], 403),
            ("households", vec![], 403),
        ] {
            let form: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let (s, body) = app.call(&treasurer, f, &form).await;
            assert_eq!(s, want, "treasurer {f}: {body}");
            if want == 200 {
                let (s, _) = app.call(&awa, f, &form).await;
                assert_eq!(s, 403, "member {f}");
            }
        }
        // The cycle's money names no household and shows no order line.
        let (_, body) = app.call(&treasurer, "cycle_money", &[("cycle_id", &cycle.to_string())]).await;
        assert!(!body.contains("Foyer généré"), "{body}");
        // The pages too: the treasurer's menu leads to the money.
        let (s, page) = app.get(&treasurer, "/coordination/financeurs").await;
        assert_eq!(s, 200);
        assert!(page.contains("/coordination/rapport"), "the funders' page links to the report");
        let (s, page) = app.get(&treasurer, "/coordination/cycles").await;
        assert!(matches!(s, 200 | 403) && !page.contains("Cycle généré"), "the cycles' page shows the treasurer nothing: {s}");
    }
}

per_engine! {
    async fn a_year_adds_up_from_the_raw_rows(engine) {
        let app = TestApp::spawn(engine).await;
        let now = year(&app).await;
        let treasurer = app.login(TREASURER).await;
        let (from, to) = (day(now - 120 * DAY), day(now));
        let (start, end) = (app::cycles::time::parse_day(&from).unwrap(), app::cycles::time::add_days(app::cycles::time::parse_day(&to).unwrap(), 1));
        // The demo's grants cover this calendar year; replace them with
        // three whose limits bite: the city pays the tiers up to 50 %, 150 €;
        // the CAF at least half in the first category, 60 €, capped at 2 €
        // per household; the members' support.
        app.count("SELECT COUNT(*) FROM grants").await;
        sqlx::query("DELETE FROM grant_categories").execute(&app.pool).await.unwrap();
        sqlx::query("DELETE FROM grants").execute(&app.pool).await.unwrap();
        let (city, caf, members) = (add_funder(&app, &treasurer, "Ville test").await, add_funder(&app, &treasurer, "CAF test").await, add_funder(&app, &treasurer, "Membres test").await);
        let first_category = app.count("SELECT MIN(id) FROM categories").await.to_string();
        let period = [("from", from.as_str()), ("to", day(now + 200 * DAY).leak() as &str)];
        let city_grant = add_grant(&app, &treasurer, city, &[[("name", "Convention"), ("amount", "150"), ("priority", "2"), ("max_share", "50")].as_slice(), &period].concat()).await;
        let caf_grant = add_grant(&app, &treasurer, caf, &[[("name", "Fonds"), ("amount", "60"), ("priority", "3"), ("cap", "2"), ("min_category", first_category.as_str()), ("min_percent", "50")].as_slice(), &period].concat()).await;
        let members_grant = add_grant(&app, &treasurer, members, &[[("name", "Soutien"), ("source", "members"), ("priority", "1")].as_slice(), &period].concat()).await;
        let produce = app.count("SELECT MAX(id) FROM categories").await.to_string();
        let (s, body) = app.call(&treasurer, "save_funding_settings", &[("mode", "priority"), ("local_km", "60"), ("produce[0]", &produce)]).await;
        assert_eq!(s, 200, "{body}");

        let r = report(&app, &treasurer, &from, &to, None).await;

        // The raw rows, one by one: every line of every closed cycle.
        use sqlx::Row;
        let rows = sqlx::query(&format!(
            "SELECT c.id AS cycle, o.household_id AS household, o.share_percent AS share, p.category_id AS category, l.price_cents AS price, \
             l.qty_milli AS qty, l.line_cents AS due, p.unit AS unit, p.labels AS labels, pr.distance_km AS km \
             FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN cycles c ON c.id = o.cycle_id JOIN products p ON p.id = l.product_id \
             JOIN producers pr ON pr.id = p.producer_id WHERE c.state IN ('closed', 'distributed', 'archived') AND c.closes_at >= {start} AND c.closes_at < {end}"
        ))
        .fetch_all(&app.pool)
        .await
        .unwrap();
        assert!(rows.len() > 1000, "a year of lines: {}", rows.len());
        let (mut goods, mut kg, mut organic, mut local, mut produce_cents, mut solidarity, mut support) = (0i64, 0i64, 0i64, 0i64, 0i64, 0i64, 0i64);
        let mut households = BTreeSet::new();
        let mut by_share: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
        let mut per_cycle: HashMap<i64, i64> = HashMap::new();
        let produce_id: i64 = produce.parse().unwrap();
        for row in &rows {
            let (cycle, household, share): (i64, i64, i64) = (row.get("cycle"), row.get("household"), row.get("share"));
            let (price, qty, due): (i64, i64, i64) = (row.get("price"), row.get("qty"), row.get("due"));
            // Cost at 100 %: price × quantity, rounded once, half up.
            let cost = (price * qty * 2 + 1000) / 2000;
            goods += cost;
            if row.get::<String, _>("unit") == "kg" {
                kg += qty;
            }
            if row.get::<String, _>("labels").contains(",bio,") {
                organic += cost;
            }
            if row.get::<i64, _>("km") <= 60 {
                local += cost;
            }
            if row.get::<i64, _>("category") == produce_id {
                produce_cents += cost;
            }
            if share < 100 {
                solidarity += cost - due;
                *per_cycle.entry(cycle).or_default() += cost - due;
            } else if share > 100 {
                support += due - cost;
            }
            households.insert(household);
            by_share.entry(share).or_default().insert(household);
        }
        let percent = |part: i64| Some((part * 200 + goods) / (goods * 2));
        assert_eq!(r.goods_cents, goods);
        assert_eq!(r.kg_milli, kg);
        assert_eq!(r.organic_percent, percent(organic));
        assert_eq!(r.local_percent, percent(local));
        assert_eq!(r.produce_percent, percent(produce_cents));
        assert_eq!(r.solidarity_cents, solidarity);
        assert_eq!(r.households_total, masked(households.len(), households.len() as i64));
        // Nobody ordered before the period: all are new.
        assert_eq!(r.new_households, r.households_total);
        assert_eq!(r.returning_households, Shown::Value(0));
        let rows_by_total: Vec<Shown> = r.households.iter().map(|row| row.total).collect();
        let expected: Vec<Shown> = by_share.iter().rev().map(|(_, h)| masked(h.len(), h.len() as i64)).collect();
        assert_eq!(rows_by_total, expected, "households by tier, highest share first");
        assert!(rows_by_total.contains(&Shown::Few), "the supporting tier has 4 households: shown as < 5");

        // What the households served said of themselves, added up.
        let (mut said, mut adults, mut kids) = (0usize, 0i64, 0i64);
        for row in sqlx::query("SELECT id, adults, children FROM households WHERE adults IS NOT NULL OR children IS NOT NULL").fetch_all(&app.pool).await.unwrap() {
            if households.contains(&row.get::<i64, _>("id")) {
                said += 1;
                adults += row.get::<Option<i64>, _>("adults").unwrap_or(0);
                kids += row.get::<Option<i64>, _>("children").unwrap_or(0);
            }
        }
        assert!(said >= 5, "one in three generated households said: {said}");
        assert_eq!(r.composition, Some((masked(said, said as i64), masked(said, adults), masked(said, kids))));

        // Each cycle: what grants paid and what none paid add up to its
        // solidarity cost, to the cent.
        assert_eq!(r.cycles.len(), 8);
        let mut paid_by: BTreeMap<String, i64> = BTreeMap::new();
        for c in &r.cycles {
            assert_eq!(c.solidarity_cents, per_cycle[&c.cycle_id], "{}", c.cycle);
            assert_eq!(c.paid.iter().map(|p| p.1).sum::<i64>() + c.unfunded_cents, c.solidarity_cents, "{}", c.cycle);
            for (g, cents) in &c.paid {
                *paid_by.entry(g.clone()).or_default() += cents;
            }
        }
        assert_eq!(r.unfunded_cents, r.cycles.iter().map(|c| c.unfunded_cents).sum::<i64>());
        assert_eq!(paid_by.get("Ville test — Convention").copied().unwrap_or(0), 15_000, "the city's grant is used to the cent: {paid_by:?}");
        assert!(paid_by["CAF test — Fonds"] <= 6_000);
        assert!(paid_by["Membres test — Soutien"] <= support, "members give what they gave: {paid_by:?}, {support}");
        assert!(paid_by["Membres test — Soutien"] > 0);

        // The city's grant: only the tiers at 50 % and below.
        let city_report = report(&app, &treasurer, &from, &to, Some(city_grant)).await;
        let tier_labels: Vec<&str> = city_report.solidarity_by_tier.iter().map(|row| row.label.as_str()).collect();
        assert!(!tier_labels.is_empty() && tier_labels.iter().all(|l| *l == "Solidaire" || *l == "Très solidaire"), "{tier_labels:?}");
        assert_eq!(city_report.solidarity_cents, 15_000);
        // The CAF's: at least half in the first category, at most 2 € a household.
        let caf_report = report(&app, &treasurer, &from, &to, Some(caf_grant)).await;
        let first_name: String = sqlx::query_scalar("SELECT name FROM categories WHERE id = (SELECT MIN(id) FROM categories)").fetch_one(&app.pool).await.unwrap();
        let in_first = caf_report.categories.iter().find(|c| c.name == first_name).map_or(0, |c| c.solidarity.or_zero());
        let all: i64 = caf_report.categories.iter().map(|c| c.solidarity.or_zero()).sum();
        assert!(all > 0 && in_first * 2 >= all, "{in_first} of {all}");
        let caf_households = match caf_report.households_total {
            Shown::Value(n) => n,
            Shown::Few => 4,
        };
        assert!(all <= caf_households * 200, "capped at 2 € a household");
        // The grant's page says the same.
        let (s, body) = app.call(&treasurer, "grant", &[("id", &city_grant.to_string())]).await;
        assert_eq!(s, 200);
        let page: app::funding::GrantView = serde_json::from_str(&body).unwrap();
        assert_eq!((page.grant.used_cents, page.left_cents, page.used_percent), (15_000, 0, 100));
        let (_, body) = app.call(&treasurer, "grant", &[("id", &members_grant.to_string())]).await;
        let page: app::funding::GrantView = serde_json::from_str(&body).unwrap();
        assert_eq!(page.grant.amount_cents, support, "the members' support is what they gave above cost");
    }
}

/// The bytes of one entry of a zip whose entries are stored (an .ods).
fn stored_entry(zip: &[u8], name: &str) -> Vec<u8> {
    let mut at = 0;
    while at + 30 <= zip.len() && zip[at..at + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let le16 = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
        let le32 = |i: usize| u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]) as usize;
        let (size, name_len, extra) = (le32(at + 18), le16(at + 26), le16(at + 28));
        let this = &zip[at + 30..at + 30 + name_len];
        let data = at + 30 + name_len + extra;
        if this == name.as_bytes() {
            assert_eq!(le16(at + 8), 0, "stored");
            return zip[data..data + size].to_vec();
        }
        at = data + size;
    }
    panic!("{name} not in the file")
}

per_engine! {
    async fn the_funders_files_carry_no_personal_data(engine) {
        let app = TestApp::spawn(engine).await;
        let now = year(&app).await;
        let treasurer = app.login(TREASURER).await;
        let period = format!("du={}&au={}", day(now - 120 * DAY), day(now));
        let csv = treasurer.get(app.url(&format!("/coordination/rapport.csv?{period}"))).send().await.unwrap();
        assert_eq!(csv.status().as_u16(), 200);
        assert!(csv.headers()["content-disposition"].to_str().unwrap().contains(".csv"));
        let csv = csv.text().await.unwrap();
        let ods = treasurer.get(app.url(&format!("/coordination/rapport.ods?{period}"))).send().await.unwrap();
        assert_eq!(ods.headers()["content-type"], "application/vnd.oasis.opendocument.spreadsheet");
        let ods = ods.bytes().await.unwrap().to_vec();
        assert_eq!(stored_entry(&ods, "mimetype"), b"application/vnd.oasis.opendocument.spreadsheet");
        let content = String::from_utf8(stored_entry(&ods, "content.xml")).unwrap();
        assert!(content.contains("table:table "), "a spreadsheet");
        // The figures are there…
        for text in [&csv, &content] {
            assert!(text.contains("Foyers servis"), "the households' table");
            assert!(text.contains("&lt; 5") || text.contains("< 5"), "a tier of 4 households is shown as < 5");
        }
        // …and nothing that names a person: every household's name, every
        // account's name, e-mail and phone number of the association.
        use sqlx::Row;
        let mut personal: Vec<String> = Vec::new();
        for row in sqlx::query("SELECT name FROM households").fetch_all(&app.pool).await.unwrap() {
            personal.push(row.get("name"));
        }
        for row in sqlx::query("SELECT display_name, email, phone FROM accounts").fetch_all(&app.pool).await.unwrap() {
            personal.push(row.get("display_name"));
            personal.extend(row.get::<Option<String>, _>("email"));
            if let Some(phone) = row.get::<Option<String>, _>("phone") {
                personal.push(app::domain::text::display_phone(&phone));
                personal.push(phone);
            }
        }
        assert!(personal.len() > 100);
        let cells: Vec<&str> = csv.split([',', '\n', '\r', '"']).chain(content.split(['<', '>'])).map(str::trim).filter(|c| !c.is_empty()).collect();
        for p in &personal {
            assert!(!cells.iter().any(|c| c.contains(p.as_str())), "{p} is in a funder's file");
        }
        // The one line of the supporting tier (4 households) holds no
        // figure: "< 5", or 0 for a month none of them ordered.
        let support_line = csv.lines().find(|l| l.starts_with("Soutien,")).expect("the supporting tier's line");
        assert!(support_line.split(',').skip(1).all(|c| c == "< 5" || c == "0"), "{support_line}");
        assert!(support_line.ends_with(",< 5"), "the period's total: {support_line}");
    }
}

per_engine! {
    async fn a_grant_tells_the_treasurer_once(engine) {
        let app = TestApp::spawn(engine).await;
        let now = year(&app).await;
        let treasurer = app.login(TREASURER).await;
        // Only this test's grants: the demo's may be well used by the year.
        sqlx::query("DELETE FROM grant_categories").execute(&app.pool).await.unwrap();
        sqlx::query("DELETE FROM grants").execute(&app.pool).await.unwrap();
        let funder = add_funder(&app, &treasurer, "Fondation test").await;
        let small = add_grant(&app, &treasurer, funder, &[("name", "Petite"), ("amount", "10"), ("priority", "1"), ("from", &day(now - 100 * DAY)), ("to", &day(now + 100 * DAY))]).await;
        let ended = add_grant(&app, &treasurer, funder, &[("name", "Finie"), ("amount", "100000"), ("priority", "9"), ("from", &day(now - 300 * DAY)), ("to", &day(now - 2 * DAY))]).await;
        let keepers = app.count("SELECT COUNT(*) FROM accounts WHERE role IN ('treasurer', 'coordinator', 'admin')").await;
        assert!(keepers >= 4);
        let told = |kind: &'static str| {
            let sql = format!("SELECT COUNT(*) FROM notifications WHERE kind = '{kind}'");
            let app = &app;
            async move { app.count(&sql).await }
        };
        // Many passes at once, then more: each notice once per person.
        let passes: Vec<_> = (0..4).map(|_| {
            let pool = app.pool.clone();
            tokio::spawn(async move { app::jobs::pass(&pool, now).await.failed.is_empty() })
        }).collect();
        for p in passes {
            assert!(p.await.unwrap());
        }
        app.tick(now + 60).await;
        assert_eq!(told("grant_nearly_used").await, keepers, "the small grant is used up, told once to each");
        assert_eq!(told("grant_ended_left").await, keepers, "the grant that ended with money left, told once to each");
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM grants WHERE id = {small} AND warned_at IS NOT NULL")).await, 1);
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM grants WHERE id = {ended} AND ended_notice_at IS NOT NULL")).await, 1);
        // A member hears nothing of it.
        let awa = app.count(&format!("SELECT id FROM accounts WHERE email = '{AWA}'")).await;
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE account_id = {awa} AND kind LIKE 'grant%'")).await, 0);
    }
}

per_engine! {
    async fn money_received_is_appended_and_reversed_once(engine) {
        let app = TestApp::spawn(engine).await;
        let now = app::state::now();
        let treasurer = app.login(TREASURER).await;
        let funder = add_funder(&app, &treasurer, "Bailleur test").await;
        let grant = add_grant(&app, &treasurer, funder, &[("name", "Aide"), ("amount", "2000"), ("from", &day(now - 10 * DAY)), ("to", &day(now + 300 * DAY))]).await;
        let g = grant.to_string();
        let (s, body) = app.call(&treasurer, "grant_receipt", &[("grant_id", &g), ("day", &day(now)), ("amount", "1500,50")]).await;
        assert_eq!(s, 200, "{body}");
        let receipt = app.count("SELECT MAX(id) FROM grant_receipts").await.to_string();
        // Refused: nothing, a negative, too much, someone else's grant.
        for (amount, grant_id) in [("0", g.as_str()), ("-5", g.as_str()), ("99999999999", g.as_str()), ("5", "999999")] {
            let (s, _) = app.call(&treasurer, "grant_receipt", &[("grant_id", grant_id), ("day", &day(now)), ("amount", amount)]).await;
            assert!((400..500).contains(&s), "{amount} to {grant_id}: {s}");
        }
        let cookie = app.session_cookie(app.count(&format!("SELECT id FROM accounts WHERE email = '{TREASURER}'")).await).await;
        let tries: Vec<_> = (0..10).map(|_| {
            let (url, cookie, g, receipt) = (app.url("/api/reverse_grant_receipt"), cookie.clone(), g.clone(), receipt.clone());
            tokio::spawn(async move {
                reqwest::Client::new().post(url).header("cookie", cookie).form(&[("grant_id", g), ("receipt_id", receipt)]).send().await.unwrap().status().as_u16()
            })
        }).collect();
        let mut statuses = Vec::new();
        for t in tries {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{statuses:?}");
        assert_eq!(app.count(&format!("SELECT CAST(SUM(cents) AS BIGINT) FROM grant_receipts WHERE grant_id = {grant}")).await, 0);
        // The database refuses to edit or delete what was received.
        assert!(sqlx::query("UPDATE grant_receipts SET cents = 1").execute(&app.pool).await.is_err());
        assert!(sqlx::query("DELETE FROM grant_receipts").execute(&app.pool).await.is_err());
        // A grant's limits that cannot hold are refused, with nothing stored.
        let before = app.count("SELECT COUNT(*) FROM grants").await;
        for bad in [
            vec![("name", "X"), ("amount", "100"), ("from", "2026-05-01"), ("to", "2026-04-01")],
            vec![("name", "X"), ("amount", "100"), ("from", "2026-01-01"), ("to", "2026-12-31"), ("max_share", "150")],
            vec![("name", "X"), ("amount", "100"), ("from", "2026-01-01"), ("to", "2026-12-31"), ("cap", "200")],
            vec![("name", "X"), ("amount", "100"), ("from", "2026-01-01"), ("to", "2026-12-31"), ("min_percent", "50")],
            vec![("name", "X"), ("amount", "100"), ("from", "2020-01-01"), ("to", "2026-12-31")],
            vec![("name", &"X".repeat(10_000)), ("amount", "100"), ("from", "2026-01-01"), ("to", "2026-12-31")],
        ] {
            let f = funder.to_string();
            let mut form = vec![("funder_id", f.as_str())];
            form.extend(bad.iter().map(|(k, v)| (*k, *v)));
            let (s, body) = app.call(&treasurer, "add_grant", &form).await;
            assert!((400..500).contains(&s), "{bad:?}: {s} {body}");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM grants").await, before);
    }
}
