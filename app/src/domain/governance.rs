//! Users' commissions: the rules that decide. Quorum and majority for a
//! proposal, approval-ballot counting for an election and its tie draw, and
//! the hash chain of the governance log. Plain functions, so anyone can
//! recompute an outcome from an export.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

vocabulary! {
    /// How a commission decides, shown on every proposal.
    pub enum Majority {
        /// More "for" than "against".
        Simple = "simple" => "gov-majority_simple",
        /// At least two thirds of the for-and-against votes are "for".
        TwoThirds = "two_thirds" => "gov-majority_two_thirds",
    }
}

vocabulary! {
    /// How a closed vote came out.
    pub enum Outcome {
        Approved = "approved",
        Rejected = "rejected",
        NoQuorum = "no_quorum",
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub for_votes: i64,
    pub against: i64,
    pub abstain: i64,
}

impl Tally {
    pub fn cast(&self) -> i64 {
        self.for_votes + self.against + self.abstain
    }
}

vocabulary! {
    /// The three answers to a proposal, in the order ballots show them.
    pub enum Choice {
        For = "for" => "gov-for",
        Against = "against" => "gov-against",
        Abstain = "abstain" => "gov-abstain",
    }
}

vocabulary! {
    /// What a commission looks after.
    pub enum Scope {
        Catalogue = "catalogue" => "gov-scope_catalogue",
        Workshops = "workshops" => "gov-scope_workshops",
        Life = "life" => "gov-scope_life",
    }
}

vocabulary! {
    /// What a proposal changes: the catalogue (its payload says how), or
    /// nothing by itself (a free proposal: a workshop, a rule of life).
    pub enum ProposalKind {
        AddProduct = "add_product" => "gov-kind_add_product",
        WithdrawProduct = "withdraw_product" => "gov-kind_withdraw_product",
        ChangeProducer = "change_producer" => "gov-kind_change_producer",
        Free = "free" => "gov-kind_free",
    }
}

vocabulary! {
    /// Where a proposal stands: its vote open, or how it came out.
    pub enum ProposalState {
        Open = "open" => "gov-state_open",
        Approved = "approved" => "gov-state_approved",
        Rejected = "rejected" => "gov-state_rejected",
        NoQuorum = "no_quorum" => "gov-state_no_quorum",
    }
}

impl Tally {
    /// What one ballot moves in the counts: its choice gains one and the
    /// ballot it replaces, if any, loses one. The counts of a secret vote
    /// are all that is kept of its ballots, so every move goes through
    /// here. None for a choice that is not a `Choice` code.
    pub fn delta(replaced: Option<&str>, choice: &str) -> Option<Tally> {
        fn one(c: &str) -> Option<Tally> {
            match c {
                "for" => Some(Tally { for_votes: 1, ..Tally::default() }),
                "against" => Some(Tally { against: 1, ..Tally::default() }),
                "abstain" => Some(Tally { abstain: 1, ..Tally::default() }),
                _ => None,
            }
        }
        let gain = one(choice)?;
        let loss = match replaced {
            Some(r) => one(r)?,
            None => Tally::default(),
        };
        Some(Tally { for_votes: gain.for_votes - loss.for_votes, against: gain.against - loss.against, abstain: gain.abstain - loss.abstain })
    }
}

/// Quorum: at least `quorum_percent` of the `eligible` members voted
/// (abstentions count as taking part). Compared in integers: 3 of 5 is
/// exactly 60 %.
pub fn has_quorum(tally: Tally, eligible: i64, quorum_percent: i64) -> bool {
    eligible > 0 && tally.cast() * 100 >= quorum_percent.clamp(0, 100) * eligible
}

/// The outcome of a closed proposal. Abstentions count for the quorum, not
/// for the majority; a tie is not a majority.
pub fn outcome(tally: Tally, eligible: i64, quorum_percent: i64, majority: Majority) -> Outcome {
    if !has_quorum(tally, eligible, quorum_percent) {
        return Outcome::NoQuorum;
    }
    let approved = match majority {
        Majority::Simple => tally.for_votes > tally.against,
        Majority::TwoThirds => tally.for_votes > 0 && tally.for_votes * 3 >= (tally.for_votes + tally.against) * 2,
    };
    if approved { Outcome::Approved } else { Outcome::Rejected }
}

/// An approval ballot is valid when it names distinct candidates, at most
/// as many as there are seats.
pub fn valid_ballot(choices: &[i64], candidates: &[i64], seats: i64) -> Result<(), &'static str> {
    if choices.is_empty() {
        return Err("error-ballot_empty");
    }
    if choices.len() as i64 > seats {
        return Err("error-ballot_too_many");
    }
    let mut seen = choices.to_vec();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != choices.len() || !choices.iter().all(|c| candidates.contains(c)) {
        return Err("error-ballot_invalid");
    }
    Ok(())
}

/// The draw's order for one candidate: SHA-256 of the recorded seed and the
/// candidate's id. Anyone with the seed can recompute it.
pub fn draw_key(seed: &str, candidate: i64) -> String {
    hex(&Sha256::digest(format!("{seed}:{candidate}").as_bytes()))
}

/// The seats of an approval election: most approvals first; among equal
/// counts, the recorded draw decides. Returns (winners, whether a draw was
/// needed to decide the last seat).
pub fn elect(approvals: &[(i64, i64)], seats: i64, seed: &str) -> (Vec<i64>, bool) {
    let mut ranked: Vec<(i64, i64, String)> = approvals.iter().map(|&(c, n)| (c, n, draw_key(seed, c))).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
    let seats = seats.max(0) as usize;
    let winners: Vec<i64> = ranked.iter().take(seats).filter(|r| r.1 > 0).map(|r| r.0).collect();
    // A draw mattered if the last seat taken ties with the first left out.
    let drawn = seats > 0 && ranked.len() > seats && ranked[seats - 1].1 == ranked[seats].1 && ranked[seats].1 > 0;
    (winners, drawn)
}

/// One entry of the governance log, chained to the one before.
pub fn entry_hash(prev_hash: &str, seq: i64, at: i64, event: &str, subject: &str, data: &str) -> String {
    let mut h = Sha256::new();
    for part in [prev_hash, &seq.to_string(), &at.to_string(), event, subject, data] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex(&h.finalize())
}

/// A secret ballot's receipt, as the database keeps it: SHA-256 over the
/// proposal, the voter, a random nonce and the choice. Only the voter's
/// device holds the nonce, so the stored hash tells nobody how anyone
/// voted, while that device can show which choice it proves and trade it
/// for another until closing. The voter is in the hash so that a receipt
/// copied to another member's session proves nothing there.
pub fn receipt_hash(proposal: i64, voter: i64, nonce: &str, choice: &str) -> String {
    let mut h = Sha256::new();
    for part in ["secret-ballot", &proposal.to_string(), &voter.to_string(), nonce, choice] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex(&h.finalize())
}

/// A receipt nonce is 32 lowercase hexadecimal digits (128 random bits):
/// anything else from a cookie is ignored.
pub fn valid_nonce(nonce: &str) -> bool {
    nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Which choice a nonce proves, among the receipt hashes the database
/// holds for the proposal (`stored`). None when it proves none: a receipt
/// from another voter, another proposal, or made up.
pub fn receipt_choice(proposal: i64, voter: i64, nonce: &str, stored: &[String]) -> Option<&'static str> {
    if !valid_nonce(nonce) {
        return None;
    }
    Choice::ALL.into_iter().map(Choice::code).find(|c| stored.iter().any(|s| *s == receipt_hash(proposal, voter, nonce, c)))
}

/// The name of the cookie that carries a proposal's receipt nonce.
pub fn receipt_cookie_name(proposal: i64) -> String {
    format!("pc_ballot_{proposal}")
}

/// The receipt nonce for a proposal among a request's `Cookie` headers.
pub fn receipt_from_cookies<'a>(headers: impl IntoIterator<Item = &'a str>, proposal: i64) -> Option<String> {
    let name = receipt_cookie_name(proposal);
    crate::domain::security::cookie_pairs(headers)
        .find(|(k, v)| *k == name && valid_nonce(v))
        .map(|(_, v)| v.to_string())
}

/// What a proposal changes once approved, as its `payload` column holds it
/// (JSON, the same text the governance log recorded when it opened).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    AddProduct(NewProduct),
    WithdrawProduct { product_id: i64 },
    ChangeProducer { product_id: i64, producer_id: i64, price_cents: i64 },
    /// Nothing in the catalogue; a workshop put to the vote names itself.
    Free { workshop: Option<i64> },
}

/// A product a proposal adds, as the member typed it (the catalogue's own
/// checks run again when it is added).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewProduct {
    pub name: String,
    pub description: String,
    pub producer_id: i64,
    pub category_id: i64,
    pub unit: String,
    pub step: String,
    pub min: String,
    pub price: String,
    pub price_cents: i64,
    pub labels: Vec<String>,
    pub photo_url: Option<String>,
}

impl Change {
    pub fn kind(&self) -> ProposalKind {
        match self {
            Change::AddProduct(_) => ProposalKind::AddProduct,
            Change::WithdrawProduct { .. } => ProposalKind::WithdrawProduct,
            Change::ChangeProducer { .. } => ProposalKind::ChangeProducer,
            Change::Free { .. } => ProposalKind::Free,
        }
    }

    /// The product it names, if any.
    pub fn product_id(&self) -> Option<i64> {
        match self {
            Change::WithdrawProduct { product_id } | Change::ChangeProducer { product_id, .. } => Some(*product_id),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
impl Change {
    /// Reads a stored payload of the given kind; `None` when it is not one.
    pub fn read(kind: ProposalKind, payload: &str) -> Option<Change> {
        use serde_json::from_str;
        #[derive(Deserialize)]
        struct Withdraw {
            product_id: i64,
        }
        #[derive(Deserialize)]
        struct Producer {
            product_id: i64,
            producer_id: i64,
            price_cents: i64,
        }
        #[derive(Deserialize)]
        struct Free {
            workshop: Option<i64>,
        }
        Some(match kind {
            ProposalKind::AddProduct => Change::AddProduct(from_str(payload).ok()?),
            ProposalKind::WithdrawProduct => from_str::<Withdraw>(payload).map(|w| Change::WithdrawProduct { product_id: w.product_id }).ok()?,
            ProposalKind::ChangeProducer => from_str::<Producer>(payload)
                .map(|p| Change::ChangeProducer { product_id: p.product_id, producer_id: p.producer_id, price_cents: p.price_cents })
                .ok()?,
            ProposalKind::Free => from_str::<Free>(payload).map(|f| Change::Free { workshop: f.workshop }).ok()?,
        })
    }

    /// The payload to store, and to record in the log: an object of its
    /// fields (no kind: the proposal's own column says it).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            Change::AddProduct(p) => serde_json::to_value(p).unwrap_or_default(),
            Change::WithdrawProduct { product_id } => json!({"product_id": product_id}),
            Change::ChangeProducer { product_id, producer_id, price_cents } => json!({"product_id": product_id, "producer_id": producer_id, "price_cents": price_cents}),
            Change::Free { workshop: Some(w) } => json!({"workshop": w}),
            Change::Free { workshop: None } => json!({}),
        }
    }
}

/// A proposal's vote lasts more than an hour and at most this many days.
pub const PROPOSAL_MAX_DAYS: i64 = 60;
pub const PROPOSAL_MIN_SECS: i64 = 3600;
/// An election's vote closes at most this many days ahead.
pub const ELECTION_MAX_DAYS: i64 = 120;

/// Whether a proposal opened at `now` may close at `closes_at`.
pub fn proposal_closes_ok(now: i64, closes_at: i64) -> bool {
    closes_at > now + PROPOSAL_MIN_SECS && closes_at - now <= PROPOSAL_MAX_DAYS * 86_400
}

/// Whether an election opened at `now` may take its vote from `voting_at`
/// and close at `closes_at`.
pub fn election_dates_ok(now: i64, voting_at: i64, closes_at: i64) -> bool {
    voting_at > now && closes_at > voting_at && closes_at - now <= ELECTION_MAX_DAYS * 86_400
}

vocabulary! {
    /// Where an election stands: taking candidacies, voting, or closed.
    pub enum Phase {
        Candidacy = "candidacy" => "gov-phase_candidacy",
        Voting = "voting" => "gov-phase_voting",
        Closed = "closed" => "gov-phase_closed",
    }
}

/// Where an election stands at `now`, and until when.
pub fn election_phase(closed: bool, voting_at: i64, closes_at: i64, now: i64) -> (Phase, i64) {
    if closed || now >= closes_at {
        (Phase::Closed, closes_at)
    } else if now >= voting_at {
        (Phase::Voting, closes_at)
    } else {
        (Phase::Candidacy, voting_at)
    }
}

/// The hash the first entry chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub struct LogEntry {
    pub seq: i64,
    pub at: i64,
    pub event: String,
    pub subject: String,
    pub data: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Checks a whole log: every entry chains to the one before and its hash is
/// what its content gives. Returns the first bad entry's sequence number.
pub fn verify_chain(entries: &[LogEntry]) -> Result<(), i64> {
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    for e in entries {
        if e.seq != expected_seq || e.prev_hash != prev || entry_hash(&e.prev_hash, e.seq, e.at, &e.event, &e.subject, &e.data) != e.hash {
            return Err(e.seq);
        }
        prev = e.hash.clone();
        expected_seq += 1;
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(f: i64, a: i64, ab: i64) -> Tally {
        Tally { for_votes: f, against: a, abstain: ab }
    }

    #[test]
    fn quorum_at_the_edges() {
        // 5 seats, quorum 60 %: 3 voters is exactly the quorum.
        assert!(has_quorum(t(1, 1, 1), 5, 60));
        assert!(!has_quorum(t(1, 1, 0), 5, 60));
        // Abstentions count for the quorum.
        assert!(has_quorum(t(0, 0, 3), 5, 60));
        assert!(!has_quorum(t(0, 0, 0), 0, 0), "no eligible member, no quorum");
        assert!(has_quorum(t(0, 0, 0), 5, 0), "a quorum of 0 % is always met");
    }

    #[test]
    fn majority_at_the_edges() {
        assert_eq!(outcome(t(3, 2, 0), 5, 50, Majority::Simple), Outcome::Approved);
        assert_eq!(outcome(t(2, 2, 1), 5, 50, Majority::Simple), Outcome::Rejected, "a tie is not a majority");
        assert_eq!(outcome(t(0, 0, 5), 5, 50, Majority::Simple), Outcome::Rejected, "all abstain: quorum, no majority");
        assert_eq!(outcome(t(2, 1, 0), 7, 50, Majority::Simple), Outcome::NoQuorum);
        // Two thirds: 2 for 1 against is exactly two thirds.
        assert_eq!(outcome(t(2, 1, 0), 3, 50, Majority::TwoThirds), Outcome::Approved);
        assert_eq!(outcome(t(3, 2, 0), 5, 50, Majority::TwoThirds), Outcome::Rejected);
        assert_eq!(outcome(t(4, 2, 3), 9, 50, Majority::TwoThirds), Outcome::Approved, "abstentions do not dilute");
        assert_eq!(outcome(t(0, 0, 3), 3, 50, Majority::TwoThirds), Outcome::Rejected);
    }

    #[test]
    fn ballots() {
        let cands = [10, 11, 12, 13];
        assert_eq!(valid_ballot(&[10, 12], &cands, 2), Ok(()));
        assert_eq!(valid_ballot(&[10, 11, 12], &cands, 2), Err("error-ballot_too_many"));
        assert_eq!(valid_ballot(&[10, 10], &cands, 2), Err("error-ballot_invalid"));
        assert_eq!(valid_ballot(&[99], &cands, 2), Err("error-ballot_invalid"));
        assert_eq!(valid_ballot(&[], &cands, 2), Err("error-ballot_empty"));
    }

    #[test]
    fn approval_counting_and_the_draw() {
        // Clear winners: no draw.
        let (w, drawn) = elect(&[(1, 5), (2, 3), (3, 4)], 2, "seed");
        assert_eq!(w, vec![1, 3]);
        assert!(!drawn);
        // A tie for the last seat is broken by the recorded draw, the same
        // way every time for the same seed.
        let (w1, drawn) = elect(&[(1, 5), (2, 3), (3, 3)], 2, "graine-42");
        assert!(drawn);
        assert_eq!(w1[0], 1);
        let expected_second = if draw_key("graine-42", 2) < draw_key("graine-42", 3) { 2 } else { 3 };
        assert_eq!(w1[1], expected_second);
        assert_eq!(elect(&[(3, 3), (2, 3), (1, 5)], 2, "graine-42").0, w1, "order of input does not matter");
        // Nobody approved gets no seat; fewer candidates than seats.
        assert_eq!(elect(&[(1, 2), (2, 0)], 3, "s").0, vec![1]);
    }

    #[test]
    fn a_changed_entry_breaks_the_chain() {
        let mut entries = Vec::new();
        let mut prev = GENESIS.to_string();
        for seq in 1..=3 {
            let data = format!("{{\"n\":{seq}}}");
            let hash = entry_hash(&prev, seq, 100 + seq, "vote_cast", "proposal:1", &data);
            entries.push(LogEntry { seq, at: 100 + seq, event: "vote_cast".into(), subject: "proposal:1".into(), data, prev_hash: prev.clone(), hash: hash.clone() });
            prev = hash;
        }
        assert_eq!(verify_chain(&entries), Ok(()));
        entries[1].data = "{\"n\":9}".into();
        assert_eq!(verify_chain(&entries), Err(2));
        entries[1].data = "{\"n\":2}".into();
        entries.remove(1);
        assert_eq!(verify_chain(&entries), Err(3), "a removed entry is seen too");
    }

    #[test]
    fn a_ballot_moves_the_counts_by_one() {
        assert_eq!(Tally::delta(None, "for"), Some(t(1, 0, 0)));
        assert_eq!(Tally::delta(None, "abstain"), Some(t(0, 0, 1)));
        assert_eq!(Tally::delta(Some("for"), "against"), Some(t(-1, 1, 0)), "a changed ballot leaves its old choice");
        assert_eq!(Tally::delta(Some("against"), "against"), Some(t(0, 0, 0)), "the same choice again changes nothing");
        assert_eq!(Tally::delta(None, "peut-être"), None);
        assert_eq!(Tally::delta(Some("peut-être"), "for"), None);
        // Whatever the sequence of changes, the counts add up to one ballot.
        let mut total = Tally::default();
        let mut last = None;
        for c in ["for", "against", "against", "abstain", "for"] {
            let d = Tally::delta(last, c).unwrap();
            total = Tally { for_votes: total.for_votes + d.for_votes, against: total.against + d.against, abstain: total.abstain + d.abstain };
            last = Some(c);
        }
        assert_eq!(total, t(1, 0, 0));
    }

    #[test]
    fn a_receipt_proves_one_choice_to_its_voter_only() {
        let nonce = "0123456789abcdef0123456789abcdef";
        let stored = vec![receipt_hash(7, 42, nonce, "against"), receipt_hash(7, 43, "ffffffffffffffffffffffffffffffff", "for")];
        assert_eq!(receipt_choice(7, 42, nonce, &stored), Some("against"));
        assert_eq!(receipt_choice(7, 43, nonce, &stored), None, "another member holding the nonce proves nothing");
        assert_eq!(receipt_choice(8, 42, nonce, &stored), None, "nor on another proposal");
        assert_eq!(receipt_choice(7, 42, "00000000000000000000000000000000", &stored), None, "nor a made-up nonce");
        assert_eq!(receipt_choice(7, 42, "0123456789ABCDEF0123456789ABCDEF", &stored), None, "only lowercase nonces");
        // The hash alone tells nothing: every choice hashes differently.
        let hashes: Vec<String> = Choice::ALL.iter().map(|c| receipt_hash(7, 42, nonce, c.code())).collect();
        assert!(hashes.iter().all(|h| h.len() == 64) && hashes[0] != hashes[1] && hashes[1] != hashes[2] && hashes[0] != hashes[2]);
        // Fields cannot slide into each other: (1, 23) is not (12, 3).
        assert_ne!(receipt_hash(1, 23, nonce, "for"), receipt_hash(12, 3, nonce, "for"));
    }

    #[test]
    fn the_receipt_is_read_from_its_own_cookie() {
        let n = "0123456789abcdef0123456789abcdef";
        let header = format!("pc_session=abc; pc_ballot_3=ffffffffffffffffffffffffffffffff; pc_ballot_31={n}");
        assert_eq!(receipt_from_cookies([header.as_str()], 31).as_deref(), Some(n));
        assert_eq!(receipt_from_cookies([header.as_str()], 3).as_deref(), Some("ffffffffffffffffffffffffffffffff"));
        assert_eq!(receipt_from_cookies([header.as_str()], 1), None);
        assert_eq!(receipt_from_cookies(["pc_ballot_1=../../etc", "pc_ballot_1=x"], 1), None, "junk is ignored");
        assert_eq!(receipt_from_cookies(["a=b", format!("pc_ballot_1={n}").as_str()], 1).as_deref(), Some(n), "several Cookie headers");
    }

    #[test]
    fn vote_windows() {
        let now = 1_000_000;
        assert!(!proposal_closes_ok(now, now + 3600), "an hour is too short");
        assert!(proposal_closes_ok(now, now + 3601));
        assert!(proposal_closes_ok(now, now + 60 * 86_400));
        assert!(!proposal_closes_ok(now, now + 60 * 86_400 + 1));
        assert!(election_dates_ok(now, now + 1, now + 2));
        assert!(!election_dates_ok(now, now, now + 2), "the vote opens after now");
        assert!(!election_dates_ok(now, now + 5, now + 5), "and closes after it opens");
        assert!(!election_dates_ok(now, now + 5, now + 120 * 86_400 + 1));
        assert_eq!(election_phase(false, now + 10, now + 20, now), (Phase::Candidacy, now + 10));
        assert_eq!(election_phase(false, now + 10, now + 20, now + 10), (Phase::Voting, now + 20));
        assert_eq!(election_phase(false, now + 10, now + 20, now + 20), (Phase::Closed, now + 20));
        assert_eq!(election_phase(true, now + 10, now + 20, now), (Phase::Closed, now + 20));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_stored_payload_reads_back_as_it_was_written() {
        // What the server stored before payloads were typed.
        let add = r#"{"category_id":3,"description":"Du bon miel","labels":["bio"],"min":"1","name":"Miel","photo_url":null,"price":"6,50","price_cents":650,"producer_id":2,"step":"1","unit":"jar"}"#;
        let c = Change::read(ProposalKind::AddProduct, add).unwrap();
        assert_eq!(c.kind(), ProposalKind::AddProduct);
        assert_eq!(c.to_json().to_string(), add, "written again, the same text");
        let change = r#"{"price_cents":420,"producer_id":5,"product_id":7}"#;
        let c = Change::read(ProposalKind::ChangeProducer, change).unwrap();
        assert_eq!(c, Change::ChangeProducer { product_id: 7, producer_id: 5, price_cents: 420 });
        assert_eq!(c.to_json().to_string(), change);
        assert_eq!(Change::read(ProposalKind::WithdrawProduct, r#"{"product_id":4}"#).unwrap().product_id(), Some(4));
        assert_eq!(Change::read(ProposalKind::Free, "{}").unwrap(), Change::Free { workshop: None });
        assert_eq!(Change::read(ProposalKind::Free, r#"{"workshop":9}"#).unwrap().to_json().to_string(), r#"{"workshop":9}"#);
        assert_eq!(Change::read(ProposalKind::Free, "{}").unwrap().to_json().to_string(), "{}");
        assert_eq!(Change::read(ProposalKind::WithdrawProduct, "{}"), None, "a payload that is not of its kind");
        assert_eq!(Change::read(ProposalKind::AddProduct, "not json"), None);
    }
}
