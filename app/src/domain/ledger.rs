//! A household's account with the association: an append-only list of
//! entries. A positive amount is owed by the household (an order handed
//! over, a membership fee, credit paid back to it); a negative one is paid
//! or credited to it (a payment, a top-up). The balance is the sum. A
//! mistake is undone by a reversal of the entry, never by changing it.

use super::orders::PaymentMethod;

vocabulary! {
    /// What an entry records.
    pub enum EntryKind {
        /// An order handed over, at its final amount (after shortages).
        Order = "order" => "ledger-kind_order",
        /// Money received for what is owed.
        Payment = "payment" => "ledger-kind_payment",
        /// A membership fee.
        Membership = "membership" => "ledger-kind_membership",
        /// Money paid in advance: credit for the next orders.
        TopUp = "top_up" => "ledger-kind_top_up",
        /// Credit paid back to the household.
        Refund = "refund" => "ledger-kind_refund",
        /// A correction decided by the coordination, with its reason.
        Adjustment = "adjustment" => "ledger-kind_adjustment",
        /// Cancels one earlier entry.
        Reversal = "reversal" => "ledger-kind_reversal",
    }
}

/// Largest single entry a person may type: 10 000 €.
pub const MAX_ENTRY_CENTS: i64 = 1_000_000;

impl EntryKind {
    /// Whether money changed hands, so the entry says how.
    pub fn takes_method(self) -> bool {
        matches!(self, EntryKind::Payment | EntryKind::TopUp | EntryKind::Refund)
    }
}

/// What the household owes (positive) or has in credit (negative).
pub fn balance(amounts: impl IntoIterator<Item = i64>) -> i64 {
    amounts.into_iter().sum()
}

/// Where a household stands, as a person reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Standing {
    Owes(i64),
    Credit(i64),
    Settled,
}

pub fn standing(balance: i64) -> Standing {
    match balance {
        b if b > 0 => Standing::Owes(b),
        b if b < 0 => Standing::Credit(-b),
        _ => Standing::Settled,
    }
}

/// What to ask for at the table: the order, plus what is owed from
/// before, minus the credit held; never below zero (credit left over pays
/// the next order by itself).
pub fn to_collect(order_cents: i64, balance_before: i64) -> i64 {
    (order_cents + balance_before).max(0)
}

/// Whether a household may place an order: always (no balance is asked
/// for in advance: many households have no cash ahead), unless the
/// association asked that what is owed be paid first.
pub fn may_order(balance: i64, debt_blocks_ordering: bool) -> bool {
    !(debt_blocks_ordering && balance > 0)
}

/// The signed amount of an entry a person records, from the positive
/// amount they typed. An adjustment goes either way, so it says which.
pub fn signed(kind: EntryKind, typed_cents: i64, in_favour: bool) -> Result<i64, &'static str> {
    if typed_cents < 0 {
        return Err("error-price_negative");
    }
    if typed_cents > MAX_ENTRY_CENTS {
        return Err("error-amount_too_high");
    }
    match kind {
        EntryKind::Payment | EntryKind::TopUp => {
            if typed_cents == 0 {
                return Err("error-amount_zero");
            }
            Ok(-typed_cents)
        }
        EntryKind::Refund | EntryKind::Order | EntryKind::Membership => {
            if typed_cents == 0 && kind == EntryKind::Refund {
                return Err("error-amount_zero");
            }
            Ok(typed_cents)
        }
        EntryKind::Adjustment => {
            if typed_cents == 0 {
                return Err("error-amount_zero");
            }
            Ok(if in_favour { -typed_cents } else { typed_cents })
        }
        EntryKind::Reversal => Err("error-unknown_choice"),
    }
}

/// Whether an entry may be reversed: once, and a reversal itself is never
/// reversed (record the entry again instead).
pub fn can_reverse(kind: EntryKind, already_reversed: bool) -> Result<(), &'static str> {
    if kind == EntryKind::Reversal {
        return Err("error-reversal_of_reversal");
    }
    if already_reversed {
        return Err("error-already_reversed");
    }
    Ok(())
}

/// The accounts of the journal the accountant reads, as the treasurer set
/// them.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCodes {
    /// The members' accounts (411).
    pub members: String,
    /// Sales of goods (707).
    pub sales: String,
    /// Membership fees (756).
    pub memberships: String,
    /// The till (530).
    pub cash: String,
    /// The bank: cards, cheques, transfers (512).
    pub bank: String,
    /// What is owed to producers (401).
    pub producers: String,
    /// Purchases of goods (607).
    pub purchases: String,
}

impl Default for AccountCodes {
    fn default() -> AccountCodes {
        AccountCodes {
            members: "411".into(),
            sales: "707".into(),
            memberships: "756".into(),
            cash: "530".into(),
            bank: "512".into(),
            producers: "401".into(),
            purchases: "607".into(),
        }
    }
}

/// An account code typed by the treasurer: digits, and letters for a
/// sub-account (`411DUPONT`), at most 20.
pub fn valid_account_code(input: &str) -> Result<String, &'static str> {
    let s = input.trim();
    if s.is_empty() || s.len() > 20 || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("error-account_code");
    }
    Ok(s.to_ascii_uppercase())
}

/// One line of the journal: an account debited or credited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalLine {
    pub account: String,
    pub debit_cents: i64,
    pub credit_cents: i64,
}

/// The journal lines of one entry (double entry: debits equal credits).
/// A reversal is its original's lines turned round, so the caller passes
/// the original's kind and method.
pub fn journal_lines(kind: EntryKind, method: Option<PaymentMethod>, amount_cents: i64, codes: &AccountCodes) -> Vec<JournalLine> {
    let money = |m: Option<PaymentMethod>| if m == Some(PaymentMethod::Cash) { codes.cash.clone() } else { codes.bank.clone() };
    let other = match kind {
        EntryKind::Order | EntryKind::Adjustment | EntryKind::Reversal => codes.sales.clone(),
        EntryKind::Membership => codes.memberships.clone(),
        EntryKind::Payment | EntryKind::TopUp | EntryKind::Refund => money(method),
    };
    // The members' account moves by the entry's amount; the other side
    // mirrors it.
    let (member_debit, member_credit) = if amount_cents >= 0 { (amount_cents, 0) } else { (0, -amount_cents) };
    vec![
        JournalLine { account: codes.members.clone(), debit_cents: member_debit, credit_cents: member_credit },
        JournalLine { account: other, debit_cents: member_credit, credit_cents: member_debit },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standing_reads_the_sign() {
        assert_eq!(standing(350), Standing::Owes(350));
        assert_eq!(standing(-1_000), Standing::Credit(1_000));
        assert_eq!(standing(0), Standing::Settled);
    }

    /// A household pays part of its order: the rest is owed, and asked for
    /// with the next order.
    #[test]
    fn a_partial_payment_carries_over() {
        let mut entries = vec![1_500, -1_000];
        assert_eq!(balance(entries.iter().copied()), 500);
        assert_eq!(to_collect(800, balance(entries.iter().copied())), 1_300);
        entries.extend([800, -1_300]);
        assert_eq!(balance(entries.iter().copied()), 0);
    }

    /// Credit pays the next order by itself; what is left stays credit.
    #[test]
    fn credit_pays_the_next_order() {
        let entries = [-2_000];
        assert_eq!(to_collect(1_430, balance(entries)), 0);
        assert_eq!(balance([-2_000, 1_430]), -570);
        assert_eq!(to_collect(1_000, -570), 430);
    }

    #[test]
    fn no_balance_is_needed_to_order_unless_asked() {
        assert!(may_order(0, false) && may_order(1_500, false) && may_order(-200, false));
        assert!(may_order(0, true) && may_order(-200, true));
        assert!(!may_order(1, true), "owes a cent, and the association asked");
    }

    #[test]
    fn typed_amounts_take_their_sign() {
        assert_eq!(signed(EntryKind::Payment, 1_000, false), Ok(-1_000));
        assert_eq!(signed(EntryKind::TopUp, 2_000, false), Ok(-2_000));
        assert_eq!(signed(EntryKind::Refund, 300, false), Ok(300));
        assert_eq!(signed(EntryKind::Membership, 0, false), Ok(0), "a membership may be free");
        assert_eq!(signed(EntryKind::Adjustment, 50, true), Ok(-50));
        assert_eq!(signed(EntryKind::Adjustment, 50, false), Ok(50));
        assert_eq!(signed(EntryKind::Payment, 0, false), Err("error-amount_zero"));
        assert_eq!(signed(EntryKind::Payment, -5, false), Err("error-price_negative"));
        assert_eq!(signed(EntryKind::Payment, MAX_ENTRY_CENTS + 1, false), Err("error-amount_too_high"));
        assert_eq!(signed(EntryKind::Reversal, 5, false), Err("error-unknown_choice"));
    }

    #[test]
    fn an_entry_is_reversed_once_and_a_reversal_never() {
        assert_eq!(can_reverse(EntryKind::Payment, false), Ok(()));
        assert_eq!(can_reverse(EntryKind::Payment, true), Err("error-already_reversed"));
        assert_eq!(can_reverse(EntryKind::Reversal, false), Err("error-reversal_of_reversal"));
    }

    use crate::domain::testing::Rng;

    /// Random sequences of entries and reversals: the balance is the sum of
    /// the entries left standing, a reversed entry counts for nothing, and
    /// the journal balances line by line.
    #[test]
    fn balances_from_random_entries_and_reversals() {
        let mut rng = Rng(0xba1a_ce);
        let kinds = [EntryKind::Order, EntryKind::Payment, EntryKind::Membership, EntryKind::TopUp, EntryKind::Refund, EntryKind::Adjustment];
        for _ in 0..500 {
            // (kind, amount, reverses index)
            let mut entries: Vec<(EntryKind, i64, Option<usize>)> = Vec::new();
            for _ in 0..rng.next(40) {
                let reversible: Vec<usize> = (0..entries.len())
                    .filter(|i| entries[*i].0 != EntryKind::Reversal && !entries.iter().any(|e| e.2 == Some(*i)))
                    .collect();
                if !reversible.is_empty() && rng.next(4) == 0 {
                    let i = reversible[rng.next(reversible.len() as i64) as usize];
                    assert_eq!(can_reverse(entries[i].0, false), Ok(()));
                    entries.push((EntryKind::Reversal, -entries[i].1, Some(i)));
                } else {
                    let kind = kinds[rng.next(kinds.len() as i64) as usize];
                    if let Ok(amount) = signed(kind, rng.next(MAX_ENTRY_CENTS + 1), rng.next(2) == 0) {
                        entries.push((kind, amount, None));
                    }
                }
            }
            let standing_ones: i64 = entries
                .iter()
                .enumerate()
                .filter(|(i, e)| e.0 != EntryKind::Reversal && !entries.iter().any(|r| r.2 == Some(*i)))
                .map(|(_, e)| e.1)
                .sum();
            assert_eq!(balance(entries.iter().map(|e| e.1)), standing_ones);
            let codes = AccountCodes::default();
            for (kind, amount, _) in &entries {
                let lines = journal_lines(*kind, Some(PaymentMethod::Cash), *amount, &codes);
                assert_eq!(lines.iter().map(|l| l.debit_cents).sum::<i64>(), lines.iter().map(|l| l.credit_cents).sum::<i64>());
                assert!(lines.iter().all(|l| l.debit_cents >= 0 && l.credit_cents >= 0));
            }
        }
    }

    #[test]
    fn the_journal_names_the_right_accounts() {
        let c = AccountCodes::default();
        let order = journal_lines(EntryKind::Order, None, 1_430, &c);
        assert_eq!(order[0], JournalLine { account: "411".into(), debit_cents: 1_430, credit_cents: 0 });
        assert_eq!(order[1], JournalLine { account: "707".into(), debit_cents: 0, credit_cents: 1_430 });
        let cash = journal_lines(EntryKind::Payment, Some(PaymentMethod::Cash), -1_000, &c);
        assert_eq!(cash[1], JournalLine { account: "530".into(), debit_cents: 1_000, credit_cents: 0 });
        let card = journal_lines(EntryKind::Payment, Some(PaymentMethod::Card), -1_000, &c);
        assert_eq!(card[1].account, "512");
        assert_eq!(journal_lines(EntryKind::Membership, None, 100, &c)[1].account, "756");
        assert_eq!(valid_account_code(" 411dupont "), Ok("411DUPONT".into()));
        assert!(valid_account_code("41 1").is_err());
        assert!(valid_account_code("=1+1").is_err());
    }
}
