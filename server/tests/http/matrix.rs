//! Every server function, tried two ways, on SQLite and PostgreSQL:
//!
//! - a role matrix: each function registered in the server (the list comes
//!   from the server at run time, compared with the table below: a new
//!   function without an entry fails, and so does an entry without a
//!   function) is called by each role — anonymous, member, table volunteer
//!   out of their window, member of another commission, member of the
//!   commission, volunteer at the table now, coordinator, admin — with valid
//!   arguments, and gets the expected answer: 401, 403, or past the door
//!   (a result, a redirect, or a 4xx that is not about who asks);
//! - a request fuzzer: a few hundred generated requests per function
//!   (missing fields, wrong types, huge and negative numbers, 100 000
//!   characters, invalid UTF-8, other households' and unknown ids, odd
//!   content types and methods) as an anonymous caller, a member and a
//!   coordinator: no 5xx, no panic, and nothing stored by a refused request
//!   (the row count of every table, before and after).

use crate::common::TestApp;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

const AWA: &str = "awa@exemple.fr";
const NADIA: &str = "nadia@exemple.fr";
const AICHA: &str = "aicha@exemple.fr";
const SOPHIE_PHONE: &str = "0611223302";
const YOUSSEF_PHONE: &str = "0611223311";
const CLAIRE: &str = "claire@potcommun.fr";
const ADMIN: &str = "admin@potcommun.fr";
const TREASURER: &str = "tresorerie@potcommun.fr";
const H: i64 = 3600;
const DAY: i64 = 86_400;

// ---- panics ------------------------------------------------------------------

/// Panics in the servers' threads (they run in this process): a handler
/// that panics is turned into a 500 by the catch-panic layer, and counted
/// here too. A failing assertion of another test (on a test's own thread)
/// is not counted.
static PANICS: AtomicUsize = AtomicUsize::new(0);
static PANIC_MESSAGES: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn count_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The server's error lines (a database error behind a 500) in the output.
        let _ = tracing_subscriber::fmt().with_env_filter("error").with_test_writer().try_init();
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(crate::common::SERVER_THREAD) {
                return default(info);
            }
            PANICS.fetch_add(1, Ordering::SeqCst);
            if let Ok(mut m) = PANIC_MESSAGES.lock() {
                m.push(info.to_string());
            }
            default(info);
        }));
    });
}

// ---- the table of server functions -----------------------------------------------

/// Who may call a function.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Anyone signed in.
    Member,
    /// Anyone signed in with a household (the staff have none: 403).
    Household,
    /// The members seated on the commission concerned.
    Commission,
    /// The coordination, and a volunteer on a table shift around now.
    Table,
    /// The coordination, and the workshop's host.
    Host,
    Coordinator,
    Admin,
    /// The treasurer, the coordination and the admin: the money.
    Money,
}

/// What an argument refers to or looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum R {
    OpenCycle,
    ClosedCycle,
    PlannedCycle,
    DoomedCycle,
    Point,
    Household,
    Account,
    /// An order at the first pickup point of the closed cycle, not handed over.
    Order,
    /// An order of the closed cycle already handed over.
    RecordedOrder,
    Product,
    Producer,
    Category,
    Shift,
    DoomedShift,
    Task,
    Workshop,
    DoomedWorkshop,
    CommissionA,
    CommissionB,
    Election,
    Proposal,
    Tier,
    Device,
    Idea,
    /// A top-up on Nadia's household's account.
    Entry,
    Cost,
    Charter,
    Funder,
    Grant,
    GrantReceipt,
}

impl R {
    fn table(self) -> &'static str {
        match self {
            R::OpenCycle | R::ClosedCycle | R::PlannedCycle | R::DoomedCycle => "cycles",
            R::Point => "pickup_points",
            R::Household => "households",
            R::Account => "accounts",
            R::Order | R::RecordedOrder => "orders",
            R::Product => "products",
            R::Producer => "producers",
            R::Category => "categories",
            R::Shift | R::DoomedShift => "shifts",
            R::Task => "shift_tasks",
            R::Workshop | R::DoomedWorkshop => "workshops",
            R::CommissionA | R::CommissionB => "commissions",
            R::Election => "elections",
            R::Proposal => "proposals",
            R::Tier => "price_tiers",
            R::Device => "push_subscriptions",
            R::Idea => "ideas",
            R::Entry => "ledger_entries",
            R::Cost => "price_costs",
            R::Charter => "charters",
            R::Funder => "funders",
            R::Grant => "grants",
            R::GrantReceipt => "grant_receipts",
        }
    }
}

/// A server function argument, with the valid value the matrix sends.
/// Text values may hold `{…}` placeholders, filled in by `fill`.
#[derive(Clone, Copy, Debug)]
enum A {
    /// `i64`, an id.
    Id(R),
    /// `Option<i64>`, an id the matrix sends.
    OptId(R),
    /// `Option<i64>`, the id of a row to edit; the matrix leaves it out (a new row).
    New(R),
    /// `i64`, not an id.
    Int(&'static str),
    /// `String`.
    Text(&'static str),
    /// `Option<String>`: a checkbox or an optional field; "" = left out by the matrix.
    Opt(&'static str),
    /// `Option<Vec<LineInput>>` of an order.
    Lines,
    /// `Option<Vec<OfferInput>>` of a cycle's offer.
    Offer,
    /// `Option<Vec<DeliveryInput>>` of a delivery at reception.
    Delivery,
    /// `Option<Vec<i64>>`.
    Ids(R),
    /// `Option<Vec<String>>`; left out by the matrix.
    Texts(&'static str),
}

struct F {
    name: &'static str,
    access: Access,
    args: &'static [(&'static str, A)],
}

use A::*;
use Access as X;

/// Every server function. Order matters for the matrix: calls that change
/// what later ones see (stepping down, deleting, cancelling) come last.
const FUNCTIONS: &[F] = &[
    // accounts
    F { name: "whoami", access: X::Public, args: &[] },
    F { name: "login", access: X::Public, args: &[("identifier", Text(AWA)), ("password", Text("potcommun")), ("next", Opt("/catalogue"))] },
    F { name: "set_language", access: X::Public, args: &[("lang", Text("ar")), ("next", Opt("/catalogue"))] },
    F { name: "logout", access: X::Public, args: &[] },
    F {
        name: "change_password",
        access: X::Member,
        args: &[("current", Text("pas-le-bon-mot")), ("password", Text("nouveau-mot-de-passe")), ("confirm", Text("nouveau-mot-de-passe"))],
    },
    F { name: "invitation_name", access: X::Public, args: &[("token", Text("{token}"))] },
    F {
        name: "accept_invitation",
        access: X::Public,
        args: &[("token", Text("{token}")), ("password", Text("nouveau-mot-de-passe")), ("confirm", Text("nouveau-mot-de-passe"))],
    },
    F { name: "my_profile", access: X::Member, args: &[] },
    F { name: "set_my_tier", access: X::Household, args: &[("tier_id", Id(R::Tier))] },
    F { name: "households", access: X::Coordinator, args: &[("search", Opt("Foyer"))] },
    F { name: "household", access: X::Coordinator, args: &[("id", Id(R::Household))] },
    F {
        name: "create_household",
        access: X::Coordinator,
        args: &[("household_name", Text("Foyer {uniq}")), ("display_name", Text("Personne {uniq}")), ("email", Text("{email}")), ("phone", Text("")), ("tier_id", Text(""))],
    },
    F {
        name: "add_member",
        access: X::Coordinator,
        args: &[("household_id", Id(R::Household)), ("display_name", Text("Membre {uniq}")), ("email", Text("{email}")), ("phone", Text(""))],
    },
    F { name: "reinvite", access: X::Coordinator, args: &[("account_id", Id(R::Account))] },
    F { name: "invitation_card", access: X::Coordinator, args: &[("token", Text("{token}"))] },
    F { name: "set_household_tier", access: X::Coordinator, args: &[("household_id", Id(R::Household)), ("tier_id", Id(R::Tier))] },
    F { name: "admin_overview", access: X::Admin, args: &[] },
    F {
        name: "save_tier",
        access: X::Admin,
        args: &[("id", New(R::Tier)), ("name", Text("Tarif {uniq}")), ("share_percent", Text("30")), ("description", Text(""))],
    },
    F { name: "create_coordinator", access: X::Admin, args: &[("display_name", Text("Coordination {uniq}")), ("email", Text("{email}")), ("phone", Text("")), ("role", Opt("treasurer"))] },
    F {
        name: "save_settings",
        access: X::Admin,
        args: &[
            ("show_full_price", Opt("")),
            ("order_grace_minutes", Opt("0")),
            ("shift_cutoff_hours", Opt("24")),
            ("association_name", Opt("Pot Commun")),
            ("association_address", Opt("17 rue Octavie, 69100 Villeurbanne")),
        ],
    },
    // orders
    F { name: "order_page", access: X::Member, args: &[("household_id", New(R::Household))] },
    F {
        name: "place_order",
        access: X::Member,
        args: &[
            ("cycle_id", Id(R::OpenCycle)),
            ("pickup_point_id", OptId(R::Point)),
            ("key", Text("{key}")),
            ("lines", Lines),
            ("cancel", Opt("")),
            ("household_id", New(R::Household)),
        ],
    },
    F { name: "basket_page", access: X::Member, args: &[] },
    F {
        name: "basket_line",
        access: X::Member,
        args: &[("cycle_id", Id(R::OpenCycle)), ("product_id", Id(R::Product)), ("qty", Opt("1")), ("step", Opt("1"))],
    },
    F { name: "repeat_last_order", access: X::Member, args: &[("cycle_id", Id(R::OpenCycle))] },
    F { name: "cycle_report", access: X::Coordinator, args: &[("cycle_id", Id(R::ClosedCycle))] },
    F { name: "distribution_sheet", access: X::Table, args: &[("cycle_id", Id(R::ClosedCycle))] },
    F { name: "record_pickup", access: X::Table, args: &[("order_id", Id(R::Order)), ("paid", Text("0,47")), ("method", Text("cash"))] },
    F {
        name: "correct_pickup",
        access: X::Coordinator,
        args: &[("order_id", Id(R::RecordedOrder)), ("paid", Text("2,35")), ("method", Text("card")), ("reason", Text("Erreur de saisie"))],
    },
    F { name: "count_till", access: X::Table, args: &[("cycle_id", Id(R::ClosedCycle)), ("point_id", Id(R::Point)), ("counted", Text("2,35"))] },
    F { name: "past_orders", access: X::Member, args: &[] },
    // ledger
    F { name: "my_account", access: X::Household, args: &[] },
    F { name: "household_account", access: X::Money, args: &[("household_id", Id(R::Household))] },
    F {
        name: "record_entry",
        access: X::Money,
        args: &[
            ("household_id", Id(R::Household)),
            ("kind", Text("payment")),
            ("amount", Text("5")),
            ("method", Opt("cash")),
            ("reference", Opt("")),
            ("note", Opt("")),
            ("in_favour", Opt("")),
            ("key", Text("{key}")),
        ],
    },
    F { name: "receipt", access: X::Member, args: &[("entry_id", Id(R::Entry))] },
    F { name: "cycle_money", access: X::Money, args: &[("cycle_id", Id(R::ClosedCycle))] },
    F {
        name: "save_invoice",
        access: X::Money,
        args: &[("cycle_id", Id(R::ClosedCycle)), ("producer_id", Id(R::Producer)), ("amount", Text("9,40")), ("reference", Text("F-{uniq}"))],
    },
    F { name: "pay_invoice", access: X::Money, args: &[("cycle_id", Id(R::ClosedCycle)), ("producer_id", Id(R::Producer))] },
    F { name: "treasury", access: X::Money, args: &[] },
    F {
        name: "save_treasury_settings",
        access: X::Admin,
        args: &[
            ("members", Text("411")),
            ("sales", Text("707")),
            ("memberships", Text("756")),
            ("cash", Text("530")),
            ("bank", Text("512")),
            ("producers", Text("401")),
            ("purchases", Text("607")),
            ("debt_blocks_ordering", Opt("")),
        ],
    },
    F { name: "reverse_entry", access: X::Money, args: &[("household_id", Id(R::Household)), ("entry_id", Id(R::Entry)), ("note", Text("Erreur de saisie"))] },
    // memberships
    F { name: "my_membership", access: X::Household, args: &[] },
    F { name: "join_membership", access: X::Household, args: &[("charter_id", Id(R::Charter)), ("fee", Opt("")), ("accept", Opt("on"))] },
    F {
        name: "desk_membership",
        access: X::Coordinator,
        args: &[("household_id", Id(R::Household)), ("charter_id", Id(R::Charter)), ("fee", Opt("")), ("paid", Opt("1")), ("method", Opt("cash")), ("accept", Opt("on"))],
    },
    F { name: "membership_register", access: X::Money, args: &[] },
    F { name: "bulk_renew", access: X::Coordinator, args: &[("charter_id", Id(R::Charter)), ("households", Ids(R::Household))] },
    F { name: "publish_charter", access: X::Admin, args: &[("body", Text("Une charte {uniq}."))] },
    F { name: "save_membership_settings", access: X::Admin, args: &[("fee", Text("1")), ("free_amount", Opt("")), ("renewal", Text("09-01")), ("blocks_ordering", Opt(""))] },
    // funding
    F { name: "funders", access: X::Money, args: &[] },
    F { name: "add_funder", access: X::Money, args: &[("name", Text("Financeur {uniq}"))] },
    F {
        name: "add_grant",
        access: X::Money,
        args: &[
            ("funder_id", Id(R::Funder)),
            ("name", Text("Convention {uniq}")),
            ("source", Opt("grant")),
            ("amount", Opt("1000")),
            ("from", Text("{day+0}")),
            ("to", Text("{day+300}")),
            ("priority", Opt("2")),
            ("max_share", Opt("50")),
            ("cap", Opt("")),
            ("min_category", Opt("")),
            ("min_percent", Opt("")),
            ("categories", Ids(R::Category)),
        ],
    },
    F { name: "grant_priority", access: X::Money, args: &[("grant_id", Id(R::Grant)), ("priority", Text("3"))] },
    F { name: "grant_receipt", access: X::Money, args: &[("grant_id", Id(R::Grant)), ("day", Text("{day+0}")), ("amount", Text("500"))] },
    F { name: "reverse_grant_receipt", access: X::Money, args: &[("grant_id", Id(R::Grant)), ("receipt_id", Id(R::GrantReceipt))] },
    F { name: "grant", access: X::Money, args: &[("id", Id(R::Grant))] },
    F { name: "save_funding_settings", access: X::Money, args: &[("mode", Text("priority")), ("local_km", Text("100")), ("produce", Ids(R::Category))] },
    F { name: "funding_report", access: X::Money, args: &[("from", Text("")), ("to", Text("")), ("funder", OptId(R::Funder)), ("grant", OptId(R::Grant))] },
    F { name: "my_composition", access: X::Member, args: &[] },
    F { name: "save_composition", access: X::Household, args: &[("adults", Text("2")), ("kids", Text("1"))] },
    F { name: "reception", access: X::Coordinator, args: &[("cycle_id", Id(R::ClosedCycle))] },
    F { name: "record_delivery", access: X::Coordinator, args: &[("cycle_id", Id(R::ClosedCycle)), ("lines", Delivery)] },
    F { name: "order_changes", access: X::Coordinator, args: &[("cycle_id", Id(R::ClosedCycle)), ("household_id", Id(R::Household))] },
    // shifts
    F { name: "shift_board", access: X::Member, args: &[] },
    F { name: "sign_up_for_shift", access: X::Member, args: &[("shift_id", Id(R::Shift))] },
    F { name: "withdraw_from_shift", access: X::Member, args: &[("shift_id", Id(R::Shift))] },
    F { name: "shift_coverage", access: X::Coordinator, args: &[("cycle_id", Id(R::ClosedCycle))] },
    F {
        name: "create_shift",
        access: X::Coordinator,
        args: &[
            ("cycle_id", Id(R::OpenCycle)),
            ("task_id", Id(R::Task)),
            ("place", Text("")),
            ("day", Text("{day+2}")),
            ("start", Text("10:00")),
            ("end", Text("12:00")),
            ("needed", Text("2")),
            ("notes", Text("")),
        ],
    },
    F { name: "set_shift_needed", access: X::Coordinator, args: &[("shift_id", Id(R::Shift)), ("needed", Text("3"))] },
    F { name: "copy_shifts", access: X::Coordinator, args: &[("cycle_id", Id(R::PlannedCycle))] },
    F { name: "add_volunteer", access: X::Coordinator, args: &[("shift_id", Id(R::Shift)), ("account_id", Id(R::Account))] },
    F { name: "remove_volunteer", access: X::Coordinator, args: &[("shift_id", Id(R::Shift)), ("account_id", Id(R::Account))] },
    F {
        name: "mark_attendance",
        access: X::Coordinator,
        args: &[("shift_id", Id(R::Shift)), ("account_id", Id(R::Account)), ("status", Text("done"))],
    },
    F { name: "delete_shift", access: X::Coordinator, args: &[("shift_id", Id(R::DoomedShift)), ("confirmed", Opt("yes"))] },
    F { name: "shift_tasks", access: X::Coordinator, args: &[] },
    F {
        name: "save_shift_task",
        access: X::Coordinator,
        args: &[
            ("id", New(R::Task)),
            ("name", Text("Tâche {uniq}")),
            ("description", Text("Ce qu’il y a à faire.")),
            ("with_children", Opt("on")),
            ("little_french", Opt("")),
            ("limited_mobility", Opt("")),
            ("at_table", Opt("")),
        ],
    },
    // cycles
    F { name: "cycles", access: X::Coordinator, args: &[] },
    F { name: "cycle", access: X::Coordinator, args: &[("id", Id(R::ClosedCycle))] },
    F {
        name: "create_cycle",
        access: X::Coordinator,
        args: &[("name", Text("Cycle {uniq}")), ("opens", Text("{when+240}")), ("closes", Text("{when+360}")), ("overlap_ok", Opt("on"))],
    },
    F {
        name: "set_pickup",
        access: X::Coordinator,
        args: &[("cycle_id", Id(R::PlannedCycle)), ("pickup_point_id", Id(R::Point)), ("day", Text("{day+17}")), ("start", Text("17:00")), ("end", Text("19:00"))],
    },
    F { name: "coordination_todo", access: X::Coordinator, args: &[] },
    F {
        name: "edit_cycle",
        access: X::Coordinator,
        args: &[("cycle_id", Id(R::PlannedCycle)), ("name", Text("Cycle {uniq}")), ("opens", Text("{when+240}")), ("closes", Text("{when+360}")), ("overlap_ok", Opt("on"))],
    },
    F { name: "remove_pickup", access: X::Coordinator, args: &[("cycle_id", Id(R::PlannedCycle)), ("window_id", Int("1"))] },
    F { name: "move_cycle", access: X::Coordinator, args: &[("cycle_id", Id(R::DoomedCycle)), ("to", Text("cancelled")), ("confirmed", Opt("yes"))] },
    F { name: "pickup_points", access: X::Coordinator, args: &[] },
    F {
        name: "save_pickup_point",
        access: X::Coordinator,
        args: &[("id", New(R::Point)), ("name", Text("Lieu {uniq}")), ("address", Text("1 rue de la Paix, Lyon")), ("access_notes", Text(""))],
    },
    F { name: "cycle_offer", access: X::Coordinator, args: &[("cycle_id", Id(R::PlannedCycle))] },
    F { name: "save_cycle_offer", access: X::Coordinator, args: &[("cycle_id", Id(R::PlannedCycle)), ("lines", Offer)] },
    // notifications
    F { name: "notices", access: X::Member, args: &[] },
    F { name: "unread_notices", access: X::Public, args: &[] },
    F { name: "push_settings", access: X::Member, args: &[] },
    F {
        name: "subscribe_push",
        access: X::Member,
        args: &[("endpoint", Text("https://localhost/push/{uniq}")), ("p256dh", Text("{p256dh}")), ("auth", Text("{auth}")), ("device", Text("Téléphone"))],
    },
    F { name: "remove_push_device", access: X::Member, args: &[("device_id", Id(R::Device))] },
    F { name: "set_push_choice", access: X::Member, args: &[("choice", Text("{choice}")), ("wanted", Text("yes"))] },
    // catalogue
    F { name: "catalogue", access: X::Member, args: &[("q", Text("pain")), ("category", Int("0")), ("label", Text("")), ("page", Int("1"))] },
    F { name: "categories", access: X::Member, args: &[] },
    F { name: "price_explained", access: X::Member, args: &[("product_id", Id(R::Product))] },
    F { name: "costs", access: X::Coordinator, args: &[] },
    F {
        name: "add_cost",
        access: X::Coordinator,
        args: &[("name", Text("Stockage {uniq}")), ("kind", Text("percent")), ("amount", Text("2,5")), ("scope", Text("all")), ("category_id", Opt("")), ("product_id", Opt("")), ("cycle_id", Opt(""))],
    },
    F { name: "withdraw_cost", access: X::Coordinator, args: &[("id", Id(R::Cost))] },
    F { name: "producers", access: X::Coordinator, args: &[] },
    F {
        name: "save_producer",
        access: X::Coordinator,
        args: &[("id", New(R::Producer)), ("name", Text("Ferme {uniq}")), ("place", Text("Vienne")), ("distance_km", Text("30")), ("story", Text("")), ("contact", Text(""))],
    },
    F { name: "save_category", access: X::Coordinator, args: &[("id", New(R::Category)), ("name", Text("Rayon {uniq}")), ("position", Text("5"))] },
    F { name: "product_rows", access: X::Coordinator, args: &[("q", Text("")), ("page", Int("1"))] },
    F { name: "product_editor", access: X::Coordinator, args: &[("id", OptId(R::Product))] },
    F {
        name: "save_product",
        access: X::Coordinator,
        args: &[
            ("id", New(R::Product)),
            ("name", Text("Produit {uniq}")),
            ("description", Text("")),
            ("producer_id", Id(R::Producer)),
            ("category_id", Id(R::Category)),
            ("unit", Text("kg")),
            ("step", Text("1")),
            ("min", Text("1")),
            ("price", Text("3,20")),
            ("label_bio", Opt("on")),
            ("label_local", Opt("")),
            ("label_vrac", Opt("")),
            ("label_equitable", Opt("")),
            ("photo_url", Text("")),
            ("active", Opt("on")),
            ("cap_household", Text("")),
            ("cap_cycle", Text("")),
        ],
    },
    // governance
    F { name: "governance", access: X::Member, args: &[] },
    F {
        name: "create_commission",
        access: X::Coordinator,
        args: &[
            ("name", Text("Commission {uniq}")),
            ("scope", Text("life")),
            ("description", Text("")),
            ("seats", Text("3")),
            ("term_days", Text("365")),
            ("quorum_percent", Text("50")),
            ("majority", Text("simple")),
        ],
    },
    F { name: "open_election", access: X::Coordinator, args: &[("commission_id", Id(R::CommissionB)), ("voting", Text("{when+48}")), ("closes", Text("{when+96}"))] },
    F { name: "election", access: X::Member, args: &[("id", Id(R::Election))] },
    F { name: "stand", access: X::Member, args: &[("election_id", Id(R::Election)), ("statement", Text("Je me présente.")), ("photo_url", Text(""))] },
    F { name: "cast_ballot", access: X::Member, args: &[("election_id", Id(R::Election)), ("choices", Ids(R::Account))] },
    F { name: "send_idea", access: X::Member, args: &[("commission_id", Id(R::CommissionA)), ("body", Text("Des œufs de la ferme voisine"))] },
    F {
        name: "open_proposal",
        access: X::Commission,
        args: &[
            ("commission_id", Id(R::CommissionA)),
            ("title", Text("Règle {uniq}")),
            ("reasons", Text("Parce que.")),
            ("kind", Text("free")),
            ("closes", Text("{when+3}")),
            ("secret", Opt("")),
            ("idea_id", New(R::Idea)),
            ("product_id", New(R::Product)),
            ("producer_id", New(R::Producer)),
            ("category_id", New(R::Category)),
            ("name", Opt("")),
            ("description", Opt("")),
            ("unit", Opt("")),
            ("step", Opt("")),
            ("min", Opt("")),
            ("price", Opt("")),
            ("labels", Texts("bio")),
            ("photo_url", Opt("")),
        ],
    },
    F { name: "proposal", access: X::Member, args: &[("id", Id(R::Proposal))] },
    F { name: "vote", access: X::Commission, args: &[("proposal_id", Id(R::Proposal)), ("choice", Text("for"))] },
    F { name: "comment", access: X::Member, args: &[("proposal_id", Id(R::Proposal)), ("body", Text("D’accord."))] },
    // workshops
    F { name: "workshops", access: X::Member, args: &[] },
    F {
        name: "propose_workshop",
        access: X::Member,
        args: &[
            ("title", Text("Atelier {uniq}")),
            ("description", Text("On cuisine ensemble.")),
            ("cohosts", Text("")),
            ("day", Text("{day+12}")),
            ("start", Text("14:00")),
            ("end", Text("16:00")),
            ("place", Text("Local")),
            ("places", Text("8")),
            ("price_note", Text("")),
            ("bring", Text("")),
            ("languages", Text("")),
            ("children_welcome", Opt("on")),
            ("photo_url", Text("")),
        ],
    },
    F { name: "decide_workshop", access: X::Coordinator, args: &[("workshop_id", Id(R::Workshop)), ("decision", Text("approve")), ("reason", Text(""))] },
    F { name: "sign_up_workshop", access: X::Member, args: &[("workshop_id", Id(R::Workshop)), ("children", Opt("0")), ("waitlist", Opt(""))] },
    F { name: "withdraw_workshop", access: X::Member, args: &[("workshop_id", Id(R::Workshop))] },
    F { name: "workshop_host", access: X::Host, args: &[("workshop_id", Id(R::Workshop))] },
    F {
        name: "mark_workshop_attendance",
        access: X::Host,
        args: &[("workshop_id", Id(R::Workshop)), ("account_id", Id(R::Account)), ("attended", Text("yes"))],
    },
    F { name: "cancel_workshop", access: X::Coordinator, args: &[("workshop_id", Id(R::DoomedWorkshop)), ("message", Text("Annulé, désolé."))] },
    // Last: a seat given up is gone for the calls after it.
    F { name: "step_down", access: X::Member, args: &[("commission_id", Id(R::CommissionB))] },
];

/// Functions that hash a password: sent two at a time (the server hashes a
/// few at once and turns the rest away after 10 s with 503), and fewer.
const HASHING: &[&str] = &["login", "change_password", "accept_invitation"];

/// Tables a refused request writes on purpose: a wrong password or a
/// made-up invitation link is counted, that is how guessing is slowed.
fn written_when_refused(function: &str) -> &'static [&'static str] {
    match function {
        "login" | "accept_invitation" => &["login_throttle"],
        _ => &[],
    }
}

// ---- roles -----------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Anonymous,
    /// Awa, a member.
    Member,
    /// Sophie, on a distribution (table) shift days from now.
    VolunteerOut,
    /// Aïcha, seated on commission B (governance calls are about A).
    OtherCommission,
    /// Nadia, seated on commission A (the positive case of `Commission`).
    Seated,
    /// Youssef, on a till (table) shift at the first point right now (the
    /// positive case of `Table`).
    AtTable,
    /// The treasurer: the money, not the orders; no household.
    Treasurer,
    Coordinator,
    Admin,
}

const ROLES: [Role; 9] =
    [Role::Anonymous, Role::Member, Role::VolunteerOut, Role::OtherCommission, Role::Seated, Role::AtTable, Role::Treasurer, Role::Coordinator, Role::Admin];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// Past the door: a result, a redirect, or a 4xx about the request
    /// itself (not 401/403), never a 5xx.
    Allowed,
    Unauthenticated,
    Forbidden,
}

fn expected(access: Access, role: Role) -> Expect {
    use Expect::*;
    let staff = matches!(role, Role::Coordinator | Role::Admin);
    match (access, role) {
        (Access::Public, _) => Allowed,
        (_, Role::Anonymous) => Unauthenticated,
        (Access::Member, _) => Allowed,
        (Access::Money, Role::Treasurer) => Allowed,
        (Access::Money, _) => {
            if staff {
                Allowed
            } else {
                Forbidden
            }
        }
        (Access::Household, _) => {
            if staff || role == Role::Treasurer {
                Forbidden
            } else {
                Allowed
            }
        }
        (Access::Commission, Role::Seated) => Allowed,
        (Access::Commission, _) => Forbidden,
        (Access::Table, Role::AtTable) => Allowed,
        (Access::Table | Access::Host | Access::Coordinator, _) => {
            if staff {
                Allowed
            } else {
                Forbidden
            }
        }
        (Access::Admin, Role::Admin) => Allowed,
        (Access::Admin, _) => Forbidden,
    }
}

// ---- the state both tests start from ----------------------------------------------

/// A demo association with something everywhere: a closed cycle with orders
/// (one handed over), an open cycle with an order, a planned one, volunteers
/// on table shifts in and out of their window, two commissions with members
/// and an open proposal.
struct Ctx {
    ids: BTreeMap<R, i64>,
    accounts: BTreeMap<&'static str, i64>,
    now: i64,
}

impl Ctx {
    fn id(&self, r: R) -> i64 {
        self.ids[&r]
    }

    fn account(&self, role: Role) -> Option<i64> {
        let key = match role {
            Role::Anonymous => return None,
            Role::Member => AWA,
            Role::VolunteerOut => SOPHIE_PHONE,
            Role::OtherCommission => AICHA,
            Role::Seated => NADIA,
            Role::AtTable => YOUSSEF_PHONE,
            Role::Treasurer => TREASURER,
            Role::Coordinator => CLAIRE,
            Role::Admin => ADMIN,
        };
        Some(self.accounts[key])
    }
}

static UNIQUE: AtomicU64 = AtomicU64::new(1);

/// Fills the placeholders of a value.
fn fill(template: &str, now: i64) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + end];
        let n = UNIQUE.fetch_add(1, Ordering::SeqCst);
        let value = match name {
            "uniq" => format!("{n}"),
            "email" => format!("matrice{n}@exemple.fr"),
            "key" => format!("matrice-{n:08}-cle-unique"),
            "token" => format!("jeton-invente-{n:08}-abcdefghijklmnop"),
            "p256dh" => format!("B{}", "A".repeat(86)),
            "auth" => "A".repeat(22),
            "choice" => app::notifications::push_choices(false)[0].to_string(),
            other => {
                if let Some(h) = other.strip_prefix("when+") {
                    app::cycles::time::to_input(now + h.parse::<i64>().unwrap() * H)
                } else if let Some(d) = other.strip_prefix("day+") {
                    app::cycles::time::to_input(now + d.parse::<i64>().unwrap() * DAY)[..10].to_string()
                } else {
                    panic!("unknown placeholder {other}")
                }
            }
        };
        out.push_str(&value);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(std::time::Duration::from_secs(60)).build().unwrap()
}

/// Posts a server function with a session cookie (or none).
async fn post(app: &TestApp, cookie: Option<&str>, endpoint: &str, form: &[(String, String)]) -> (u16, String) {
    let mut req = http().post(app.url(&format!("/api/{endpoint}"))).form(form);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

fn pairs(p: &[(&str, String)]) -> Vec<(String, String)> {
    p.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

async fn setup(app: &TestApp) -> Ctx {
    let now = app::state::now();
    app.tick(now).await; // opens the demo cycle
    let mut accounts = BTreeMap::new();
    for email in [AWA, NADIA, AICHA, CLAIRE, ADMIN, TREASURER] {
        accounts.insert(email, app.count(&format!("SELECT id FROM accounts WHERE email = '{email}'")).await);
    }
    for phone in [SOPHIE_PHONE, YOUSSEF_PHONE] {
        accounts.insert(phone, app.count(&format!("SELECT id FROM accounts WHERE phone = '{phone}'")).await);
    }
    let cookie = |email: &'static str| {
        let id = accounts[email];
        async move { app.session_cookie(id).await }
    };
    let (claire, nadia, aicha, awa) = (cookie(CLAIRE).await, cookie(NADIA).await, cookie(AICHA).await, cookie(AWA).await);
    let mut ids = BTreeMap::new();

    // The demo cycle: Nadia orders at the first point, Aïcha at the second,
    // then it closes and Aïcha's order is handed over.
    let c1 = app.count("SELECT id FROM cycles WHERE name = 'Commande de la semaine'").await;
    let point = |n: i64| {
        let sql = format!("SELECT pickup_point_id FROM cycle_pickups WHERE cycle_id = {c1} ORDER BY pickup_point_id LIMIT 1 OFFSET {n}");
        async move { app.count(&sql).await }
    };
    let (p1, p2) = (point(0).await, point(1).await);
    let lentils = app.count("SELECT id FROM products WHERE name = 'Lentilles vertes'").await;
    let order = |cycle: i64, point: i64, key: &'static str| {
        pairs(&[
            ("cycle_id", cycle.to_string()),
            ("pickup_point_id", point.to_string()),
            ("key", key.to_string()),
            ("lines[0][product]", lentils.to_string()),
            ("lines[0][qty]", "1".to_string()),
        ])
    };
    assert_eq!(post(app, Some(&nadia), "place_order", &order(c1, p1, "matrice-commande-nadia")).await.0, 200);
    assert_eq!(post(app, Some(&aicha), "place_order", &order(c1, p2, "matrice-commande-aicha")).await.0, 200);
    let (s, body) = post(app, Some(&claire), "move_cycle", &pairs(&[("cycle_id", c1.to_string()), ("to", "closed".into()), ("confirmed", "yes".into())])).await;
    assert_eq!(s, 200, "{body}");
    let order_of = |email: &str| format!("SELECT o.id FROM orders o JOIN accounts a ON a.household_id = o.household_id WHERE a.email = '{email}' AND o.cycle_id = {c1}");
    let (nadia_order, aicha_order) = (app.count(&order_of(NADIA)).await, app.count(&order_of(AICHA)).await);
    let (s, body) = post(app, Some(&claire), "record_pickup", &pairs(&[("order_id", aicha_order.to_string()), ("paid", "2,35".into()), ("method", "cash".into())])).await;
    assert_eq!(s, 200, "{body}");

    // A second cycle open now, where Awa has ordered; two planned ones.
    let claire_id = accounts[CLAIRE];
    let c2 = app::cycles::repo::create(&app.pool, "Cycle suivant", now - 60, now + 5 * DAY, claire_id, now).await.unwrap();
    let c3 = app::cycles::repo::create(&app.pool, "Cycle prévu", now + 10 * DAY, now + 15 * DAY, claire_id, now).await.unwrap();
    let c4 = app::cycles::repo::create(&app.pool, "Cycle à annuler", now + 20 * DAY, now + 25 * DAY, claire_id, now).await.unwrap();
    for (c, closes) in [(c2, now + 5 * DAY), (c3, now + 15 * DAY), (c4, now + 25 * DAY)] {
        for p in [p1, p2] {
            assert!(app::cycles::repo::set_pickup(&app.pool, c, p, closes + DAY, closes + DAY + 2 * H).await.unwrap());
        }
    }
    app.tick(now).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM cycles WHERE id = {c2} AND state = 'open'")).await, 1);
    assert_eq!(post(app, Some(&awa), "place_order", &order(c2, p1, "matrice-commande-awa")).await.0, 200);

    // Table shifts of the closed cycle at the first point: Sophie's days
    // away, Youssef's around now.
    let shift = |task: &'static str, point: i64| {
        let sql = format!("SELECT s.id FROM shifts s JOIN shift_tasks t ON t.id = s.task_id WHERE t.name = '{task}' AND s.pickup_point_id = {point}");
        async move { app.count(&sql).await }
    };
    let (distribution, till, tidying, tidying2) = (shift("Distribution", p1).await, shift("Caisse", p1).await, shift("Rangement", p1).await, shift("Rangement", p2).await);
    for (shift, who) in [(distribution, SOPHIE_PHONE), (till, YOUSSEF_PHONE)] {
        let done = app::shifts::repo::sign_up(&app.pool, shift, accounts[who], None, now).await.unwrap();
        assert!(matches!(done, app::shifts::repo::SignUp::Done), "{who} on shift {shift}");
    }
    exec(app, &format!("UPDATE shifts SET starts_at = {}, ends_at = {} WHERE id = {till}", now - H, now + H)).await;

    // Commission A (the demo's) with Nadia seated and her open proposal;
    // commission B with Aïcha seated.
    let commission_a = app.count("SELECT id FROM commissions WHERE name = 'Commission des produits'").await;
    let b = app::governance::repo::NewCommission {
        name: "Commission vie du groupement".into(),
        scope: app::domain::governance::Scope::Life,
        description: String::new(),
        seats: 3,
        term_days: 365,
        quorum_percent: 50,
        majority: app::domain::governance::Majority::Simple,
    };
    let commission_b = app::governance::repo::create_commission(&app.pool, &b, claire_id, now).await.unwrap().unwrap();
    for (c, who) in [(commission_a, NADIA), (commission_b, AICHA)] {
        exec(app, &format!("INSERT INTO commission_seats (commission_id, account_id, from_at, until_at) VALUES ({c}, {}, {}, {})", accounts[who], now - 10, now + 30 * DAY)).await;
    }
    let proposal = pairs(&[
        ("commission_id", commission_a.to_string()),
        ("title", "Une règle".into()),
        ("reasons", "Parce que.".into()),
        ("kind", "free".into()),
        ("closes", app::cycles::time::to_input(now + 3 * H)),
    ]);
    let (s, body) = post(app, Some(&nadia), "open_proposal", &proposal).await;
    assert_eq!(s, 200, "{body}");

    ids.insert(R::OpenCycle, c2);
    ids.insert(R::ClosedCycle, c1);
    ids.insert(R::PlannedCycle, c3);
    ids.insert(R::DoomedCycle, c4);
    ids.insert(R::Point, p1);
    ids.insert(R::Household, app.count(&format!("SELECT household_id FROM accounts WHERE email = '{NADIA}'")).await);
    ids.insert(R::Account, accounts[AWA]);
    ids.insert(R::Order, nadia_order);
    ids.insert(R::RecordedOrder, aicha_order);
    ids.insert(R::Product, lentils);
    ids.insert(R::Producer, app.count("SELECT MIN(id) FROM producers").await);
    ids.insert(R::Category, app.count("SELECT MIN(id) FROM categories").await);
    ids.insert(R::Shift, tidying);
    ids.insert(R::DoomedShift, tidying2);
    ids.insert(R::Task, app.count("SELECT id FROM shift_tasks WHERE name = 'Rangement'").await);
    ids.insert(R::Workshop, app.count("SELECT MIN(id) FROM workshops").await);
    ids.insert(R::DoomedWorkshop, app.count("SELECT MAX(id) FROM workshops").await);
    ids.insert(R::CommissionA, commission_a);
    ids.insert(R::CommissionB, commission_b);
    ids.insert(R::Election, app.count("SELECT MIN(id) FROM elections").await);
    ids.insert(R::Proposal, app.count("SELECT MAX(id) FROM proposals").await);
    ids.insert(R::Tier, app.count(&format!("SELECT MIN(id) FROM price_tiers WHERE share_percent = 50")).await);
    ids.insert(R::Device, 999_999);
    ids.insert(R::Idea, 999_999);
    // Money: a top-up on Nadia's account, a cost, the charter in force.
    let nadia_household = app.count(&format!("SELECT household_id FROM accounts WHERE email = '{NADIA}'")).await;
    exec(app, &format!("INSERT INTO ledger_entries (household_id, kind, amount_cents, method, recorded_by, at) VALUES ({nadia_household}, 'top_up', -2000, 'cash', {claire_id}, {now})")).await;
    ids.insert(R::Entry, app.count("SELECT MAX(id) FROM ledger_entries").await);
    exec(app, &format!("INSERT INTO price_costs (name, kind, amount_cents, scope, created_by, created_at) VALUES ('Transport', 'per_unit', 10, 'all', {claire_id}, {now})")).await;
    ids.insert(R::Cost, app.count("SELECT MAX(id) FROM price_costs").await);
    ids.insert(R::Charter, app.count("SELECT MAX(id) FROM charters").await);
    // Funding: a funder, its grant, money received for it.
    exec(app, &format!("INSERT INTO funders (name, created_at) VALUES ('Ville de la matrice', {now})")).await;
    ids.insert(R::Funder, app.count("SELECT MAX(id) FROM funders").await);
    exec(app, &format!(
        "INSERT INTO grants (funder_id, name, amount_cents, starts_at, ends_at, created_by, created_at) VALUES ({}, 'Convention', 100000, {}, {}, {claire_id}, {now})",
        ids[&R::Funder], now - 30 * DAY, now + 300 * DAY
    )).await;
    ids.insert(R::Grant, app.count("SELECT MAX(id) FROM grants").await);
    exec(app, &format!("INSERT INTO grant_receipts (grant_id, received_at, cents, recorded_by, recorded_at) VALUES ({}, {now}, 50000, {claire_id}, {now})", ids[&R::Grant])).await;
    ids.insert(R::GrantReceipt, app.count("SELECT MAX(id) FROM grant_receipts").await);
    Ctx { ids, accounts, now }
}

/// The form the matrix sends: every argument with a valid value.
fn valid_form(f: &F, ctx: &Ctx) -> Vec<(String, String)> {
    let mut form = Vec::new();
    for (name, a) in f.args {
        let name = name.to_string();
        match *a {
            Id(r) | OptId(r) => form.push((name, ctx.id(r).to_string())),
            New(_) | Texts(_) => {}
            Int(v) | Text(v) => form.push((name, fill(v, ctx.now))),
            Opt("") => {}
            Opt(v) => form.push((name, fill(v, ctx.now))),
            Ids(r) => form.push((format!("{name}[0]"), ctx.id(r).to_string())),
            Lines => {
                form.push((format!("{name}[0][product]"), ctx.id(R::Product).to_string()));
                form.push((format!("{name}[0][qty]"), "1".into()));
            }
            Offer => {
                form.push((format!("{name}[0][product]"), ctx.id(R::Product).to_string()));
                form.push((format!("{name}[0][offered]"), "on".into()));
                form.push((format!("{name}[0][cap]"), String::new()));
            }
            Delivery => {
                form.push((format!("{name}[0][product]"), ctx.id(R::Product).to_string()));
                form.push((format!("{name}[0][received]"), "1".into()));
            }
        }
    }
    form
}

/// The server functions the server registered: (endpoint name, method).
fn registered() -> BTreeMap<String, String> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, method)| (path.strip_prefix("/api/").unwrap_or(path).to_string(), method.to_string()))
        .collect()
}

fn table_matches_server() -> Vec<String> {
    let registered = registered();
    let table: BTreeSet<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
    let mut problems = Vec::new();
    assert_eq!(table.len(), FUNCTIONS.len(), "a function is listed twice in the table");
    for (name, method) in &registered {
        if !table.contains(name.as_str()) {
            problems.push(format!("server function `{name}` ({method}) has no entry in the table of tests/matrix.rs: say who may call it"));
        }
        if method != "POST" {
            problems.push(format!("server function `{name}` answers {method}: the matrix and the fuzzer post"));
        }
    }
    for name in &table {
        if !registered.contains_key(*name) {
            problems.push(format!("tests/matrix.rs has an entry for `{name}`, which the server does not register"));
        }
    }
    problems
}

// ---- the role matrix ----------------------------------------------------------------

per_engine! {
    async fn every_server_function_answers_each_role_as_expected(engine) {
        count_panics();
        let problems = table_matches_server();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let started = std::time::Instant::now();
        let app = TestApp::spawn(engine).await;
        let ctx = setup(&app).await;
        let client = http();
        let mut failures = Vec::new();
        let mut lines = Vec::new();
        for f in FUNCTIONS {
            let mut line = format!("{:<26}", f.name);
            let mut passed_the_door = false;
            for role in ROLES {
                // A fresh session for each call: a logout or a password
                // change does not spill over to the next call.
                let cookie = match ctx.account(role) {
                    Some(id) => Some(app.session_cookie(id).await),
                    None => None,
                };
                let form = valid_form(f, &ctx);
                let mut req = client.post(app.url(&format!("/api/{}", f.name))).form(&form);
                if let Some(c) = &cookie {
                    req = req.header("cookie", c);
                }
                let res = req.send().await.unwrap();
                let status = res.status().as_u16();
                let body = res.text().await.unwrap_or_default();
                let want = expected(f.access, role);
                let ok = match want {
                    Expect::Unauthenticated => status == 401,
                    Expect::Forbidden => status == 403,
                    Expect::Allowed => status < 500 && status != 401 && status != 403 && !body.contains("error-bad_form"),
                };
                if !ok {
                    let short: String = body.chars().take(300).collect();
                    failures.push(format!("{engine}: {} as {role:?}: expected {want:?}, got {status}: {short}", f.name));
                }
                if want == Expect::Allowed && status < 400 {
                    passed_the_door = true;
                }
                line.push_str(&format!(" {status}"));
            }
            if !passed_the_door {
                line.push_str("   (no allowed role got a result or redirect: refused for what it asked, see above)");
            }
            lines.push(line);
        }
        println!("role matrix, {engine} — statuses by role: {:?}", ROLES);
        for l in &lines {
            println!("  {l}");
        }
        println!("role matrix, {engine}: {} functions × {} roles in {:.1} s", FUNCTIONS.len(), ROLES.len(), started.elapsed().as_secs_f64());
        assert!(failures.is_empty(), "{} unexpected answers:\n{}", failures.len(), failures.join("\n"));
        let panics = PANICS.load(Ordering::SeqCst);
        assert_eq!(panics, 0, "panics: {:?}", PANIC_MESSAGES.lock().unwrap());
    }
}

#[test]
fn the_expectations_follow_the_roles() {
    assert_eq!(expected(Access::Member, Role::Anonymous), Expect::Unauthenticated);
    assert_eq!(expected(Access::Coordinator, Role::Member), Expect::Forbidden);
    assert_eq!(expected(Access::Admin, Role::Coordinator), Expect::Forbidden);
    assert_eq!(expected(Access::Admin, Role::Admin), Expect::Allowed);
    assert_eq!(expected(Access::Table, Role::VolunteerOut), Expect::Forbidden);
    assert_eq!(expected(Access::Table, Role::AtTable), Expect::Allowed);
    assert_eq!(expected(Access::Commission, Role::OtherCommission), Expect::Forbidden);
    assert_eq!(expected(Access::Commission, Role::Coordinator), Expect::Forbidden);
    assert_eq!(expected(Access::Household, Role::Admin), Expect::Forbidden);
    assert_eq!(expected(Access::Public, Role::Anonymous), Expect::Allowed);
}

// ---- the fuzzer ----------------------------------------------------------------------

/// splitmix64: a fixed seed, so a failure can be replayed
/// (`MATRIX_SEED=… cargo test --test matrix`).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values no form of the app sends.
const NASTY: &[&str] = &[
    "",
    " ",
    "abc",
    "1.5",
    "1,5",
    "1e3",
    "true",
    "null",
    "[]",
    "{}",
    " 12 ",
    "0x10",
    "١٢",
    "0",
    "-0",
    "-1",
    "-99999",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999999",
    "1e308",
    "NaN",
    "inf",
    "\0",
    "a\r\nb",
    "\t",
    "<script>alert(1)</script>",
    "'; DROP TABLE accounts; --",
    "%",
    "%00",
    "../../etc/passwd",
    "=1+1",
    "\u{FEFF}",
    "e\u{301}",
    "\u{202E}abc",
    "🥕🥕",
    "2025-13-45",
    "2025-02-30T25:61",
    "99999-01-01",
    "+275760-09-13",
    "9999-12-31T23:59",
    "0000-01-01T00:00",
    "24:00",
    "-1:-1",
    "23:59:59",
    "0,001",
    "-4,20",
    "999999999999,99",
    "92233720368547758,07",
    "12 €",
    "€",
    "on",
    "yes",
    "closed",
    "cancelled",
    "archived",
    "open",
    "for",
    "admin",
    "coordinator",
    "https://evil.example/x",
    "javascript:alert(1)",
    "//evil.example",
    "http://localhost:@10.0.0.5:8080/x",
    "https://127.0.0.1/push",
];

/// Numbers at the edges.
const NUMBERS: &[&str] =
    &["0", "-1", "1", "2", "-2147483649", "2147483648", "4294967296", "9223372036854775807", "-9223372036854775808", "99999999999", "1000000", "-0", "007"];

fn huge(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => "a".repeat(100_000),
        1 => "é".repeat(35_000),
        2 => "9".repeat(100_000),
        _ => format!("{}@exemple.fr", "x".repeat(99_988)),
    }
}

struct Pools {
    ids: BTreeMap<R, Vec<i64>>,
}

impl Pools {
    async fn load(app: &TestApp) -> Pools {
        use sqlx::Row;
        let mut ids = BTreeMap::new();
        let all = [
            R::OpenCycle,
            R::Point,
            R::Household,
            R::Account,
            R::Order,
            R::Product,
            R::Producer,
            R::Category,
            R::Shift,
            R::Task,
            R::Workshop,
            R::CommissionA,
            R::Election,
            R::Proposal,
            R::Tier,
            R::Device,
            R::Idea,
        ];
        for r in all {
            let rows = sqlx::query(&format!("SELECT id FROM {} ORDER BY id", r.table())).fetch_all(&app.pool).await.unwrap();
            let v: Vec<i64> = rows.iter().map(|row| row.try_get::<i64, _>(0).or_else(|_| row.try_get::<i32, _>(0).map(i64::from)).unwrap()).collect();
            ids.insert(r, v);
        }
        Pools { ids }
    }

    fn of(&self, r: R) -> &[i64] {
        let key = match r {
            R::ClosedCycle | R::PlannedCycle | R::DoomedCycle => R::OpenCycle,
            R::RecordedOrder => R::Order,
            R::DoomedShift => R::Shift,
            R::DoomedWorkshop => R::Workshop,
            R::CommissionB => R::CommissionA,
            other => other,
        };
        self.ids.get(&key).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// An id for a reference: mostly a real one (of anyone: other households'
/// orders, accounts…), sometimes one that does not exist or cannot.
fn some_id(rng: &mut Rng, pools: &Pools, r: R) -> String {
    let real = pools.of(r);
    if !real.is_empty() && rng.chance(80) {
        rng.pick(real).to_string()
    } else {
        rng.pick(&["0", "-1", "999999", "9223372036854775807", "-9223372036854775808"]).to_string()
    }
}

fn plausible(rng: &mut Rng, pools: &Pools, now: i64, name: &str, a: A, form: &mut Vec<(String, String)>) {
    let name = name.to_string();
    match a {
        Id(r) => form.push((name, some_id(rng, pools, r))),
        OptId(r) | New(r) => {
            if rng.chance(60) {
                form.push((name, some_id(rng, pools, r)))
            }
        }
        Int(v) => form.push((name, if rng.chance(70) { v.to_string() } else { rng.pick(NUMBERS).to_string() })),
        Text(v) => form.push((name, fill(v, now))),
        Opt(v) => {
            if rng.chance(60) {
                form.push((name, if v.is_empty() { "on".into() } else { fill(v, now) }))
            }
        }
        Lines => {
            for i in 0..rng.below(4) {
                form.push((format!("{name}[{i}][product]"), some_id(rng, pools, R::Product)));
                form.push((format!("{name}[{i}][qty]"), rng.pick(&["1", "2", "0,5", "", "3", "0"]).to_string()));
            }
        }
        Offer => {
            for i in 0..rng.below(4) {
                form.push((format!("{name}[{i}][product]"), some_id(rng, pools, R::Product)));
                if rng.chance(70) {
                    form.push((format!("{name}[{i}][offered]"), "on".into()));
                }
                form.push((format!("{name}[{i}][cap]"), rng.pick(&["", "10", "0", "2,5"]).to_string()));
            }
        }
        Delivery => {
            for i in 0..rng.below(4) {
                form.push((format!("{name}[{i}][product]"), some_id(rng, pools, R::Product)));
                form.push((format!("{name}[{i}][received]"), rng.pick(&["", "1", "0", "2,5", "-1", "999999"]).to_string()));
                if rng.chance(30) {
                    form.push((format!("{name}[{i}][surplus]"), rng.pick(&["keep", "give_back", "ask"]).to_string()));
                }
            }
        }
        Ids(r) => {
            for i in 0..rng.below(4) {
                form.push((format!("{name}[{i}]"), some_id(rng, pools, r)));
            }
        }
        Texts(v) => {
            for i in 0..rng.below(3) {
                form.push((format!("{name}[{i}]"), if rng.chance(70) { v.to_string() } else { rng.pick(&["local", "vrac", "miracle"]).to_string() }));
            }
        }
    }
}

fn belongs(key: &str, arg: &str) -> bool {
    key == arg || key.strip_prefix(arg).is_some_and(|rest| rest.starts_with('['))
}

/// One to three changes that make the form wrong in some way.
fn mutate(rng: &mut Rng, pools: &Pools, f: &F, form: &mut Vec<(String, String)>) {
    let mut huge_used = false;
    for _ in 0..1 + rng.below(3) {
        let arg = if f.args.is_empty() { None } else { Some(*rng.pick(f.args)) };
        let at = if form.is_empty() { None } else { Some(rng.below(form.len())) };
        match rng.below(12) {
            // A field left out.
            0 | 1 => {
                if let Some((name, _)) = arg {
                    form.retain(|(k, _)| !belongs(k, name));
                }
            }
            // A value no form sends.
            2 | 3 => {
                if let Some(i) = at {
                    form[i].1 = rng.pick(NASTY).to_string();
                }
            }
            // 100 000 characters (once per request: the body stays under the 256 KiB limit).
            4 => {
                if let (Some(i), false) = (at, huge_used) {
                    form[i].1 = huge(rng);
                    huge_used = true;
                }
            }
            // A number at the edges, or another table's id.
            5 => {
                if let Some(i) = at {
                    let r = *rng.pick(&[R::Household, R::Order, R::Account, R::OpenCycle, R::Workshop]);
                    form[i].1 = if rng.chance(50) { rng.pick(NUMBERS).to_string() } else { some_id(rng, pools, r) };
                }
            }
            // The same field twice.
            6 => {
                if let Some(i) = at {
                    let k = form[i].0.clone();
                    form.push((k, rng.pick(NASTY).to_string()));
                }
            }
            // A plain field sent as a list or a map, or nested too deep.
            7 => {
                if let Some(i) = at {
                    let suffix = *rng.pick(&["[0]", "[]", "[x]", "[0][a][b][c][d][e][f]", "]", "["]);
                    form[i].0.push_str(suffix);
                }
            }
            // A field nobody asked for.
            8 => form.push((rng.pick(&["zzz", "role", "account_id", "household_id", "__proto__", ""]).to_string(), rng.pick(NASTY).to_string())),
            // Lists: huge or odd indexes, holes, thousands of entries.
            9 => {
                if let Some((name, A::Lines | A::Offer | A::Delivery | A::Ids(_) | A::Texts(_))) = arg {
                    match rng.below(4) {
                        0 => form.push((format!("{name}[99999999999999999999][product]"), "1".into())),
                        1 => form.push((format!("{name}[-1]"), "1".into())),
                        2 => {
                            form.push((format!("{name}[7][qty]"), "1".into()));
                            form.push((format!("{name}[3][product]"), some_id(rng, pools, R::Product)));
                        }
                        _ => {
                            for i in 0..2000 {
                                form.push((format!("{name}[{i}][product]"), (i % 200).to_string()));
                                form.push((format!("{name}[{i}][qty]"), "1".into()));
                            }
                        }
                    }
                } else if let Some(i) = at {
                    form[i].1 = rng.pick(NASTY).to_string();
                }
            }
            // Every field at once.
            10 => {
                for kv in form.iter_mut() {
                    kv.1 = rng.pick(NASTY).to_string();
                }
            }
            // Only the keys, no values.
            _ => {
                if let Some(i) = at {
                    form[i].1.clear();
                }
            }
        }
    }
}

/// One request of the fuzzer.
struct Req {
    /// 0 anonymous, 1 member (Awa), 2 coordinator (Claire).
    role: usize,
    method: reqwest::Method,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    /// Posted as a plain form without JavaScript (the error comes back in
    /// a redirect instead of a 4xx).
    no_js: bool,
}

impl Req {
    fn describe(&self) -> String {
        let body = String::from_utf8_lossy(&self.body);
        let short: String = body.chars().take(240).collect();
        let role = ["anonymous", "member", "coordinator"][self.role];
        format!("{role} {} {:?}{} body[{}]={short:?}", self.method, self.content_type, if self.no_js { " no-JS" } else { "" }, self.body.len())
    }
}

fn encode(form: &[(String, String)]) -> Vec<u8> {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish().into_bytes()
}

/// Bodies that are not even well-formed UTF-8 or not forms at all.
fn raw_requests(rng: &mut Rng, pools: &Pools, now: i64, f: &F) -> Vec<Req> {
    let mut form = Vec::new();
    for (name, a) in f.args {
        plausible(rng, pools, now, name, *a, &mut form);
    }
    let valid = encode(&form);
    let first = f.args.first().map(|(n, _)| n.to_string()).unwrap_or_else(|| "x".into());
    let with = |bytes: &[u8]| {
        let mut b = format!("{first}=").into_bytes();
        b.extend_from_slice(bytes);
        if !valid.is_empty() {
            b.push(b'&');
            b.extend_from_slice(&valid);
        }
        b
    };
    let form_ct = Some("application/x-www-form-urlencoded");
    let mut out = vec![
        (form_ct, with(b"%FF%FE")),
        (form_ct, with(b"\xff\xfe\xfd")),
        (form_ct, with(b"%C0%AF")),
        (form_ct, with(b"%ED%A0%80")),
        (form_ct, with(b"abc%")),
        (form_ct, with(b"%G1%")),
        (form_ct, [b"\xff\xfe=1&".as_slice(), &valid].concat()),
        (form_ct, b"=&=&&&[]=[".to_vec()),
        (form_ct, Vec::new()),
        (None, valid.clone()),
        (Some("application/json"), br#"{"cycle_id": 1, "lines": [{"product": 1}]}"#.to_vec()),
        (Some("multipart/form-data; boundary=xyz"), b"--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--\r\n".to_vec()),
        (Some("text/plain"), valid.clone()),
    ];
    // Each argument once with invalid UTF-8, the rest valid.
    for (name, _) in f.args.iter().take(6) {
        let mut b = encode(&form.iter().filter(|(k, _)| !belongs(k, name)).cloned().collect::<Vec<_>>());
        if !b.is_empty() {
            b.push(b'&');
        }
        b.extend_from_slice(format!("{name}=").as_bytes());
        b.extend_from_slice(b"%FF\xfe\x80");
        out.push((form_ct, b));
    }
    let mut reqs: Vec<Req> = out
        .into_iter()
        .enumerate()
        .flat_map(|(i, (content_type, body))| {
            (0..3).map(move |role| Req { role, method: reqwest::Method::POST, content_type, body: body.clone(), no_js: (i + role) % 5 == 0 })
        })
        .collect();
    for (role, method) in [(0, reqwest::Method::GET), (1, reqwest::Method::PUT), (2, reqwest::Method::DELETE), (1, reqwest::Method::GET)] {
        reqs.push(Req { role, method, content_type: form_ct, body: valid.clone(), no_js: false });
    }
    reqs
}

fn generate(rng: &mut Rng, pools: &Pools, now: i64, f: &F, per_role: usize) -> Vec<Req> {
    let mut reqs = Vec::new();
    for i in 0..per_role {
        for role in 0..3 {
            let mut form = Vec::new();
            for (name, a) in f.args {
                plausible(rng, pools, now, name, *a, &mut form);
            }
            // One in eight is left as it is: real ids of other households,
            // a valid form that may well succeed.
            if i % 8 != 0 {
                mutate(rng, pools, f, &mut form);
            }
            reqs.push(Req { role, method: reqwest::Method::POST, content_type: Some("application/x-www-form-urlencoded"), body: encode(&form), no_js: rng.chance(12) });
        }
    }
    reqs.extend(raw_requests(rng, pools, now, f));
    reqs
}

struct Answer {
    status: u16,
    refused: bool,
}

async fn send(client: &reqwest::Client, app: &TestApp, f: &F, req: &Req, cookies: &[Option<String>; 3]) -> Result<Answer, String> {
    let url = app.url(&format!("/api/{}", f.name));
    let mut r = if req.method == reqwest::Method::GET {
        client.get(format!("{url}?{}", String::from_utf8_lossy(&req.body)))
    } else {
        client.request(req.method.clone(), &url).body(req.body.clone())
    };
    if let Some(ct) = req.content_type {
        r = r.header("content-type", ct);
    }
    if let Some(c) = &cookies[req.role] {
        r = r.header("cookie", c);
    }
    if req.no_js {
        r = r.header("accept", "text/html").header("referer", app.url("/catalogue"));
    }
    let res = r.send().await.map_err(|e| format!("no answer: {e}"))?;
    let status = res.status().as_u16();
    let location = res.headers().get("location").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let _ = res.bytes().await;
    // Refused: an error status, or (without JavaScript) sent back with the
    // error in the address.
    let refused = status >= 400 || location.is_some_and(|l| l.contains("__err="));
    Ok(Answer { status, refused })
}

/// The row count of every table, in one query.
struct Counter {
    tables: Vec<String>,
    sql: String,
}

impl Counter {
    async fn new(app: &TestApp) -> Counter {
        use sqlx::Row;
        let list = if app.engine == "sqlite" {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name"
        } else {
            "SELECT CAST(tablename AS TEXT) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_sqlx%' ORDER BY tablename"
        };
        let tables: Vec<String> = sqlx::query(list).fetch_all(&app.pool).await.unwrap().iter().map(|r| r.try_get::<String, _>("name").unwrap()).collect();
        assert!(tables.len() > 30, "{tables:?}");
        let sql = format!(
            "SELECT {}",
            tables.iter().enumerate().map(|(i, t)| format!("(SELECT COUNT(*) FROM {t}) AS c{i}")).collect::<Vec<_>>().join(", ")
        );
        Counter { tables, sql }
    }

    async fn counts(&self, app: &TestApp) -> Vec<i64> {
        use sqlx::Row;
        let row = sqlx::query(&self.sql).fetch_one(&app.pool).await.unwrap();
        (0..self.tables.len()).map(|i| row.try_get::<i64, _>(i).unwrap()).collect()
    }

    /// The tables whose count changed, leaving out those written on purpose.
    fn changed(&self, before: &[i64], after: &[i64], allowed: &[&str]) -> Vec<String> {
        self.tables
            .iter()
            .enumerate()
            .filter(|(i, t)| before[*i] != after[*i] && !allowed.contains(&t.as_str()))
            .map(|(i, t)| format!("{t}: {} → {}", before[i], after[i]))
            .collect()
    }
}

#[derive(Default)]
struct Tally {
    sent: usize,
    refused: usize,
    /// Refused requests whose batch (or their own retry) was compared.
    checked: usize,
    statuses: BTreeMap<u16, usize>,
}

async fn fuzz_function(app: &TestApp, ctx: &Ctx, counter: &Counter, f: &F, reqs: Vec<Req>, failures: &mut Vec<String>) -> Tally {
    let client = http();
    let hashing = HASHING.contains(&f.name);
    let batch = if hashing { 2 } else { 8 };
    let allowed = written_when_refused(f.name);
    let mut tally = Tally::default();
    let mut cookies: [Option<String>; 3] = [None, None, None];
    let reqs = std::sync::Arc::new(reqs);
    let mut start = 0;
    while start < reqs.len() {
        let end = (start + batch).min(reqs.len());
        // Fresh sessions when a request may have ended them.
        if start == 0 || f.name == "logout" {
            cookies = [None, Some(app.session_cookie(ctx.accounts[AWA]).await), Some(app.session_cookie(ctx.accounts[CLAIRE]).await)];
        }
        let before = counter.counts(app).await;
        let mut answers = Vec::new();
        {
            let futures: Vec<_> = (start..end).map(|i| send(&client, app, f, &reqs[i], &cookies)).collect();
            let mut set = Vec::new();
            for fut in futures {
                set.push(fut);
            }
            // Sent at once, answered in any order.
            let joined = join_all(set).await;
            answers.extend(joined);
        }
        let after = counter.counts(app).await;
        let mut all_refused = true;
        let mut refused_here = Vec::new();
        for (k, answer) in answers.into_iter().enumerate() {
            let req = &reqs[start + k];
            tally.sent += 1;
            match answer {
                Err(e) => {
                    all_refused = false;
                    failures.push(format!("{} {}: {e}", f.name, req.describe()));
                }
                Ok(a) => {
                    *tally.statuses.entry(a.status).or_default() += 1;
                    if a.status >= 500 {
                        failures.push(format!("{} answered {}: {}", f.name, a.status, req.describe()));
                    }
                    if a.refused {
                        tally.refused += 1;
                        refused_here.push(start + k);
                    } else {
                        all_refused = false;
                    }
                }
            }
        }
        if all_refused {
            let changed = counter.changed(&before, &after, allowed);
            if !changed.is_empty() {
                let who: Vec<String> = (start..end).map(|i| reqs[i].describe()).collect();
                failures.push(format!("{}: refused requests stored something ({}):\n    {}", f.name, changed.join(", "), who.join("\n    ")));
            }
            tally.checked += end - start;
        } else {
            // A request of the batch went through and may have written:
            // each refused one is sent again alone, between two counts.
            for i in refused_here {
                let before = counter.counts(app).await;
                let Ok(a) = send(&client, app, f, &reqs[i], &cookies).await else { continue };
                let after = counter.counts(app).await;
                if a.status >= 500 {
                    failures.push(format!("{} answered {} (again): {}", f.name, a.status, reqs[i].describe()));
                }
                if a.refused {
                    tally.checked += 1;
                    let changed = counter.changed(&before, &after, allowed);
                    if !changed.is_empty() {
                        failures.push(format!("{}: a refused request stored something ({}): {}", f.name, changed.join(", "), reqs[i].describe()));
                    }
                }
            }
        }
        start = end;
    }
    tally
}

/// Runs futures at once on this task and waits for all (no extra crate).
async fn join_all<T, Fut: std::future::Future<Output = T>>(futures: Vec<Fut>) -> Vec<T> {
    let mut futures: Vec<std::pin::Pin<Box<Fut>>> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in futures.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    out.into_iter().map(|v| v.unwrap()).collect()
}

per_engine! {
    async fn every_server_function_survives_a_few_hundred_bad_requests(engine) {
        count_panics();
        let problems = table_matches_server();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let seed = std::env::var("MATRIX_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0x00C0_FFEE_2025);
        let started = std::time::Instant::now();
        let app = TestApp::spawn(engine).await;
        let ctx = setup(&app).await;
        let counter = Counter::new(&app).await;
        let mut rng = Rng(seed);
        let mut failures = Vec::new();
        let mut report = Vec::new();
        let mut total = 0;
        for f in FUNCTIONS {
            // Fewer for the functions that hash a password (a fraction of a
            // second each, a few at a time, for the whole process).
            let per_role = if HASHING.contains(&f.name) { 30 } else { 40 };
            let pools = Pools::load(&app).await;
            let reqs = generate(&mut rng, &pools, ctx.now, f, per_role);
            let tally = fuzz_function(&app, &ctx, &counter, f, reqs, &mut failures).await;
            total += tally.sent;
            let statuses: Vec<String> = tally.statuses.iter().map(|(s, n)| format!("{s}×{n}")).collect();
            report.push(format!(
                "  {:<26} {:>4} requests, {:>4} refused ({:>4} checked for writes)   {}",
                f.name,
                tally.sent,
                tally.refused,
                tally.checked,
                statuses.join(" ")
            ));
        }
        println!("fuzzer, {engine} (seed {seed}): requests per server function");
        for l in &report {
            println!("{l}");
        }
        println!("fuzzer, {engine}: {total} requests over {} functions in {:.1} s", FUNCTIONS.len(), started.elapsed().as_secs_f64());
        let shown: Vec<&String> = failures.iter().take(60).collect();
        assert!(failures.is_empty(), "{engine}: {} failures (first 60):\n{}", failures.len(), shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
        let panics = PANICS.load(Ordering::SeqCst);
        assert_eq!(panics, 0, "panics: {:?}", PANIC_MESSAGES.lock().unwrap());
    }
}
