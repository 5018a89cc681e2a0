//! Pages and components. Every string goes through `i18n::t`.

pub mod coordination_pages;
pub mod widgets;

use crate::accounts::{api::whoami, CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes, A},
    path, SsrMode,
};
use crate::routes;

pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The Content-Security-Policy naming this page's nonce is the server's
    // (server/src/security.rs), written whatever the render does.
    let lang = crate::i18n::current();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir() data-locale=crate::i18n::locale()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#2f6b3a"/>
                <meta name="description" content=t("app-description")/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="icon" href="/icon.svg" type="image/svg+xml"/>
                <link rel="apple-touch-icon" href="/icon-192.png"/>
                // The service worker: offline reading and push (public/sw.js).
                <script src="/sw-register.js" defer></script>
                // Keeps an unsent basket on the phone and sends it when the
                // network returns, whatever page is open (public/basket.js).
                <script src="/basket.js" defer></script>
                // What a page does with script and not without, in plain
                // JavaScript: steppers, filters, print buttons
                // (public/enhance.js). The pages work without it.
                <script src="/enhance.js" defer></script>
                <AutoReload options=options.clone()/>
                // Islands: the page is the server's; only components marked
                // #[island] get WebAssembly, fetched when the phone is idle.
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            // The service worker reads these words when it shows a saved
            // copy of a page with no network: they stay in the one
            // translation table.
            <body
                // A sentence with its blank left for the service worker,
                // which knows when the copy was saved.
                data-offline=crate::i18n::tr("offline-banner", &[("when", "{when}")])
                data-offline-missing=t("offline-missing")
                data-offline-back=t("offline-back")
                data-basket-queued=t("offline-basket_queued")
                data-basket-sent=t("offline-basket_sent")
                data-basket-refused=t("offline-basket_refused")
                data-basket-open=t("offline-basket_open")
                data-basket-failed=t("error-offline")
                data-step-offline=t("basket-step_offline")
                data-step-kept=t("basket-step_kept")
            >
                <App/>
            </body>
        </html>
    }
}

/// The signed-in person, loaded once per page and shared with every page.
pub type UserResource = Resource<Result<Option<CurrentUser>, AppError>>;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let user: UserResource = Resource::new(|| (), |_| whoami());
    provide_context(user);
    view! {
        <Stylesheet id="leptos" href="/pkg/pot-commun.css"/>
        <Title text=t("app-name")/>
        <Router>
            <Header/>
            <main id="contenu">
                <Routes fallback=|| view! { <widgets::NotFound/> }>
                    <Route path=path!("/") view=crate::catalogue::pages::CataloguePage ssr=SsrMode::Async/>
                    <Route path=path!("/catalogue") view=crate::catalogue::pages::CataloguePage ssr=SsrMode::Async/>
                    <Route path=path!("/commande") view=crate::orders::pages::OrderPageView ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles") view=crate::cycles::pages::CyclesPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/lieux") view=crate::cycles::pages::PickupPointsPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id") view=|| widgets::numbered(crate::cycles::pages::CyclePage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/produits") view=|| widgets::numbered(crate::cycles::pages::CycleOfferPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/bilan") view=|| widgets::numbered(crate::cycles::pages::CycleReportPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/bons") view=|| widgets::numbered(crate::cycles::pages::PurchaseOrdersPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/reception") view=|| widgets::numbered(crate::cycles::pages::ReceptionPage) ssr=SsrMode::Async/>
                    <Route path=path!("/creneaux") view=crate::shifts::pages::ShiftsPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/creneaux") view=|| widgets::numbered(crate::shifts::pages::CoveragePage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/taches") view=crate::shifts::pages::TasksPage ssr=SsrMode::Async/>
                    <Route path=path!("/distribution/:id") view=|| widgets::numbered(crate::cycles::pages::DistributionPage) ssr=SsrMode::Async/>
                    <Route path=path!("/commissions") view=crate::governance::pages::CommissionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/commissions/:id/proposer") view=|| widgets::numbered(crate::governance::pages::NewProposalPage) ssr=SsrMode::Async/>
                    <Route path=path!("/propositions/:id") view=|| widgets::numbered(crate::governance::pages::ProposalPage) ssr=SsrMode::Async/>
                    <Route path=path!("/elections/:id") view=|| widgets::numbered(crate::governance::pages::ElectionPage) ssr=SsrMode::Async/>
                    <Route path=path!("/ateliers") view=crate::workshops::pages::WorkshopsPage ssr=SsrMode::Async/>
                    <Route path=path!("/ateliers/:id/hote") view=|| widgets::numbered(crate::workshops::pages::WorkshopHostPage) ssr=SsrMode::Async/>
                    <Route path=path!("/messages") view=crate::accounts::pages::NoticesPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/distribution") view=|| widgets::numbered(crate::cycles::pages::DistributionPage) ssr=SsrMode::Async/>
                    <Route path=path!("/connexion") view=crate::accounts::pages::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/invitation/:token") view=crate::accounts::pages::InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/profil") view=crate::accounts::pages::ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination") view=coordination_pages::CoordinationHome ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/foyers") view=coordination_pages::HouseholdsPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/foyers/:id") view=|| widgets::numbered(coordination_pages::HouseholdPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/foyers/:id/commande") view=|| widgets::numbered(crate::orders::pages::DeskOrderPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/produits") view=coordination_pages::ProductsPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/produits/nouveau") view=coordination_pages::ProductEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/produits/:id") view=|| widgets::numbered(coordination_pages::ProductEditPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/producteurs") view=coordination_pages::ProducersPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/categories") view=coordination_pages::CategoriesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=crate::accounts::admin_pages::AdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/compte") view=crate::ledger::pages::MyAccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/compte/recu/:id") view=|| widgets::numbered(crate::ledger::pages::ReceiptPage) ssr=SsrMode::Async/>
                    <Route path=path!("/catalogue/:id/prix") view=|| widgets::numbered(crate::catalogue::pages::PriceExplainedPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/cycles/:id/argent") view=|| widgets::numbered(crate::ledger::pages::CycleMoneyPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/foyers/:id/compte") view=|| widgets::numbered(crate::ledger::pages::HouseholdAccountPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/couts") view=crate::catalogue::pages::CostsPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/tresorerie") view=crate::ledger::pages::TreasuryPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/adhesions") view=crate::memberships::pages::RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/financeurs") view=crate::funding::pages::FundersPage ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/financeurs/:id") view=|| widgets::numbered(crate::funding::pages::GrantPage) ssr=SsrMode::Async/>
                    <Route path=path!("/coordination/rapport") view=crate::funding::pages::ReportPage ssr=SsrMode::Async/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let user = expect_context::<UserResource>();
    // Counted again on each page change, so reading the messages clears it.
    let path = leptos_router::hooks::use_location().pathname;
    let unread = Resource::new(move || path.get(), |_| crate::notifications::api::unread_notices());
    view! {
        <a class="skip" href="#contenu">{t("nav-skip")}</a>
        <header class="top">
            <A href=routes::CATALOGUE attr:class="brand">{t("app-name")}</A>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let user = user.await;
                    // Read in the same pass as the user: a second Suspense
                    // nested in the menu trips hydration.
                    let unread = match &user {
                        Ok(Some(_)) => unread.await.unwrap_or(0),
                        _ => 0,
                    };
                    match user {
                        Ok(Some(u)) => {
                            let coordinates = u.role.coordinates();
                            // The treasurer's pages: the accounts, the funders.
                            let treasurer = u.role == Role::Treasurer;
                            let admin = u.role == Role::Admin;
                            let badge = (unread > 0).then(|| view! {
                                <span class="badge" aria-label=crate::i18n::tr("nav-unread", &[("count", unread)])>{crate::i18n::format::number(unread)}</span>
                            });
                            view! {
                                // Coordinators keep their menu at the top.
                                {(coordinates || admin || treasurer).then(|| view! {
                                    <nav class="staff" aria-label=t("nav-staff")>
                                        {coordinates.then(|| view! { <A href=routes::COORDINATION>{t("nav-coordination")}</A> })}
                                        {treasurer.then(|| view! { <A href=routes::TREASURY>{t("money-treasury")}</A> <A href=routes::FUNDERS>{t("funding-title")}</A> })}
                                        {admin.then(|| view! { <A href=routes::ADMIN>{t("nav-admin")}</A> })}
                                    </nav>
                                })}
                                // Where a member goes most, under the thumb at
                                // the bottom of the screen; the rest one tap
                                // away under "Plus" (a <details>: no script).
                                <nav class="tabbar" aria-label=t("nav-label")>
                                    <A href=routes::CATALOGUE>{icon(Icon::Catalogue)}<span>{t("nav-catalogue")}</span></A>
                                    <A href=routes::ORDER>{icon(Icon::Basket)}<span>{t("nav-order")}</span></A>
                                    <A href=routes::SHIFTS>{icon(Icon::Shifts)}<span>{t("nav-shifts")}</span></A>
                                    <A href=routes::MESSAGES>{icon(Icon::Messages)}<span>{t("nav-messages")}</span>{badge}</A>
                                    <details class="more">
                                        <summary>{icon(Icon::More)}<span>{t("nav-more")}</span></summary>
                                        <ul>
                                            <li><A href=routes::WORKSHOPS>{t("nav-workshops")}</A></li>
                                            <li><A href=routes::COMMISSIONS>{t("nav-commissions")}</A></li>
                                            <li><A href=routes::PROFILE>{t("nav-profile")}</A></li>
                                            {coordinates.then(|| view! { <li><A href=routes::COORDINATION>{t("nav-coordination")}</A></li> })}
                                            {admin.then(|| view! { <li><A href=routes::ADMIN>{t("nav-admin")}</A></li> })}
                                        </ul>
                                    </details>
                                </nav>
                            }
                            .into_any()
                        }
                        _ => view! {
                            <nav aria-label=t("nav-label")>
                                <A href=routes::LOGIN>{t("nav-login")}</A>
                            </nav>
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </header>
    }
}

#[derive(Clone, Copy)]
enum Icon {
    Catalogue,
    Basket,
    Shifts,
    Messages,
    More,
}

/// A tab's picture, beside its word (never instead of it): a few strokes
/// of inline SVG, no icon font to download.
fn icon(which: Icon) -> impl IntoView {
    let d = match which {
        Icon::Catalogue => "M4 5h16M4 12h16M4 19h10",
        Icon::Basket => "M3 9h18l-2 11H5L3 9zm5 0l4-6 4 6",
        Icon::Shifts => "M12 7v5l3 3M12 3a9 9 0 100 18 9 9 0 000-18z",
        Icon::Messages => "M4 5h16v11H8l-4 4V5z",
        Icon::More => "M5 12h.01M12 12h.01M19 12h.01",
    };
    // A speech bubble's tail points to who speaks: mirrored right to left
    // (style: `.mirrors`); a clock or a basket reads the same both ways.
    let class = if matches!(which, Icon::Messages) { "mirrors" } else { "" };
    view! {
        <svg class=class viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d=d/></svg>
    }
}
