//! Every page's address, in one place. The router (`ui::App`) declares
//! exactly the patterns of `PAGES` (a test in the server compares them), a
//! login may lead only to the pages marked `after_login`, and links,
//! redirects and notices build addresses with the functions below rather
//! than writing them out. An address stored in a notice is built here too:
//! change a path and the old notices must still lead somewhere (keep the
//! old route until they are gone).

/// A page of the router: its pattern (`:id` a number, `:token` a link's
/// secret) and whether a login may lead there.
pub struct Page {
    pub pattern: &'static str,
    /// The login and invitation pages are left out: a loop, or someone
    /// else's link.
    pub after_login: bool,
}

const fn page(pattern: &'static str) -> Page {
    Page { pattern, after_login: true }
}

pub const HOME: &str = "/";
pub const CATALOGUE: &str = "/catalogue";
pub const ORDER: &str = "/commande";
pub const SHIFTS: &str = "/creneaux";
pub const WORKSHOPS: &str = "/ateliers";
pub const MESSAGES: &str = "/messages";
pub const PROFILE: &str = "/profil";
pub const COMMISSIONS: &str = "/commissions";
pub const LOGIN: &str = "/connexion";
pub const ADMIN: &str = "/admin";
pub const COORDINATION: &str = "/coordination";
pub const CYCLES: &str = "/coordination/cycles";
pub const PICKUP_POINTS: &str = "/coordination/lieux";
pub const TASKS: &str = "/coordination/taches";
pub const HOUSEHOLDS: &str = "/coordination/foyers";
pub const PRODUCTS: &str = "/coordination/produits";
pub const NEW_PRODUCT: &str = "/coordination/produits/nouveau";
pub const PRODUCERS: &str = "/coordination/producteurs";
pub const CATEGORIES: &str = "/coordination/categories";
/// The member's account: balance, entries, membership.
pub const ACCOUNT: &str = "/compte";
pub const COSTS: &str = "/coordination/couts";
pub const TREASURY: &str = "/coordination/tresorerie";
pub const MEMBERSHIPS: &str = "/coordination/adhesions";
/// Funders, their grants, and the reports for them.
pub const FUNDERS: &str = "/coordination/financeurs";
pub const FUNDING_REPORT: &str = "/coordination/rapport";
/// The profile's tier choice: where a member whose household has not
/// chosen its tier lands after signing in (the choice is theirs, made
/// first, never made for them).
pub const CHOOSE_TIER: &str = "/profil?tarif=choisir#tier-title";

pub const PAGES: &[Page] = &[
    page(HOME),
    page(CATALOGUE),
    page(ORDER),
    page(SHIFTS),
    page(WORKSHOPS),
    page("/ateliers/:id/hote"),
    page(MESSAGES),
    page(PROFILE),
    page(ACCOUNT),
    page("/compte/recu/:id"),
    page("/catalogue/:id/prix"),
    page(COMMISSIONS),
    page("/commissions/:id/proposer"),
    page("/propositions/:id"),
    page("/elections/:id"),
    page("/distribution/:id"),
    page(ADMIN),
    page(COORDINATION),
    page(CYCLES),
    page("/coordination/cycles/:id"),
    page("/coordination/cycles/:id/produits"),
    page("/coordination/cycles/:id/bilan"),
    page("/coordination/cycles/:id/bons"),
    page("/coordination/cycles/:id/reception"),
    page("/coordination/cycles/:id/creneaux"),
    page("/coordination/cycles/:id/distribution"),
    page("/coordination/cycles/:id/argent"),
    page(PICKUP_POINTS),
    page(TASKS),
    page(HOUSEHOLDS),
    page("/coordination/foyers/:id"),
    page("/coordination/foyers/:id/commande"),
    page("/coordination/foyers/:id/compte"),
    page(COSTS),
    page(TREASURY),
    page(MEMBERSHIPS),
    page(FUNDERS),
    page("/coordination/financeurs/:id"),
    page(FUNDING_REPORT),
    page(PRODUCTS),
    page(NEW_PRODUCT),
    page("/coordination/produits/:id"),
    page(PRODUCERS),
    page(CATEGORIES),
    Page { pattern: LOGIN, after_login: false },
    Page { pattern: "/invitation/:token", after_login: false },
];

/// Whether `path` is an address of `pattern` (`:id` a number of at most
/// 18 digits, `:token` any one segment).
pub fn matches(pattern: &str, path: &str) -> bool {
    let (mut p, mut q) = (pattern.split('/'), path.split('/'));
    loop {
        match (p.next(), q.next()) {
            (None, None) => return true,
            (Some(":id"), Some(seg)) if !seg.is_empty() && seg.len() <= 18 && seg.bytes().all(|b| b.is_ascii_digit()) => {}
            (Some(":token"), Some(seg)) if !seg.is_empty() => {}
            (Some(a), Some(b)) if a == b && !a.starts_with(':') => {}
            _ => return false,
        }
    }
}

pub fn proposal(id: i64) -> String {
    format!("/propositions/{id}")
}
pub fn election(id: i64) -> String {
    format!("/elections/{id}")
}
/// The form that opens a proposal in a commission.
pub fn propose_in(commission: i64) -> String {
    format!("/commissions/{commission}/proposer")
}
pub fn workshop_host(id: i64) -> String {
    format!("/ateliers/{id}/hote")
}
pub fn cycle(id: i64) -> String {
    format!("/coordination/cycles/{id}")
}
/// A cycle's own pages: `part` is one of "produits", "bilan", "bons",
/// "reception", "creneaux", "distribution".
pub fn cycle_page(id: i64, part: &str) -> String {
    format!("/coordination/cycles/{id}/{part}")
}
/// The distribution sheet of a cycle for the volunteers at the table.
pub fn distribution(cycle: i64) -> String {
    format!("/distribution/{cycle}")
}
pub fn household(id: i64) -> String {
    format!("/coordination/foyers/{id}")
}
/// A household's account, for the coordination.
pub fn household_account(id: i64) -> String {
    format!("/coordination/foyers/{id}/compte")
}
/// A grant's page.
pub fn grant(id: i64) -> String {
    format!("/coordination/financeurs/{id}")
}
/// A printable receipt.
pub fn receipt(entry: i64) -> String {
    format!("/compte/recu/{entry}")
}
/// "Why this price" for a product.
pub fn price_explained(product: i64) -> String {
    format!("/catalogue/{product}/prix")
}
/// An order taken at the desk (or by phone) for a household.
pub fn desk_order(household: i64) -> String {
    format!("/coordination/foyers/{household}/commande")
}
pub fn product(id: i64) -> String {
    format!("/coordination/produits/{id}")
}
pub fn invitation(token: &str) -> String {
    format!("/invitation/{token}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_built_here_is_a_page() {
        let mut built = vec![
            proposal(3),
            election(4),
            propose_in(5),
            workshop_host(6),
            cycle(7),
            distribution(8),
            household(9),
            desk_order(10),
            product(11),
            invitation("abc"),
        ];
        built.extend(["produits", "bilan", "bons", "reception", "creneaux", "distribution"].map(|p| cycle_page(2, p)));
        for path in &built {
            assert!(PAGES.iter().any(|p| matches(p.pattern, path)), "{path} is no page");
        }
        assert!(!matches("/propositions/:id", "/propositions/abc"));
        assert!(!matches("/propositions/:id", "/propositions/1/2"));
        assert!(!matches("/coordination/:id", "/coordination/:id"), "a pattern is not an address");
    }

    #[test]
    fn the_patterns_are_unique() {
        let mut seen: Vec<&str> = PAGES.iter().map(|p| p.pattern).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), PAGES.len());
    }
}
