//! The files the accountant reads: the journal (double entry, with the
//! account codes the treasurer set) and the ledger of a period. They leave
//! the association, so they name households by number, never by name.
//! French CSV (semicolons, decimal commas), like the purchase orders.

use super::repo::{EntryRow, InvoiceJournalRow};
use crate::domain::ledger::{journal_lines, AccountCodes, EntryKind};

fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{},{:02}", cents.abs() / 100, cents.abs() % 100)
}

/// A text cell, never read as a formula by a spreadsheet.
fn cell(s: &str) -> String {
    format!("\"{}\"", crate::domain::security::neutral_cell(s).replace('"', "\"\""))
}

/// What an entry is, in the accountant's words (French, as the files are).
fn label(kind: EntryKind, household_id: i64) -> String {
    let what = match kind {
        EntryKind::Order => "Commande",
        EntryKind::Payment => "Paiement",
        EntryKind::Membership => "Adhésion",
        EntryKind::TopUp => "Avance",
        EntryKind::Refund => "Remboursement",
        EntryKind::Adjustment => "Correction",
        EntryKind::Reversal => "Annulation",
    };
    format!("{what} foyer {household_id}")
}

/// The journal of a period: each entry's lines, then producers' invoices
/// (recorded: purchases against the producer; paid: the producer against
/// the bank). `date` words a time as the accountant reads it.
pub fn journal_csv(entries: &[EntryRow], invoices: &[InvoiceJournalRow], from: i64, to: i64, codes: &AccountCodes, date: impl Fn(i64) -> String) -> String {
    let mut out = String::from("date;compte;libelle;debit;credit;reference\r\n");
    let mut line = |at: i64, account: &str, label: &str, debit: i64, credit: i64, reference: &str| {
        out.push_str(&format!("{};{};{};{};{};{}\r\n", date(at), cell(account), cell(label), euros(debit), euros(credit), cell(reference)));
    };
    for e in entries {
        // A reversal is booked on its original's accounts, turned round.
        let kind = if e.kind == EntryKind::Reversal { e.reverses_kind.unwrap_or(EntryKind::Adjustment) } else { e.kind };
        let reference = format!("E{}{}", e.id, e.reverses_id.map(|r| format!(" annule E{r}")).unwrap_or_default());
        let reference = if e.reference.is_empty() { reference } else { format!("{reference} {}", e.reference) };
        for l in journal_lines(kind, e.method, e.amount_cents, codes) {
            line(e.at, &l.account, &label(e.kind, e.household_id), l.debit_cents, l.credit_cents, &reference);
        }
    }
    for i in invoices {
        let reference = format!("C{}-P{} {}", i.cycle_id, i.producer_id, i.reference);
        let label = format!("Facture {}", i.producer);
        if (from..to).contains(&i.recorded_at) {
            line(i.recorded_at, &codes.purchases, &label, i.amount_cents, 0, &reference);
            line(i.recorded_at, &codes.producers, &label, 0, i.amount_cents, &reference);
        }
        if let Some(paid) = i.paid_at.filter(|p| (from..to).contains(p)) {
            line(paid, &codes.producers, &label, i.amount_cents, 0, &reference);
            line(paid, &codes.bank, &label, 0, i.amount_cents, &reference);
        }
    }
    out
}

/// The ledger of a period: every entry as recorded, households by number.
pub fn ledger_csv(entries: &[EntryRow], date: impl Fn(i64) -> String) -> String {
    let mut out = String::from("date;operation;foyer;nature;montant_eur;moyen;reference;annule\r\n");
    for e in entries {
        out.push_str(&format!(
            "{};E{};{};{};{};{};{};{}\r\n",
            date(e.at),
            e.id,
            e.household_id,
            e.kind.code(),
            euros(e.amount_cents),
            e.method.map(|m| m.code()).unwrap_or(""),
            cell(&e.reference),
            e.reverses_id.map(|r| format!("E{r}")).unwrap_or_default(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::orders::PaymentMethod;

    fn row(id: i64, kind: EntryKind, amount_cents: i64, method: Option<PaymentMethod>, reverses: Option<(i64, EntryKind)>) -> EntryRow {
        EntryRow {
            id,
            household_id: 12,
            household: "Famille Martin".into(),
            kind,
            amount_cents,
            method,
            reference: String::new(),
            note: String::new(),
            cycle: None,
            membership_starts: None,
            membership_ends: None,
            reverses_id: reverses.map(|r| r.0),
            reverses_kind: reverses.map(|r| r.1),
            reversed: false,
            by: None,
            at: 1_000,
        }
    }

    #[test]
    fn the_journal_balances_and_names_no_one() {
        let entries = [
            row(1, EntryKind::Order, 1_430, None, None),
            row(2, EntryKind::Payment, -1_000, Some(PaymentMethod::Cash), None),
            row(3, EntryKind::Reversal, 1_000, Some(PaymentMethod::Cash), Some((2, EntryKind::Payment))),
        ];
        let csv = journal_csv(&entries, &[], 0, 2_000, &AccountCodes::default(), |_| "2026-12-01".into());
        assert!(!csv.contains("Martin"), "{csv}");
        let lines: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0], "2026-12-01;\"411\";\"Commande foyer 12\";14,30;0,00;\"E1\"");
        assert_eq!(lines[3], "2026-12-01;\"530\";\"Paiement foyer 12\";10,00;0,00;\"E2\"");
        // The reversal takes the cash back out of the till's account.
        assert_eq!(lines[5], "2026-12-01;\"530\";\"Annulation foyer 12\";0,00;10,00;\"E3 annule E2\"");
        let sum = |col: usize| -> i64 { lines.iter().map(|l| l.split(';').nth(col).unwrap().replace(',', "").parse::<i64>().unwrap()).sum() };
        assert_eq!(sum(3), sum(4));
    }

    #[test]
    fn the_ledger_file_lists_entries_by_number() {
        let csv = ledger_csv(&[row(7, EntryKind::Payment, -250, Some(PaymentMethod::Card), None)], |_| "2026-12-01".into());
        assert_eq!(csv.lines().nth(1), Some("2026-12-01;E7;12;payment;-2,50;card;\"\";"));
    }
}
